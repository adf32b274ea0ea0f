/** One reason a suggestion was made, shown as a chip. */
export interface Reason {
  readonly facet: string;
  readonly value: string;
  readonly text: string;
}

/** One ranked piece of content, as the Custom API returns it (after validation). */
export interface Suggestion {
  readonly rank: number;
  readonly contentId: string;
  readonly title: string;
  readonly url: string;
  readonly kind: string;
  readonly audience: string;
  readonly score: number;
  readonly forRoles: readonly string[];
  readonly reasons: readonly Reason[];
}

/** The Custom API's answer for one opportunity. */
export interface SuggestionsResult {
  readonly id: string;
  readonly phase: string;
  readonly warnings: readonly string[];
  readonly suggestions: readonly Suggestion[];
  /** Not sent by the Custom API today; used for the empty state's message when present. */
  readonly industry?: string;
}
