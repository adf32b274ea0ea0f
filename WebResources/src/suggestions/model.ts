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
  /**
   * The industry label the engine ranked for; null when it had none (missing or unknown);
   * undefined when the answer does not say (an engine older than the field).
   */
  readonly industry?: string | null;
  /**
   * The buyer-role labels the engine matched against (the deal's roles and its stakeholders'),
   * in vocabulary order; undefined when the answer does not say.
   */
  readonly buyerRoles?: readonly string[];
  readonly warnings: readonly string[];
  readonly suggestions: readonly Suggestion[];
}
