// When a job runs next: its cron read in the city's time zone (cron-parser, the parser pg-boss
// itself uses), so "15 3 * * *" is 03:15 in Duisburg in summer and in winter alike.
import parser from "cron-parser";

export function nextRun(cron: string, after: Date, timeZone: string): Date {
  return parser.parseExpression(cron, { currentDate: after, tz: timeZone }).next().toDate();
}
