import { describe, expect, it } from "vitest";
import { DEFAULT_COLUMNS, DEFAULT_STATE, parsePortfolioState, serializePortfolioState } from "./table-state";

describe("parsePortfolioState", () => {
  it("gives the default state for an empty URL", () => {
    expect(parsePortfolioState({})).toEqual({ state: DEFAULT_STATE, invalid: [] });
  });

  it("reads every parameter of a shared link", () => {
    const { state, invalid } = parsePortfolioState(
      new URLSearchParams("q=WLAN, Schule&field=VER,MOB&dept=DIGI&status=IN_PROGRESS&health=AT_RISK,OFF_TRACK&partner=ude&district=mitte&stale=1&overdue=1&group=partner&sort=delay.desc&cols=code,title,delay&page=3&size=50"),
    );
    expect(invalid).toEqual([]);
    expect(state).toEqual({
      q: "WLAN, Schule",
      field: ["VER", "MOB"],
      dept: ["DIGI"],
      status: ["IN_PROGRESS"],
      health: ["AT_RISK", "OFF_TRACK"],
      partner: ["ude"],
      district: ["mitte"],
      stale: true,
      overdue: true,
      group: "partner",
      sort: { id: "delay", desc: true },
      cols: ["code", "title", "delay"],
      page: 3,
      size: 50,
    });
  });

  it("drops invalid values, keeps the valid items of a list and reports the parameters", () => {
    const { state, invalid } = parsePortfolioState({
      field: "VER,<script>,MOB",
      status: ["DONE", "PLANNED"],
      health: "GREEN",
      group: "colour",
      sort: "secret.desc",
      cols: "nope",
      page: "-2",
      size: "1000",
      stale: "yes",
    });
    expect(state.field).toEqual(["VER", "MOB"]);
    expect(state.status).toEqual(["PLANNED"]);
    expect(state.health).toEqual([]);
    expect(state.group).toBeNull();
    expect(state.sort).toBeNull();
    expect(state.cols).toEqual(DEFAULT_COLUMNS);
    expect(state.page).toBe(1);
    expect(state.size).toBe(25);
    expect(state.stale).toBe(false);
    expect(invalid.sort()).toEqual(["cols", "field", "group", "health", "page", "size", "sort", "stale", "status"]);
  });

  it("reads the former column id slip as delay, so links shared before the rename keep sorting and columns", () => {
    const { state, invalid } = parsePortfolioState(new URLSearchParams("sort=slip.asc&cols=code,slip,delay"));
    expect(invalid).toEqual([]);
    expect(state.sort).toEqual({ id: "delay", desc: false });
    expect(state.cols).toEqual(["code", "delay"]);
    expect(serializePortfolioState(state)).toBe("sort=delay.asc&cols=code,delay");
  });

  it("accepts a repeated parameter as a list and removes duplicates", () => {
    const { state } = parsePortfolioState(new URLSearchParams("field=VER&field=MOB,VER"));
    expect(state.field).toEqual(["VER", "MOB"]);
  });
});

describe("serializePortfolioState", () => {
  it("round-trips a state and leaves defaults out of the link", () => {
    expect(serializePortfolioState(DEFAULT_STATE)).toBe("");
    const { state } = parsePortfolioState(new URLSearchParams("field=VER,MOB&sort=delay.desc&stale=1&page=2&cols=title,code"));
    const query = serializePortfolioState(state);
    expect(query).toBe("field=VER,MOB&stale=1&sort=delay.desc&cols=title,code&page=2");
    expect(parsePortfolioState(new URLSearchParams(query)).state).toEqual(state);
  });

  it("omits parameters a link should not carry", () => {
    const { state } = parsePortfolioState({ page: "4", health: "AT_RISK" });
    expect(serializePortfolioState(state, ["page"])).toBe("health=AT_RISK");
  });
});
