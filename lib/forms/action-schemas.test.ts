// The form's schema must be the action's schema, object for object: otherwise the browser would
// check by other rules than the server (and a form could refuse what the action accepts).
import { describe, expect, it } from "vitest";
import { isAction } from "@/lib/actions/define-action";
import { ACTION_SCHEMAS } from "./action-schemas";

/** Every module that defines actions (grep defineAction under lib/). */
const modules = () => [
  import("@/lib/account/mfa"),
  import("@/lib/account/mutations"),
  import("@/lib/branding/mutations"),
  import("@/lib/budget/mutations"),
  import("@/lib/comments/mutations"),
  import("@/lib/decisions/mutations"),
  import("@/lib/departments/mutations"),
  import("@/lib/dependencies/mutations"),
  import("@/lib/feedback/mutations"),
  import("@/lib/funding/mutations"),
  import("@/lib/map/mutations"),
  import("@/lib/initiatives/mutations/create"),
  import("@/lib/initiatives/mutations/departments"),
  import("@/lib/initiatives/mutations/leads"),
  import("@/lib/initiatives/mutations/members"),
  import("@/lib/initiatives/mutations/partners"),
  import("@/lib/initiatives/mutations/state"),
  import("@/lib/initiatives/mutations/update"),
  import("@/lib/kpis/definitions"),
  import("@/lib/kpis/mutations"),
  import("@/lib/milestones/mutations"),
  import("@/lib/milestones/status-mutations"),
  import("@/lib/my-work/follows"),
  import("@/lib/notifications/mutations"),
  import("@/lib/partners/mutations"),
  import("@/lib/plan/district-mutations"),
  import("@/lib/plan/field-mutations"),
  import("@/lib/plan/masterplan-mutations"),
  import("@/lib/publish/mutations"),
  import("@/lib/reports/create-draft"),
  import("@/lib/reports/edit-report"),
  import("@/lib/reports/review-report"),
  import("@/lib/risks/mutations"),
  import("@/lib/sessions/mutations"),
  import("@/lib/tokens/mutations"),
  import("@/lib/users/mutations"),
];

describe("ACTION_SCHEMAS", () => {
  it("holds, under each action's name, the very schema that action validates with", async () => {
    const inputs = new Map<string, unknown>();
    for (const mod of await Promise.all(modules())) {
      for (const value of Object.values(mod)) if (isAction(value)) inputs.set(value.name, value.input);
    }
    for (const [name, schema] of Object.entries(ACTION_SCHEMAS)) {
      expect(inputs.has(name), `no action named ${name}`).toBe(true);
      expect(inputs.get(name) === schema, `${name}: another schema than the action's`).toBe(true);
    }
  });
});
