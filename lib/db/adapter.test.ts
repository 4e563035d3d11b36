import { describe, expect, it } from "vitest";
import { sessionOptions } from "./adapter";

describe("sessionOptions", () => {
  it("turns PostgreSQL's JIT off for the app's connections", () => {
    expect(sessionOptions("postgresql://app@db.example:5432/masterplan")).toBe("-c jit=off");
  });

  it("keeps the session options the URL gives, ours after them", () => {
    expect(sessionOptions("postgresql://app@db.example/masterplan?options=-c%20search_path%3Dmm")).toBe("-c search_path=mm -c jit=off");
  });

  it("accepts a connection string that is no URL", () => {
    expect(sessionOptions("not a url")).toBe("-c jit=off");
  });
});
