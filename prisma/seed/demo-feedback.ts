// Citizens' feedback in the demo (issue 20, item 2): on two public initiatives of the
// digital department (the demo head's), a question published with the city's answer and two
// waiting for moderation — so the public page shows a Q&A and the demo head finds a queue. Invented texts and names; no real person.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Row = { id?: string; visibility?: string | null; departmentId: string; code: string; archivedAt?: unknown };

const HOUR = 3_600_000;

export function buildDemoFeedback(initiatives: Row[], departments: { id?: string; code: string }[], now: Date): Prisma.FeedbackCreateManyInput[] {
  const digi = departments.find((d) => d.code === "DIGI")?.id;
  const candidates = initiatives.filter((i) => i.visibility === "PUBLIC" && !i.archivedAt && i.departmentId === digi);
  // The citizens' portal and the digital participation, when the demo has them; else the first ones.
  const rank = (code: string) => (code === "VER-01" ? 0 : code === "GES-02" ? 1 : 2);
  const [first, second] = candidates.sort((a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code));
  if (!first) return [];
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR);
  const rows: Prisma.FeedbackCreateManyInput[] = [
    {
      id: randomUUID(),
      initiativeId: first.id!,
      message: "Wird es in den Bürgerbüros auch Hilfe für Menschen geben, die das Online-Angebot nicht selbst nutzen können?",
      name: "Anna Beispiel",
      showName: true,
      status: "PUBLISHED",
      answer: "Ja. In allen Bürgerbüros helfen Mitarbeitende beim Ausfüllen der Online-Anträge; Termine sind nicht nötig.",
      createdAt: at(24 * 20),
      moderatedAt: at(24 * 18),
      publishedAt: at(24 * 18),
    },
    {
      id: randomUUID(),
      initiativeId: first.id!,
      message: "Bitte die Formulare auch in Leichter Sprache anbieten. Danke!",
      status: "PENDING",
      createdAt: at(30),
    },
  ];
  if (second) {
    rows.push({
      id: randomUUID(),
      initiativeId: second.id!,
      message: "Wann ist mit dem nächsten Zwischenstand zu rechnen?",
      name: "B. Muster",
      email: "b.muster@example.org",
      showName: false,
      status: "PENDING",
      createdAt: at(5),
    });
  }
  return rows;
}
