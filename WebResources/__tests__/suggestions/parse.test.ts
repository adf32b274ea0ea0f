import { describe, expect, it } from "vitest";
import { parseSuggestions, SuggestionsFormatError } from "../../src/suggestions/parse";
import { emptyRankingJson, suggestion, suggestionsJson } from "../support/builders";

describe("parseSuggestions", () => {
  it("reads the Custom API's JSON", () => {
    const item = suggestion({ rank: 1 });
    const result = parseSuggestions(suggestionsJson([item], { warnings: ["Unknown buyer role 'CFO'"] }));
    expect(result).toEqual({
      id: "OPP-1001",
      phase: "Buying",
      industry: "Insurance",
      buyerRoles: ["Economic Buyer"],
      warnings: ["Unknown buyer role 'CFO'"],
      suggestions: [item],
    });
  });

  it("reads the engine's own answer for a deal nothing fits", () => {
    expect(parseSuggestions(emptyRankingJson())).toEqual({
      id: "OPP-1001",
      phase: "Buying",
      industry: "Insurance",
      buyerRoles: ["Economic Buyer", "Champion"],
      warnings: [],
      suggestions: [],
    });
  });

  it.each([
    [undefined, "missing"],
    [42, "not a string"],
    ["{not json", "not JSON"],
    ["[]", "no suggestions array"],
    ["{\"suggestions\":{}}", "no suggestions array"],
    ["null", "no suggestions array"],
  ])("refuses %j (%s)", (json, message) => {
    expect(() => parseSuggestions(json)).toThrow(SuggestionsFormatError);
    expect(() => parseSuggestions(json)).toThrow(message);
  });

  it("turns wrong-typed fields into empty ones instead of trusting them", () => {
    const result = parseSuggestions(
      JSON.stringify({
        phase: 7,
        warnings: ["ok", 3, null],
        suggestions: [{ contentId: "CNT-1", title: { html: "<b>x</b>" }, url: ["javascript:alert(1)"], kind: null, forRoles: "Champion", reasons: [{ facet: 1, text: "Why" }, "junk", {}] }],
      }),
    );
    expect(result.phase).toBe("");
    expect(result.warnings).toEqual(["ok"]);
    expect(result.suggestions[0]).toEqual({
      rank: 1,
      contentId: "CNT-1",
      title: "CNT-1",
      url: "",
      kind: "",
      audience: "",
      score: 0,
      forRoles: [],
      reasons: [{ facet: "", value: "", text: "Why" }],
    });
  });

  it("drops items without a content id and repeated ids, and orders by rank", () => {
    const result = parseSuggestions(
      suggestionsJson([
        { rank: 3, contentId: "B", title: "b" },
        { rank: 1, title: "no id" },
        { rank: 2, contentId: "A", title: "a" },
        { rank: 4, contentId: "A", title: "again" },
      ]),
    );
    expect(result.suggestions.map((s) => s.title)).toEqual(["a", "b"]);
  });

  it("tells an engine that knows no industry or roles from one that does not say", () => {
    const none = parseSuggestions(suggestionsJson([], { industry: null, buyerRoles: [] }));
    expect(none.industry).toBeNull();
    expect(none.buyerRoles).toEqual([]);
    const silent = parseSuggestions(suggestionsJson([], { industry: undefined, buyerRoles: undefined }));
    expect("industry" in silent).toBe(false);
    expect("buyerRoles" in silent).toBe(false);
  });

  it("turns a wrong-typed industry or roles into none", () => {
    const result = parseSuggestions(suggestionsJson([], { industry: { label: "Insurance" }, buyerRoles: ["Champion", 4, " ", null] }));
    expect(result.industry).toBeNull();
    expect(result.buyerRoles).toEqual(["Champion"]);
  });
});
