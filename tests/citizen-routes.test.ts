// The citizens' form routes as a browser (or a mail program) calls them (issue 20): plain HTML form
// posts answered with 303 to the form page, a foreign Origin refused, a wrong body type refused,
// the honeypot answered like a success; the RFC 8058 one-click unsubscribe.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { feedbackFormToken } from "@/lib/feedback/submit";
import { unsubscribeToken } from "@/lib/subscriptions/tokens";
import { demoFixture } from "@/tests/db";

const shared = vi.hoisted(() => ({ db: null as Db | null }));
vi.mock("@/lib/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/db/client")>()),
  db: async () => shared.db!,
}));

const demo = demoFixture();
const ORIGIN = "http://localhost:3000";
let initiative: { id: string; slug: string };

beforeAll(async () => {
  shared.db = demo.prisma;
  initiative = await demo.prisma.initiative.findFirstOrThrow({ where: { visibility: "PUBLIC", archivedAt: null }, orderBy: { code: "asc" }, select: { id: true, slug: true } });
});

function formPost(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, "x-mm-client-address": "192.0.2.44", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A token issued a few seconds ago by the wall clock, as a person filling in the form would send it. */
const token = () => feedbackFormToken(initiative.id, new Date(Date.now() - 10_000));

describe("POST /api/public/feedback", () => {
  it("stores a form post and sends the browser to the thank-you page", async () => {
    const { POST } = await import("@/app/api/public/feedback/route");
    const message = "Eine Frage über das Formular ohne JavaScript";
    const r = await POST(formPost("/api/public/feedback", { token: token(), slug: initiative.slug, locale: "en", message, consent: "on", website: "" }));
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe(`/en/initiatives/${initiative.slug}/feedback?sent=1`);
    expect(await demo.prisma.feedback.count({ where: { message, status: "PENDING", locale: "en" } })).toBe(1);
  });

  it("sends a refused form back with its errors in a short-lived cookie", async () => {
    const { POST } = await import("@/app/api/public/feedback/route");
    const r = await POST(formPost("/api/public/feedback", { token: token(), slug: initiative.slug, locale: "de", message: "Zu kurz" }));
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe(`/initiatives/${initiative.slug}/feedback?check=1#feedback-form`);
    expect(r.headers.get("set-cookie")).toMatch(/^mm_feedback_form=[A-Za-z0-9_-]+; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax/);
  });

  it("answers the honeypot like a success and stores nothing", async () => {
    const { POST } = await import("@/app/api/public/feedback/route");
    const message = "Spam über das Honigtopf-Feld";
    const r = await POST(formPost("/api/public/feedback", { token: token(), slug: initiative.slug, message, consent: "on", website: "http://spam.example" }));
    expect(r.headers.get("location")).toContain("?sent=1");
    expect(await demo.prisma.feedback.count({ where: { message } })).toBe(0);
  });

  it("refuses a post from another site and a body that is not a form", async () => {
    const { POST } = await import("@/app/api/public/feedback/route");
    expect((await POST(formPost("/api/public/feedback", { token: token(), slug: initiative.slug, message: "Von woanders gesendet", consent: "on" }, { origin: "https://evil.example" }))).status).toBe(403);
    const json = new Request(`${ORIGIN}/api/public/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect((await POST(json)).status).toBe(415);
  });
});

describe("POST /api/public/subscriptions/unsubscribe", () => {
  it("unsubscribes in one click from the mail program (RFC 8058)", async () => {
    const { POST } = await import("@/app/api/public/subscriptions/unsubscribe/route");
    const sub = await demo.prisma.emailSubscription.create({
      data: { email: "ein-klick@example.org", scope: "MASTERPLAN", targetKey: "all", confirmedAt: new Date("2026-11-01T00:00:00Z") },
    });
    const url = `/api/public/subscriptions/unsubscribe?token=${encodeURIComponent(unsubscribeToken(sub.id))}`;
    // Mail programs send no Origin.
    const r = await POST(formPost(url, { "List-Unsubscribe": "One-Click" }, { origin: "" }));
    expect(r.status).toBe(200);
    expect(await demo.prisma.emailSubscription.count({ where: { id: sub.id } })).toBe(0);
    // A forged token changes nothing.
    expect((await POST(formPost("/api/public/subscriptions/unsubscribe?token=forged.x", { "List-Unsubscribe": "One-Click" }, { origin: "" }))).status).toBe(400);
  });
});
