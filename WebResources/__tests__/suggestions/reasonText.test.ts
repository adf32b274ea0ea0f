import { describe, expect, it } from "vitest";
import { reasonText } from "../../src/suggestions/reasonText";
import { de, en } from "../../src/suggestions/strings";
import { engineReasons, germanChips, reason } from "../support/builders";

const titles = new Map([["CNT-CLIENT", "ROI model for manufacturers"]]);

describe("reasonText", () => {
  it("composes every facet's German chip from its template and the value", () => {
    expect(engineReasons().map((r) => reasonText(r, de, titles))).toEqual(germanChips);
  });

  it("shows the engine's English text unchanged for English", () => {
    const reasons = [...engineReasons(), reason({ text: "Insurance industry" })];
    expect(reasons.map((r) => reasonText(r, en, titles))).toEqual(reasons.map((r) => r.text));
  });

  it("composes the English chip from the template only when the text is empty", () => {
    const withoutText = engineReasons().map((r) => ({ ...r, text: "" }));
    expect(withoutText.map((r) => reasonText(r, en, titles))).toEqual([
      "Tailored to Durable Manufacturing",
      "For the Economic Buyer",
      "For the Champion",
      "Made for the Buying phase",
      "Made for the Propose stage",
      "Addresses the customer's Cost Reduction challenge",
      "Pinned by enablement",
      "Reps rated it 12 helpful, 3 not helpful",
      "New: published 2025-03-14",
      'Refresher for "ROI model for manufacturers"',
      'Refresher for "CNT-RETIRED"',
    ]);
  });

  it("names a buyer role's people only when the English text lists them after the role", () => {
    expect(reasonText(reason({ facet: "buyerRole", value: "Champion", text: "For the Champion: Ana" }), de, titles)).toBe("Für Champion: Ana");
    expect(reasonText(reason({ facet: "buyerRole", value: "Champion", text: "For the Technical Buyer: Ana" }), de, titles)).toBe("Für Champion");
    expect(reasonText(reason({ facet: "buyerRole", value: "Champion", text: "" }), de, titles)).toBe("Für Champion");
  });

  it("shows a feedback value it cannot read as it is", () => {
    expect(reasonText(reason({ facet: "feedback", value: "mostly helpful", text: "Reps liked it" }), de, titles)).toBe("mostly helpful");
  });

  it("names a refresher by the title in the engine's text when the source is not in the answer, else by its id", () => {
    expect(reasonText(reason({ facet: "training", value: "CNT-CLIENT", text: "Refresher for \"ROI\"" }), de, new Map())).toBe("Auffrischung zu „ROI“");
    expect(reasonText(reason({ facet: "training", value: "CNT-CLIENT", text: "" }), de, new Map())).toBe("Auffrischung zu „CNT-CLIENT“");
  });

  it("keeps the text (or else the value) for an unknown facet or a missing value", () => {
    expect(reasonText(reason({ facet: "made-up", value: "v", text: "Server says so" }), de, titles)).toBe("Server says so");
    expect(reasonText(reason({ facet: "made-up", value: "v", text: "" }), de, titles)).toBe("v");
    expect(reasonText(reason({ facet: "constructor", value: "v", text: "" }), de, titles)).toBe("v");
    expect(reasonText(reason({ facet: "industry", value: " ", text: "Tailored to Retail" }), de, titles)).toBe("Tailored to Retail");
  });

  it("puts a value in as it is: placeholders and markup in it are not read", () => {
    expect(reasonText(reason({ facet: "industry", value: "{1} <b>$&</b>", text: "" }), de, titles)).toBe("Zugeschnitten auf {1} <b>$&</b>");
  });
});
