import type { Reason } from "./model";
import { en, format, type StringKey, type Strings } from "./strings";

/** Facets whose chip is their template with the value as `{0}`. */
const valueTemplates: ReadonlyMap<string, StringKey> = new Map<string, StringKey>([
  ["industry", "reasonIndustry"],
  ["phase", "reasonPhase"],
  ["salesStage", "reasonSalesStage"],
  ["challenge", "reasonChallenge"],
  ["freshness", "reasonFreshness"],
]);

/** The engine's feedback value, "{h} helpful, {n} not helpful". */
const feedbackValue = /^(\d+) helpful, (\d+) not helpful$/;

/** The engine's English training text, `Refresher for "{title}"`. */
const trainingText = /^Refresher for "(.*)"$/s;

/** The title a refresher's reason names: from the answer's titles, else the engine's text, else the id. */
function refreshedTitle(reason: Reason, titles: ReadonlyMap<string, string>): string {
  return titles.get(reason.value) ?? trainingText.exec(reason.text)?.[1] ?? reason.value;
}

/** The people the engine's English buyer-role text names after "For the {role}: "; "" when none. */
function buyerRolePeople(reason: Reason): string {
  const prefix = `For the ${reason.value}: `;
  return reason.text.startsWith(prefix) ? reason.text.slice(prefix.length) : "";
}

/** The chip from the facet's template, or null for an unknown facet or a missing value. */
function composedText(reason: Reason, strings: Strings, titles: ReadonlyMap<string, string>): string | null {
  const { facet, value } = reason;
  if (facet === "pinned") return strings.reasonPinned;
  if (value.trim() === "") return null;

  const template = valueTemplates.get(facet);
  if (template !== undefined) return format(strings[template], value);
  if (facet === "buyerRole") {
    const people = buyerRolePeople(reason);
    return people === "" ? format(strings.reasonBuyerRole, value) : format(strings.reasonBuyerRoleWithPeople, value, people);
  }

  if (facet === "feedback") {
    const counts = feedbackValue.exec(value);
    return counts ? format(strings.reasonFeedback, counts[1], counts[2]) : value;
  }

  if (facet === "training") return format(strings.reasonTraining, refreshedTitle(reason, titles));
  return null;
}

/**
 * A reason chip's text in the panel's language, always plain text. The engine writes its texts in
 * English, so English shows them as they are; other languages (and an English reason without text)
 * compose the chip from the facet's template and the value. `titles` are the answer's titles by
 * content id, for naming what a refresher refreshes. Unknown facets keep the text, else the value.
 */
export function reasonText(reason: Reason, strings: Strings, titles: ReadonlyMap<string, string>): string {
  if (strings === en && reason.text !== "") return reason.text;
  return composedText(reason, strings, titles) ?? (reason.text || reason.value);
}
