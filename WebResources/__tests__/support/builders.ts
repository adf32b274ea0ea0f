import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Reason, Suggestion } from "../../src/suggestions/model";

/** A reason chip as the engine writes it. */
export function reason(overrides: Partial<Reason> = {}): Reason {
  return { facet: "industry", value: "Insurance", text: "Insurance industry", ...overrides };
}

/**
 * One reason per facet exactly as the engine writes them (RankingMessages.cs), for a deal whose
 * refresher points at `trainingSource` (a content id) and a source no longer in the answer.
 */
export function engineReasons(trainingSource = "CNT-CLIENT"): Reason[] {
  return [
    { facet: "industry", value: "Durable Manufacturing", text: "Tailored to Durable Manufacturing" },
    { facet: "buyerRole", value: "Economic Buyer", text: "For the Economic Buyer: Dana Fischer, Jonas Weber" },
    { facet: "buyerRole", value: "Champion", text: "For the Champion" },
    { facet: "phase", value: "Buying", text: "Made for the Buying phase" },
    { facet: "salesStage", value: "Propose", text: "Made for the Propose stage" },
    { facet: "challenge", value: "Cost Reduction", text: "Addresses the customer's Cost Reduction challenge" },
    { facet: "pinned", value: "pinned", text: "Pinned by enablement" },
    { facet: "feedback", value: "12 helpful, 3 not helpful", text: "Reps rated it 12 helpful, 3 not helpful" },
    { facet: "freshness", value: "2025-03-14", text: "New: published 2025-03-14" },
    { facet: "training", value: trainingSource, text: 'Refresher for "ROI model for manufacturers"' },
    { facet: "training", value: "CNT-RETIRED", text: 'Refresher for "Retired pitch deck"' },
  ];
}

/** The German chips for {@link engineReasons}, in order, when the first source is in the answer. */
export const germanChips = [
  "Zugeschnitten auf Durable Manufacturing",
  "Für Economic Buyer: Dana Fischer, Jonas Weber",
  "Für Champion",
  "Passend zur Phase Buying",
  "Passend zur Vertriebsphase Propose",
  "Geht auf die Kundenherausforderung Cost Reduction ein",
  "Von Enablement angeheftet",
  "Von Vertriebsmitarbeitern 12× als hilfreich, 3× als nicht hilfreich bewertet",
  "Neu: veröffentlicht am 2025-03-14",
  "Auffrischung zu „ROI model for manufacturers“",
  "Auffrischung zu „Retired pitch deck“",
];

let counter = 0;

/** One suggestion with realistic defaults; ids are unique unless given. */
export function suggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  counter += 1;
  return {
    rank: counter,
    contentId: `CNT-${String(counter).padStart(4, "0")}`,
    title: `Claims automation case study ${counter}`,
    url: `https://content.example.com/items/${counter}`,
    kind: "Case Study",
    audience: "Client-facing",
    score: 0.8,
    forRoles: ["Economic Buyer"],
    reasons: [reason(), reason({ facet: "phase", value: "Buying", text: "Buying phase" })],
    ...overrides,
  };
}

/**
 * The `SuggestionsJson` string the Custom API returns for these suggestions: the engine's keys in
 * its order. A key set to undefined in `extra` is left out, as an older engine would.
 */
export function suggestionsJson(suggestions: readonly unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ id: "OPP-1001", phase: "Buying", industry: "Insurance", buyerRoles: ["Economic Buyer"], warnings: [], suggestions, ...extra });
}

/** The engine's own answer for a deal nothing fits (the Engine tests check it is byte for byte). */
export function emptyRankingJson(): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "emptyRanking.json"), "utf8");
}

/** The engine's own answer for a lost deal: no suggestions, only its note (an Engine test keeps it byte for byte). */
export function lostRankingJson(): string {
  return readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "lostRanking.json"), "utf8");
}

/** Resolves pending promise callbacks (the fakes answer at once). */
export async function settle(rounds = 50): Promise<void> {
  for (let i = 0; i < rounds; i += 1) await Promise.resolve();
}
