// Leak markers: distinctive strings ("LEAK-7f3a-<FIELD>") and a distinctive amount (987654.32)
// planted in every field the public must never see, on top of the demo data. The leak tests
// (tests/leak, e2e/public-leak.spec.ts) read every public output and fail on any marker.
//
// What counts as internal here (and so carries a marker):
// - an INTERNAL initiative, in every text field (health_reason too), with children that are
//   themselves flagged public (milestone, KPI, budget line, approved report): being public inside an
//   internal initiative must not publish them; an ARCHIVED public initiative likewise;
// - on a PUBLIC initiative: internal milestones (and their forecast reasons), internal KPIs (and
//   their measurement notes), an internal budget line, draft/submitted/returned reports (every text,
//   the public summary included), the internal texts of an approved report, risks, comments, the
//   partners' committed amounts, the grant references of a programme and of a public budget line;
// - a user (name, email) who leads that public initiative, reports, reviews, reports forecasts, owns
//   risks, writes comments and audit events and holds an API token; sign-in attempts;
// - a partner that works only on the internal initiative;
// - dependencies between the public host and the internal or archived initiative (either way round).
// health_reason of a PUBLIC initiative is shown on the citizens' site (lib/public) and so is not a marker.
//
// Everything is added beside the demo rows (rows the specs rely on keep their values; the public
// host's progress is unchanged because it is COMPLETED), and dated long ago so no "latest change"
// or "last updated" shown on a page moves — except the two health changes, which must be recent to
// appear on the changes page and in the feeds (they move the host's "Stand" to the seeding day).
import { createHash, randomUUID } from "node:crypto";
import { appNow } from "@/lib/dates";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const LEAK_PREFIX = "LEAK-7f3a";
export const LEAK_AMOUNT = "987654.32";
export const LEAK_USER_EMAIL = "leak-7f3a-user@demo.masterplan.example";
export const LEAK_INTERNAL_SLUG = "leak-7f3a-slug";

