// Admission of a download to the export line (queue.ts), as `apiDownload(…, { queued: true })`
// applies it after the permission check: a free place → the file at once, on the same address as
// ever; every place busy → a browser gets the status page "Ihr Export wartet (Position n)", which
// asks again with its ticket every POLL_SECONDS and receives the file when it is its turn (works
// without JavaScript), while a program (no text/html in Accept) waits on its request; the line
// full → 503 with Retry-After, as a page for browsers, as the API's JSON error for programs.
import { createTranslator } from "next-intl";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import { ExportQueue, POLL_SECONDS, type Release } from "./queue";

/** The query parameter that carries a waiting browser's ticket. */
export const TICKET_PARAM = "export-ticket";
/** What a refused export is told: try again after this long. */
export const RETRY_AFTER_SECONDS = 30;

const KEY = Symbol.for("masterplan-monitor.export-queue");
const slot = globalThis as unknown as Record<symbol, ExportQueue | undefined>;

/** The process's export line (EXPORT_WORKERS places, EXPORT_QUEUE_LENGTH waiting). */
export function exportQueue(): ExportQueue {
  return (slot[KEY] ??= new ExportQueue(env().exportWorkers, env().exportQueueLength));
}

/** Tests only: a line of their own (or the configured one again, with undefined). */
export function setExportQueueForTests(queue: ExportQueue | undefined): void {
  slot[KEY] = queue;
}

const catalogues = { de, en } as const;
type T = (key: string, values?: Record<string, string | number>) => string;
const translator = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale], namespace: "exports" }) as unknown as T;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A browser navigating (the export link), as opposed to a program asking for the file. */
export function wantsHtml(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("text/html");
}

function page(locale: Locale, status: number, headers: Record<string, string>, title: string, body: string, head = ""): Response {
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `${head}<title>${escapeHtml(title)} – Masterplan Monitor</title></head>` +
    `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers } });
}

/** The status page of a waiting export: a polite live region with the position, and a refresh that asks again with the ticket. */
export function waitingPage(request: Request, locale: Locale, ticket: string, position: number): Response {
  const t = translator(locale);
  const url = new URL(request.url);
  url.searchParams.set(TICKET_PARAM, ticket);
  const again = escapeHtml(`${url.pathname}${url.search}`);
  return page(
    locale,
    202,
    { "Retry-After": String(POLL_SECONDS) },
    t("queuedTitle"),
    `<p role="status" aria-live="polite">${escapeHtml(t("queued", { position }))}</p>` +
      `<p>${escapeHtml(t("queuedHint", { seconds: POLL_SECONDS }))}</p>` +
      `<p><a href="${again}">${escapeHtml(t("queuedRetry"))}</a> · <a href="/app">${escapeHtml(t("back"))}</a></p>`,
    `<meta http-equiv="refresh" content="${POLL_SECONDS};url=${again}">`,
  );
}

/** 503 with Retry-After: the line is full. */
export function refusal(request: Request, locale: Locale, requestId: string): Response {
  const t = translator(locale);
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS) };
  const message = t("full", { seconds: RETRY_AFTER_SECONDS });
  if (wantsHtml(request)) return page(locale, 503, headers, t("fullTitle"), `<p role="alert">${escapeHtml(message)}</p><p><a href="/app">${escapeHtml(t("back"))}</a></p>`);
  return Response.json({ error: { code: "UNAVAILABLE", message }, requestId }, { status: 503, headers: { ...headers, "Cache-Control": "no-store" } });
}

/**
 * A place in the export line for this request, or the response that stands for it (the status
 * page, the refusal). Call only after the permission check; release the place once the file is built.
 */
export async function admitDownload(request: Request, locale: Locale, requestId: string): Promise<{ release: Release } | Response> {
  const queue = exportQueue();
  if (wantsHtml(request)) {
    const admission = queue.admit(new URL(request.url).searchParams.get(TICKET_PARAM));
    if (admission.kind === "run") return { release: admission.release };
    if (admission.kind === "wait") return waitingPage(request, locale, admission.ticket, admission.position);
    return refusal(request, locale, requestId);
  }
  const place = queue.acquire(request.signal);
  if (!place) return refusal(request, locale, requestId);
  try {
    return { release: await place };
  } catch {
    // The program hung up while waiting: nobody reads this answer.
    return refusal(request, locale, requestId);
  }
}
