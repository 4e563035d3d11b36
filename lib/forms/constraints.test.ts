// maxLength and required as forms read them from the actions' zod schemas.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createBudgetLineInput } from "@/lib/budget/schemas";
import { createInitiativeInput } from "@/lib/initiatives/schemas";
import { createRiskInput } from "@/lib/risks/schemas";
import { createTokenInput } from "@/lib/tokens/schemas";
import { fieldConstraints } from "./constraints";

describe("fieldConstraints", () => {
  it("reads the maximum length of a trimmed string and marks a string with a minimum as required", () => {
    expect(fieldConstraints(createRiskInput, "title")).toEqual({ maxLength: 200, required: true });
    expect(fieldConstraints(createTokenInput, "name")).toEqual({ maxLength: 100, required: true });
  });

  it("does not mark a string as required when it has a default or may be empty", () => {
    expect(fieldConstraints(createRiskInput, "description")).toEqual({ maxLength: 4000 });
    expect(fieldConstraints(createBudgetLineInput, "note")).toEqual({ maxLength: 1000 });
    expect(fieldConstraints(z.object({ a: z.string().max(9) }), "a")).toEqual({ maxLength: 9 });
    expect(fieldConstraints(z.object({ a: z.string().min(1).max(9).optional() }), "a")).toEqual({ maxLength: 9 });
    expect(fieldConstraints(z.object({ a: z.string().min(1).nullable() }), "a")).toEqual({});
  });

  it("sees through preprocess, refinements and transforms", () => {
    const schema = z.preprocess((v) => v, z.object({ a: z.preprocess((v) => v, z.string().trim().min(2).max(7)).transform((s) => s.length) }).superRefine(() => {}));
    expect(fieldConstraints(schema, "a")).toEqual({ maxLength: 7, required: true });
  });

  it("finds fields of repeated rows by their form name", () => {
    expect(fieldConstraints(createInitiativeInput, "milestones.0.title")).toEqual({ maxLength: 200, required: true });
    expect(fieldConstraints(createInitiativeInput, "title")).toEqual({ maxLength: 200, required: true });
  });

  it("marks a choice without default as required and says nothing about numbers or unknown fields", () => {
    expect(fieldConstraints(createBudgetLineInput, "fundingSource")).toEqual({ required: true });
    expect(fieldConstraints(createRiskInput, "status")).toEqual({});
    expect(fieldConstraints(createBudgetLineInput, "year")).toEqual({});
    expect(fieldConstraints(createRiskInput, "nope")).toEqual({});
    expect(fieldConstraints(createRiskInput, "title.0")).toEqual({});
  });
});