const m = (field: string) => `${LEAK_PREFIX}-${field}`;
const LONG_AGO = new Date("2019-06-30T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type LeakSeedResult = { hostSlug: string; internalSlug: string; markers: number };

/** Adds the markers; does nothing (and says so) when they are already there. */
export async function seedLeakMarkers(prisma: PrismaClient): Promise<LeakSeedResult | null> {
  if (await prisma.user.findUnique({ where: { email: LEAK_USER_EMAIL }, select: { id: true } })) return null;
  const host = await prisma.initiative.findFirstOrThrow({
    where: { visibility: "PUBLIC", archivedAt: null, status: "COMPLETED" },
    orderBy: { code: "desc" },
    select: { id: true, slug: true, fieldOfActionId: true, departmentId: true, fieldOfAction: { select: { masterplanId: true } } },
  });
  const [district, publicPartner] = await Promise.all([
    prisma.district.findFirstOrThrow({ orderBy: { sortOrder: "asc" }, select: { id: true } }),
    prisma.partner.findFirstOrThrow({ orderBy: { name: "asc" }, select: { id: true } }),
  ]);

  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: LEAK_USER_EMAIL, name: m("USER-NAME"), role: "PROJECT_LEAD", departmentId: host.departmentId, passwordHash: null },
    });
    await tx.initiativeLead.create({ data: { initiativeId: host.id, userId: user.id } });

    // An internal initiative and an archived public one, every text marked, with "public" children.
    const internalPartner = await tx.partner.create({
      data: { slug: "leak-7f3a-partner", name: m("PARTNER-NAME"), kind: "COMPANY", website: "https://leak-7f3a.example", description: m("PARTNER-DESCRIPTION") },
    });
    const hidden: { id: string }[] = [];
    for (const [code, slug, extra] of [
      ["LEAK-7F3A-CODE", LEAK_INTERNAL_SLUG, { visibility: "INTERNAL" as const }],
      ["LEAK-7F3A-ARCHIVED", "leak-7f3a-archived", { visibility: "PUBLIC" as const, archivedAt: LONG_AGO }],
    ] as const) {
      hidden.push(
        await tx.initiative.create({
          data: {
            code,
            slug,
            title: m(`${code}-TITLE`),
            summary: m("INITIATIVE-SUMMARY"),
            description: m("INITIATIVE-DESCRIPTION"),
            plainLanguageSummary: m("INITIATIVE-PLAIN-LANGUAGE"),
            titleEn: m(`${code}-TITLE-EN`),
            summaryEn: m("INITIATIVE-SUMMARY-EN"),
            descriptionEn: m("INITIATIVE-DESCRIPTION-EN"),
            plainLanguageSummaryEn: m("INITIATIVE-PLAIN-LANGUAGE-EN"),
            healthReason: m("INITIATIVE-HEALTH-REASON"),
            tags: [m("TAG")],
            status: "IN_PROGRESS",
            health: "AT_RISK",
            fieldOfActionId: host.fieldOfActionId,
            departmentId: host.departmentId,
            plannedStart: day("2019-01-01"),
            plannedEnd: day("2029-12-31"),
            createdAt: LONG_AGO,
            ...extra,
            leads: { create: { userId: user.id } },
            districts: { create: { districtId: district.id } },
            // A point on the district map: never a marker on the public map or in an embed.
            locations: { create: { label: m("LOCATION"), latitude: 51.43, longitude: 6.76 } },
            partners: {
              create: [
                { partnerId: internalPartner.id, role: "LEAD_PARTNER", contribution: m("CONTRIBUTION-INTERNAL-PARTNER"), committedAmount: LEAK_AMOUNT },
                { partnerId: publicPartner.id, role: "OPERATOR", contribution: m("CONTRIBUTION-PUBLIC-PARTNER"), committedAmount: LEAK_AMOUNT },
              ],
            },
            milestones: {
              create: { title: m("MILESTONE-OF-INTERNAL"), description: m("MILESTONE-DESCRIPTION"), titleEn: m("MILESTONE-OF-INTERNAL-EN"), descriptionEn: m("MILESTONE-DESCRIPTION-EN"), baselineDate: day("2027-01-01"), forecastDate: day("2027-01-01"), isPublic: true },
            },
            budgetLines: { create: { year: 2027, fundingSource: "CITY", planned: LEAK_AMOUNT, actual: LEAK_AMOUNT, isPublic: true, note: m("BUDGET-NOTE") } },
            statusReports: {
              create: {
                period: "2019-Q2",
                health: "AT_RISK",
                state: "APPROVED",
                summary: m("REPORT-SUMMARY"),
                publicSummary: m("APPROVED-PUBLIC-SUMMARY-OF-HIDDEN"),
                reviewedById: user.id,
                reviewedAt: LONG_AGO,
              },
            },
          },
          select: { id: true },
        }),
      );
    }
    for (const i of hidden) await plantKpi(tx, { scope: "INITIATIVE", initiativeId: i.id, isPublic: true, tag: "KPI-OF-HIDDEN" }, user.id);
    // Dependencies with a hidden side (lib/dependencies): the public host needs the internal and the
    // archived initiative, and the internal one needs the host; none may be told on the host's page.
    await tx.dependency.createMany({
      data: [
        { successorInitiativeId: host.id, predecessorInitiativeId: hidden[0]!.id },
        { successorInitiativeId: host.id, predecessorInitiativeId: hidden[1]!.id, kind: "BLOCKED_BY" },
        { successorInitiativeId: hidden[0]!.id, predecessorInitiativeId: host.id },
      ],
    });

    // Internal things on the public host.
    const milestone = await tx.milestone.create({
      data: {
        initiativeId: host.id,
        title: m("INTERNAL-MILESTONE-TITLE"),
        description: m("INTERNAL-MILESTONE-DESCRIPTION"),
        titleEn: m("INTERNAL-MILESTONE-TITLE-EN"),
        descriptionEn: m("INTERNAL-MILESTONE-DESCRIPTION-EN"),
        baselineDate: day("2019-03-01"),
        forecastDate: day("2019-04-01"),
        // Done, so neither the (COMPLETED) host's progress nor any overdue count changes.
        completedDate: day("2019-04-01"),
        isPublic: false,
        sortOrder: 999,
      },
    });
    await tx.milestoneForecast.create({
      data: { milestoneId: milestone.id, reportedAt: LONG_AGO, forecastDate: day("2019-04-01"), reason: m("FORECAST-REASON"), reportedById: user.id },
    });
    await plantKpi(tx, { scope: "INITIATIVE", initiativeId: host.id, isPublic: false, tag: "INTERNAL-KPI" }, user.id);
    await plantKpi(tx, { scope: "FIELD_OF_ACTION", fieldOfActionId: host.fieldOfActionId, isPublic: false, tag: "INTERNAL-FIELD-KPI" }, user.id);
    await plantKpi(tx, { scope: "MASTERPLAN", masterplanId: host.fieldOfAction.masterplanId, isPublic: false, tag: "INTERNAL-PLAN-KPI" }, user.id);
    await tx.budgetLine.create({
      data: { initiativeId: host.id, year: 2039, fundingSource: "OTHER", planned: LEAK_AMOUNT, actual: LEAK_AMOUNT, isPublic: false, note: m("INTERNAL-BUDGET-NOTE") },
    });
    // A public line from a named programme: the programme's name, rate and period are public, its
    // reference and the line's grant reference (Förderkennzeichen) are not.
    const programme = await tx.fundingProgramme.create({
      data: { name: "Testprogramm Leckprüfung", level: "EU", grantReference: m("PROGRAMME-GRANT-REFERENCE"), fundingRate: "50.00", createdAt: LONG_AGO, updatedAt: LONG_AGO },
    });
    await tx.budgetLine.create({
      data: { initiativeId: host.id, year: 2038, fundingSource: "EU", programmeId: programme.id, grantReference: m("LINE-GRANT-REFERENCE"), planned: "1000.00", isPublic: true, note: m("PUBLIC-LINE-NOTE"), createdAt: LONG_AGO, updatedAt: LONG_AGO },
    });
    await tx.initiativePartner.updateMany({ where: { initiativeId: host.id }, data: { committedAmount: LEAK_AMOUNT } });

    const texts = (state: string) => ({
      summary: m(`${state}-SUMMARY`),
      achievements: m(`${state}-ACHIEVEMENTS`),
      nextSteps: m(`${state}-NEXT-STEPS`),
      risks: m(`${state}-RISKS`),
      reviewComment: m(`${state}-REVIEW-COMMENT`),
    });
    const reportBase = { initiativeId: host.id, health: "AT_RISK" as const, submittedById: user.id, submittedAt: LONG_AGO, createdAt: LONG_AGO };
    const unapproved: Record<string, string> = {};
    for (const [period, state] of [["2019-Q1", "DRAFT"], ["2019-Q2", "SUBMITTED"], ["2019-Q3", "RETURNED"]] as const) {
      const r = await tx.statusReport.create({ data: { ...reportBase, period, state, ...texts(state), publicSummary: m(`${state}-PUBLIC-SUMMARY`), reviewedById: user.id } });
      unapproved[state] = r.id;
    }
    const approved = await tx.statusReport.create({
      data: { ...reportBase, period: "2019-Q4", state: "APPROVED", ...texts("APPROVED"), publicSummary: "Öffentliche Zusammenfassung (Prüfdaten).", reviewedById: user.id, reviewedAt: LONG_AGO },
    });

    await tx.risk.create({
      data: { initiativeId: host.id, title: m("RISK-TITLE"), description: m("RISK-DESCRIPTION"), mitigation: m("RISK-MITIGATION"), probability: 2, impact: 3, ownerId: user.id, createdAt: LONG_AGO },
    });
    await tx.comment.create({ data: { initiativeId: host.id, authorId: user.id, body: m("COMMENT-ON-INITIATIVE"), createdAt: LONG_AGO } });
    await tx.comment.create({ data: { statusReportId: approved.id, authorId: user.id, body: m("COMMENT-ON-REPORT"), createdAt: LONG_AGO } });
    // Pending publication requests (PUBLISH_REVIEW): what they would publish stays internal until approved.
    await tx.publishRequest.create({
      data: {
        targetKind: "INITIATIVE", targetId: hidden[0]!.id, targetVersion: 1, initiativeId: hidden[0]!.id, departmentId: host.departmentId,
        label: m("PUBLISH-REQUEST-LABEL"), snapshot: [{ key: "title", value: [m("PUBLISH-REQUEST-SNAPSHOT")] }], requestedById: user.id, comment: m("PUBLISH-REQUEST-COMMENT"),
      },
    });
    await tx.publishRequest.create({
      data: {
        targetKind: "MILESTONE", targetId: milestone.id, targetVersion: 1, initiativeId: host.id, departmentId: host.departmentId,
        label: m("PUBLISH-REQUEST-MILESTONE"), snapshot: [{ key: "title", value: [m("INTERNAL-MILESTONE-TITLE")] }], requestedById: user.id,
      },
    });

    await tx.apiToken.create({
      data: {
        userId: user.id,
        name: m("TOKEN-NAME"),
        prefix: "mm_leak7f3a",
        tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
        scopes: ["READ"],
        expiresAt: new Date("2099-01-01T00:00:00Z"),
      },
    });
    await tx.auditEvent.create({
      data: {
        at: LONG_AGO,
        actorId: user.id,
        actorLabel: m("AUDIT-ACTOR-LABEL"),
        action: "initiative.update",
        entityType: "Initiative",
        entityId: host.id,
        initiativeId: host.id,
        before: { note: m("AUDIT-BEFORE") },
        after: { note: m("AUDIT-AFTER") },
      },
    });
    // Health changes on the public host ("Was hat sich geändert", feeds): one made by hand while the
    // initiative was internal (its health reason must not be published), one claiming to come from a
    // report that was never approved (that report's public summary must not be published). Dated an
    // hour ago, so they are in the current quarter's changes and at the top of the feeds.
    const healthChange = { at: new Date(appNow().getTime() - 3_600_000), actorId: user.id, actorLabel: m("AUDIT-ACTOR-LABEL"), entityType: "Initiative", entityId: host.id, initiativeId: host.id };
    await tx.auditEvent.create({
      data: {
        ...healthChange,
        action: "initiative.setStatus",
        before: { health: "ON_TRACK", visibility: "INTERNAL", healthReason: null },
        after: { health: "AT_RISK", visibility: "INTERNAL", archivedAt: null, healthReason: m("HEALTH-REASON-WHILE-INTERNAL") },
      },
    });
    await tx.auditEvent.create({
      data: {
        ...healthChange,
        action: "initiative.health.fromReport",
        before: { health: "AT_RISK" },
        after: { health: "OFF_TRACK", statusReportId: unapproved.SUBMITTED, period: "2019-Q2" },
      },
    });
    await tx.loginAttempt.create({ data: { at: LONG_AGO, email: LEAK_USER_EMAIL, ip: "203.0.113.73", success: false } });
    await plantFeedback(tx, host.id);
    return { hostSlug: host.slug, internalSlug: LEAK_INTERNAL_SLUG, markers: 62 };
  });
}

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type KpiOwner =
  | { scope: "INITIATIVE"; initiativeId: string }
  | { scope: "FIELD_OF_ACTION"; fieldOfActionId: string }
  | { scope: "MASTERPLAN"; masterplanId: string };

