import type { Reason, Suggestion, SuggestionsResult } from "./model";

/** The Custom API's answer was not the documented suggestions JSON. */
export class SuggestionsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SuggestionsFormatError";
  }
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const number = (value: unknown, fallback: number): number => (typeof value === "number" && Number.isFinite(value) ? value : fallback);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : []);

function reason(value: unknown): Reason | null {
  if (!isObject(value)) return null;
  const parsed = { facet: text(value.facet), value: text(value.value), text: text(value.text) };
  return parsed.text || parsed.value ? parsed : null;
}

function suggestion(value: unknown, index: number): Suggestion | null {
  if (!isObject(value) || !text(value.contentId)) return null;
  return {
    rank: number(value.rank, index + 1),
    contentId: text(value.contentId),
    title: text(value.title) || text(value.contentId),
    url: text(value.url),
    kind: text(value.kind),
    audience: text(value.audience),
    score: number(value.score, 0),
    forRoles: texts(value.forRoles),
    reasons: Array.isArray(value.reasons) ? value.reasons.map(reason).filter((r): r is Reason => r !== null) : [],
  };
}

/**
 * Reads the `SuggestionsJson` string into checked, plain values. Unknown fields are ignored,
 * wrong-typed fields become empty, `industry` and `buyerRoles` stay absent when the JSON lacks them
 * (so the panel can tell "the engine knows none" from "the engine did not say"), items without a content id or repeating one are dropped: the
 * panel must render whatever arrives without trusting it.
 */
export function parseSuggestions(json: unknown): SuggestionsResult {
  if (typeof json !== "string") throw new SuggestionsFormatError("SuggestionsJson is missing or not a string.");
  let root: unknown;
  try {
    root = JSON.parse(json);
  } catch (error) {
    throw new SuggestionsFormatError(`SuggestionsJson is not JSON: ${(error as Error).message}`);
  }

  if (!isObject(root) || !Array.isArray(root.suggestions)) {
    throw new SuggestionsFormatError("SuggestionsJson has no suggestions array.");
  }

  const byContent = new Map<string, Suggestion>();
  root.suggestions.forEach((value, index) => {
    const parsed = suggestion(value, index);
    if (parsed && !byContent.has(parsed.contentId)) byContent.set(parsed.contentId, parsed);
  });
  const suggestions = [...byContent.values()].sort((a, b) => a.rank - b.rank);
  return {
    id: text(root.id),
    phase: text(root.phase),
    ...("industry" in root ? { industry: text(root.industry).trim() || null } : {}),
    ...("buyerRoles" in root ? { buyerRoles: texts(root.buyerRoles) } : {}),
    warnings: texts(root.warnings),
    suggestions,
  };
}
