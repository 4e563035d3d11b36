// An audit event in plain words for a follower ("Meilenstein erledigt: Rollout …"), from the
// myWork.change catalogue keyed by the event's action; an action without words there reads as
// "Change (<action>)" rather than disappearing.
import type { FollowChange } from "./queries";

type Translate = ((key: string, values?: Record<string, string>) => string) & { has: (key: string) => boolean };

export function changeText(t: Translate, change: FollowChange): string {
  const key = change.action.replaceAll(".", "_");
  const text = t.has(key) ? t(key) : t("other", { action: change.action });
  return change.subject ? t("withSubject", { text, subject: change.subject }) : text;
}