/** A KPI with every text marked and two measurements whose notes are marked. */
async function plantKpi(tx: Tx, { tag, isPublic, ...owner }: KpiOwner & { isPublic: boolean; tag: string }, userId: string) {
  await tx.kpi.create({
    data: {
      ...owner,
      name: m(`${tag}-NAME`),
      description: m(`${tag}-DESCRIPTION`),
      unit: m(`${tag}-UNIT`),
      nameEn: m(`${tag}-NAME-EN`),
      descriptionEn: m(`${tag}-DESCRIPTION-EN`),
      unitEn: m(`${tag}-UNIT-EN`),
      method: m(`${tag}-METHOD`),
      source: m(`${tag}-SOURCE`),
      baselineValue: LEAK_AMOUNT,
      baselineDate: day("2019-01-01"),
      targetValue: LEAK_AMOUNT,
      targetDate: day("2030-12-31"),
      isPublic,
      measurements: {
        create: [
          { periodDate: day("2019-12-31"), value: LEAK_AMOUNT, note: m(`${tag}-MEASUREMENT-NOTE`), recordedById: userId },
          { periodDate: day("2020-12-31"), value: LEAK_AMOUNT, note: m(`${tag}-MEASUREMENT-NOTE-2`), recordedById: userId },
        ],
      },
    },
  });
}

