// What a form can tell its inputs from the zod schema its action validates with: the longest
// string a field accepts (→ maxLength, so nobody types 300 characters into a 200-character title)
// and whether the field must be filled in (→ aria-required). Reads zod v4's public definitions
// (`_zod.def`, ZodString's maxLength/minLength); it never guesses: a field it cannot read gets no constraint, and the
// schema still decides when the form is checked.
import type { z } from "zod";

export type FieldConstraints = { maxLength?: number; required?: boolean };

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const internals = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod;

/** Wrappers that make "nothing" acceptable (optional, nullable, default) or only decorate the inner schema. */
const OPTIONAL_WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "catch"]);
const TRANSPARENT_WRAPPERS = new Set(["readonly", "nonoptional"]);

/** The schema that finally checks a value, and whether some wrapper on the way accepts an empty value. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean } {
  let s = schema;
  let optional = false;
  for (let depth = 0; depth < 20; depth++) {
    const def = internals(s).def;
    if (OPTIONAL_WRAPPERS.has(def.type) && def.innerType) {
      optional = true;
      s = def.innerType;
    } else if (TRANSPARENT_WRAPPERS.has(def.type) && def.innerType) {
      s = def.innerType;
    } else if (def.type === "pipe" && def.in && def.out) {
      // z.preprocess(fn, schema) is transform → schema; schema.transform(fn) is schema → transform.
      s = internals(def.in).def.type === "transform" ? def.out : def.in;
    } else break;
  }
  return { core: s, optional };
}

function constraintsOf(schema: z.ZodType): FieldConstraints {
  const { core, optional } = unwrap(schema);
  const { def } = internals(core);
  const out: FieldConstraints = {};
  if (def.type === "string") {
    // ZodString's documented getters (zod 4): the tightest .max()/.min()/.length() among its checks.
    const { maxLength, minLength } = core as unknown as { maxLength: number | null; minLength: number | null };
    if (typeof maxLength === "number" && Number.isFinite(maxLength)) out.maxLength = maxLength;
    // A plain z.string() accepts "", which is what an untouched input sends: required only with a minimum.
    if (!optional && typeof minLength === "number" && minLength >= 1) out.required = true;
  } else if (def.type === "enum" || def.type === "literal") {
    if (!optional) out.required = true;
  }
  return out;
}

/** The object schema under `schema` (through preprocess, refinements and wrappers), or null. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  const { core } = unwrap(schema);
  const def = internals(core).def;
  return def.type === "object" && def.shape ? def.shape : null;
}

/**
 * The constraints of the field a form names `path` ("title", "milestones.2.title"), or {} when the
 * schema has no such field or says nothing an input could carry.
 */
export function fieldConstraints(schema: z.ZodType, path: string): FieldConstraints {
  let current: z.ZodType | undefined = schema;
  for (const segment of path.split(".")) {
    if (!current) return {};
    if (/^\d+$/.test(segment)) {
      const { core } = unwrap(current);
      const def = internals(core).def;
      current = def.type === "array" ? def.element : undefined;
    } else {
      current = objectShape(current)?.[segment];
    }
  }
  return current ? constraintsOf(current) : {};
}
