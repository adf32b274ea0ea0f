/** The `cen_GetContentSuggestions` Custom API: an unbound function (dataverse-platform.md §2.4). */
export const GetContentSuggestions = {
  name: "cen_GetContentSuggestions",
  opportunityIdParameter: "OpportunityId",
  responseProperty: "SuggestionsJson",
  /** `operationType` 1 = function. */
  operationType: 1,
  /** `structuralProperty` 1 = primitive. */
  primitive: 1,
  guidType: "Edm.Guid",
} as const;
