// The changes a follower reads are in plain words in both languages, with what they concern;
// an action without words still shows (by its code) rather than disappearing.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import type { FollowChange } from "./queries";
import { changeText } from "./change-text";

const change = (action: string, subject: string | null = null): FollowChange => ({ id: "1", at: new Date(), action, entityType: "X", subject, actorName: null });
const translator = (messages: typeof de) => createTranslator({ locale: "de", messages, namespace: "myWork.change" as never }) as unknown as Parameters<typeof changeText>[0];

/** Every audit action recorded under an initiative by an action of lib/ (`audit({ action: "…", … initiativeId`). */
function initiativeActions(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "generated") walk(p);
      } else if (/\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
        for (const m of fs.readFileSync(p, "utf8").matchAll(/action: "([a-zA-Z]+\.[a-zA-Z.]+)"(?:(?!before:|after:)[^}])*[,{]\s*initiativeId\b/g)) found.add(m[1]!);
      }
    }
  };
  walk(path.join(process.cwd(), "lib"));
  return [...found].sort();
}

describe("changes in plain words", () => {
  it("says what happened to what, in German and English", () => {
    expect(changeText(translator(de), change("milestone.complete", "Rollout"))).toBe("Meilenstein erledigt: Rollout");
    expect(changeText(translator(en), change("milestone.complete", "Rollout"))).toBe("Milestone done: Rollout");
    expect(changeText(translator(de), change("initiative.health.fromReport"))).toBe("Ampel aus freigegebenem Bericht übernommen");
    expect(changeText(translator(en), change("something.new"))).toBe("Change (something.new)");
  });

  it("has words for every action recorded under an initiative", () => {
    const actions = initiativeActions();
    expect(actions.length).toBeGreaterThan(10);
    const t = translator(de);
    expect(actions.filter((a) => !t.has(a.replaceAll(".", "_")))).toEqual([]);
  });
});
