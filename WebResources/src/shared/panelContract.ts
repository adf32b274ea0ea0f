/**
 * What the web resource page puts on its window for the form script (README "Contract").
 * Both functions take loosely typed arguments because the form hands over its own objects.
 */
export interface PanelWindowApi {
  /** Hands over the form's `Xrm` and form context; idempotent for the same record. */
  setClientApiContext(xrm: unknown, formContext: unknown): void;
  /** The form is saving a change that re-ranks the deal: refresh once the async step has run. */
  refreshAfterSave(): void;
}

/** The name of the web resource control on the opportunity main form. */
export const SuggestionsControlName = "WebResource_cen_suggestions";
