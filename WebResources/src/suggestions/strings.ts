/**
 * Every text the panel shows, in one localisable resource. English is the reference: another
 * language must define exactly the same keys (the type enforces it, a test checks it at run time).
 * `{0}`, `{1}` are placeholders filled by {@link format}.
 */
export const en = {
  panelTitle: "Suggested content",
  loading: "Loading suggestions…",
  saveFirst: "Save the opportunity to see suggestions",
  phase: "Journey phase: {0}",
  emptyFor: "Nothing tagged yet for {0}",
  emptyForDeal: "Nothing tagged yet for this deal",
  allDismissed: "No more suggestions for this deal",
  lost: "This deal is lost, so no content is suggested.",
  tellEnablement: "Tell enablement",
  gapRecorded: "Thanks, enablement has been told",
  loadFailed: "Suggestions couldn't be loaded.",
  tryAgain: "Try again",
  updating: "Updating…",
  updated: "Suggestions updated",
  forEveryRole: "For every role",
  alsoFor: "Also for: {0}",
  whySuggested: "Why suggested:",
  noLink: "No valid link",
  note: "Note: {0}",
  open: "Open",
  copyLink: "Copy link",
  helpful: "Helpful",
  notHelpful: "Not helpful",
  notForThisDeal: "Not for this deal",
  linkCopied: "Link copied",
  copyFailed: "Couldn't copy the link",
  removed: "Removed: {0}",
  recordFailed: "Couldn't save that. Please try again.",
  combinationSeparator: " · ",
  metaSeparator: " · ",
  listSeparator: ", ",
  // Reason chips, one template per facet: `{0}` is the reason's value (see reasonText.ts).
  reasonIndustry: "Tailored to {0}",
  reasonBuyerRole: "For the {0}",
  reasonBuyerRoleWithPeople: "For the {0}: {1}",
  reasonPhase: "Made for the {0} phase",
  reasonSalesStage: "Made for the {0} stage",
  reasonChallenge: "Addresses the customer's {0} challenge",
  reasonPinned: "Pinned by enablement",
  reasonFeedback: "Reps rated it {0} helpful, {1} not helpful",
  reasonFreshness: "New: published {0}",
  reasonTraining: "Refresher for \"{0}\"",
} as const;

/** The keys every language defines. */
export type StringKey = keyof typeof en;

/** One language's texts. */
export type Strings = Readonly<Record<StringKey, string>>;

export const de: Strings = {
  panelTitle: "Vorgeschlagene Inhalte",
  loading: "Vorschläge werden geladen…",
  saveFirst: "Speichern Sie die Verkaufschance, um Vorschläge zu sehen",
  phase: "Phase: {0}",
  emptyFor: "Noch nichts verschlagwortet für {0}",
  emptyForDeal: "Noch nichts verschlagwortet für diese Verkaufschance",
  allDismissed: "Keine weiteren Vorschläge für diese Verkaufschance",
  lost: "Diese Verkaufschance ist verloren, daher werden keine Inhalte vorgeschlagen.",
  tellEnablement: "Enablement informieren",
  gapRecorded: "Danke, Enablement wurde informiert",
  loadFailed: "Die Vorschläge konnten nicht geladen werden.",
  tryAgain: "Erneut versuchen",
  updating: "Wird aktualisiert…",
  updated: "Vorschläge aktualisiert",
  forEveryRole: "Für jede Rolle",
  alsoFor: "Auch für: {0}",
  whySuggested: "Warum vorgeschlagen:",
  noLink: "Kein gültiger Link",
  note: "Hinweis: {0}",
  open: "Öffnen",
  copyLink: "Link kopieren",
  helpful: "Hilfreich",
  notHelpful: "Nicht hilfreich",
  notForThisDeal: "Nicht für diesen Deal",
  linkCopied: "Link kopiert",
  copyFailed: "Der Link konnte nicht kopiert werden",
  removed: "Entfernt: {0}",
  recordFailed: "Das konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.",
  combinationSeparator: " · ",
  metaSeparator: " · ",
  listSeparator: ", ",
  reasonIndustry: "Zugeschnitten auf {0}",
  reasonBuyerRole: "Für {0}",
  reasonBuyerRoleWithPeople: "Für {0}: {1}",
  reasonPhase: "Passend zur Phase {0}",
  reasonSalesStage: "Passend zur Vertriebsphase {0}",
  reasonChallenge: "Geht auf die Kundenherausforderung {0} ein",
  reasonPinned: "Von Enablement angeheftet",
  reasonFeedback: "Von Vertriebsmitarbeitern {0}× als hilfreich, {1}× als nicht hilfreich bewertet",
  reasonFreshness: "Neu: veröffentlicht am {0}",
  reasonTraining: "Auffrischung zu „{0}“",
};

/** Dataverse language ids (LCID) with a translation; anything else falls back to English. */
const byLanguageId: ReadonlyMap<number, { strings: Strings; tag: string }> = new Map([
  [1033, { strings: en, tag: "en" }],
  [1031, { strings: de, tag: "de" }],
]);

/** The texts and BCP 47 tag for a user's `languageId`; English when unknown. */
export function stringsFor(languageId: number | undefined): { strings: Strings; tag: string } {
  return (languageId !== undefined && byLanguageId.get(languageId)) || { strings: en, tag: "en" };
}

/** Fills `{0}`, `{1}` … with the values, as plain text (the result is only ever used as text). */
export function format(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => values[Number(index)] ?? whole);
}
