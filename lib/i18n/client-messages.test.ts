// What reaches the browser of the message catalogue: whole namespaces, or one part of a namespace.
import { describe, expect, it } from "vitest";
import de from "./messages/de.json";
import { APP_CLIENT_NAMESPACES, pickMessages } from "./client-messages";

describe("pickMessages", () => {
  it("picks whole namespaces and single parts of one, and skips names the catalogue lacks", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: "3", c: { d: "4" } };
    expect(pickMessages(messages, ["b", "a.y", "missing", "a.missing"])).toEqual({ b: "3", a: { y: { z: "2" } } });
    expect(pickMessages(messages, ["a.x", "a.y"])).toEqual({ a: { x: "1", y: { z: "2" } } });
  });

  it("gives the signed-in app the texts a form's schema can name, not the report texts", () => {
    const picked = pickMessages(de, APP_CLIENT_NAMESPACES) as { statusReports: Record<string, unknown> };
    expect(Object.keys(picked.statusReports)).toEqual(["errors"]);
    expect(picked.statusReports.errors).toHaveProperty("periodFormat");
  });
});
