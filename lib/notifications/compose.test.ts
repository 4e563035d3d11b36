// The digest's texts: the user's language, grouped by kind, a link per item and to the preferences,
// why each item came (lead / fallback to the department head / to the admins), everything escaped.
import { describe, expect, it } from "vitest";
import { composeDigest, type DigestEntry } from "./compose";

const items: DigestEntry[] = [
  { kind: "initiativeStale", initiativeCode: "BIL-05", initiativeTitle: "Schul-WLAN", subject: "Schul-WLAN", date: null, path: "/app/initiatives/BIL-05", via: "admin" },
  { kind: "milestoneOverdue", initiativeCode: "VER-02", initiativeTitle: "Bürgerkonto <neu> & \"mehr\"", subject: "Go-live <script>", date: "2026-10-31", path: "/app/initiatives/VER-02#milestones", via: "lead" },
  { kind: "milestoneDueSoon", initiativeCode: "GES-01", initiativeTitle: "Pflege-Portal", subject: "Abnahme", date: "2026-11-25", path: "/app/initiatives/GES-01#milestones", via: "departmentHead" },
  { kind: "reportDue", initiativeCode: "GES-01", initiativeTitle: "Pflege-Portal", subject: "Q3 2026", date: "2026-10-30", path: "/app/reports", via: "lead" },
];

/** Expects each of `fragments` somewhere in `text` (each failure names its fragment). */
function expectFragments(text: string, fragments: string[]) {
  for (const fragment of fragments) expect(text, fragment).toContain(fragment);
}

describe("composeDigest", () => {
  it("writes German by default: subject, groups in a fixed order, dates, links and why", () => {
    const m = composeDigest({ locale: "de", name: "Petra Projekt", day: "2026-11-25", items, appUrl: "https://masterplan.example/" });
    expect(m.subject).toBe("Masterplan Monitor: 4 Punkte für Sie (25.11.2026)");
    expect(m.text).toContain("Guten Tag Petra Projekt,");
    const order = ["Überfällige Meilensteine (1)", "Bald fällige Meilensteine (1)", "Vorhaben ohne Aktualisierung (1)", "Fällige Sachstandsberichte (1)"].map((h) => m.text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expectFragments(m.text, [
      "* VER-02 Bürgerkonto <neu> & \"mehr\": Go-live <script> – fällig seit 31.10.2026",
      "https://masterplan.example/app/initiatives/VER-02#milestones",
      "Sie erhalten dies als Projektleitung von VER-02.",
      "weil das Vorhaben GES-01 keine Projektleitung hat (Fallback: Fachbereichsleitung)",
      "weder eine Projektleitung noch eine Fachbereichsleitung hat (Fallback: Administration)",
      "noch nie aktualisiert",
      "https://masterplan.example/app/account/notifications",
    ]);
  });

  it("escapes everything from the database in the HTML part", () => {
    const m = composeDigest({ locale: "de", name: "<b>Eve</b>", day: "2026-11-25", items, appUrl: "https://masterplan.example" });
    expect(m.html).not.toContain("<script>");
    expect(m.html).not.toContain("<b>Eve</b>");
    expectFragments(m.html, [
      "Go-live &lt;script&gt;",
      "Bürgerkonto &lt;neu&gt; &amp; &quot;mehr&quot;",
      '<a href="https://masterplan.example/app/initiatives/VER-02#milestones">',
      '<a href="https://masterplan.example/app/account/notifications">',
      '<html lang="de">',
    ]);
  });

  it("writes English for English-speaking users", () => {
    const m = composeDigest({ locale: "en", name: "Pat", day: "2026-11-25", items: items.slice(1, 2), appUrl: "https://masterplan.example" });
    expect(m.subject).toBe("Masterplan Monitor: 1 item for you (25 Nov 2026)");
    expectFragments(m.text, ["Overdue milestones (1)", "due since 31 Oct 2026", "You receive this as project lead of VER-02."]);
    expect(m.html).toContain('<html lang="en">');
  });

  it("lists at most 50 items per group and links the rest to the notifications list", () => {
    const many = Array.from({ length: 120 }, (_, n): DigestEntry => ({ ...items[1]!, subject: `Meilenstein ${n + 1}` }));
    const m = composeDigest({ locale: "de", name: "Petra", day: "2026-11-25", items: many, appUrl: "https://masterplan.example" });
    expect(m.subject).toContain("120 Punkte");
    expectFragments(m.text, ["Überfällige Meilensteine (120)", ": Meilenstein 50 –", "… und 70 weitere – alle in der Liste Ihrer Benachrichtigungen:\nhttps://masterplan.example/app/notifications"]);
    expect(m.text).not.toContain(": Meilenstein 51 –");
    expect(m.html).toContain('<a href="https://masterplan.example/app/notifications">');
  });
});