/**
 * Citizens' feedback (issue 20): on the public host a pending, a privately answered and a discarded
 * question (every text marked), and a published one whose citizen did not allow their name; a
 * published one on the internal initiative; e-mail addresses and address hashes on all; and an
 * e-mail subscriber. Only the published question on the host and its answer may be public.
 */
async function plantFeedback(tx: Tx, hostId: string) {
  const internal = await tx.initiative.findUniqueOrThrow({ where: { slug: LEAK_INTERNAL_SLUG }, select: { id: true } });
  const personal = (tag: string) => ({ name: m(`FEEDBACK-NAME-${tag}`), email: `leak-7f3a-feedback-${tag.toLowerCase()}@example.org`, addressHash: m(`ADDRESS-HASH-${tag}`), createdAt: LONG_AGO });
  for (const status of ["PENDING", "ANSWERED", "DISCARDED"] as const) {
    await tx.feedback.create({
      data: { initiativeId: hostId, status, showName: true, message: m(`FEEDBACK-${status}`), answer: status === "PENDING" ? null : m(`FEEDBACK-ANSWER-${status}`), ...personal(status) },
    });
  }
  await tx.feedback.create({
    data: { initiativeId: hostId, status: "PUBLISHED", showName: false, message: "Wann ist das Vorhaben abgeschlossen?", answer: "Es ist abgeschlossen.", publishedAt: LONG_AGO, ...personal("HIDDEN-NAME") },
  });
  await tx.feedback.create({
    data: { initiativeId: internal.id, status: "PUBLISHED", showName: true, message: m("FEEDBACK-ON-INTERNAL"), answer: m("FEEDBACK-ANSWER-ON-INTERNAL"), publishedAt: LONG_AGO, ...personal("INTERNAL") },
  });
  await tx.emailSubscription.create({
    data: { email: "leak-7f3a-subscriber@example.org", scope: "INITIATIVE", initiativeId: hostId, targetKey: `i:${hostId}`, confirmedAt: LONG_AGO, createdAt: LONG_AGO },
  });
}
