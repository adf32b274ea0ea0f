import { describe, expect, it } from "vitest";
import { groupByRole, otherRoles } from "../../src/suggestions/grouping";
import { suggestion } from "../support/builders";

describe("groupByRole", () => {
  it("puts each item once, under its first role, groups ordered by their best rank", () => {
    const a = suggestion({ rank: 1, forRoles: ["Technical Buyer"] });
    const b = suggestion({ rank: 2, forRoles: ["Economic Buyer", "Champion"] });
    const c = suggestion({ rank: 3, forRoles: ["Technical Buyer"] });
    const groups = groupByRole([c, b, a]);
    expect(groups.map((g) => g.role)).toEqual(["Technical Buyer", "Economic Buyer"]);
    expect(groups[0]?.items).toEqual([a, c]);
    expect(groups[1]?.items).toEqual([b]);
  });

  it("puts items without roles last, under no role", () => {
    const general = suggestion({ rank: 1, forRoles: [] });
    const role = suggestion({ rank: 2, forRoles: ["Champion"] });
    expect(groupByRole([general, role]).map((g) => g.role)).toEqual(["Champion", null]);
  });

  it("groups role names case-insensitively under the first spelling", () => {
    const groups = groupByRole([suggestion({ rank: 1, forRoles: ["Economic Buyer"] }), suggestion({ rank: 2, forRoles: ["economic buyer "] })]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.role).toBe("Economic Buyer");
  });

  it("lists the other roles of an item", () => {
    expect(otherRoles(suggestion({ forRoles: ["Economic Buyer", "Champion", "End User"] }))).toEqual(["Champion", "End User"]);
    expect(otherRoles(suggestion({ forRoles: [] }))).toEqual([]);
  });
});
