/** The opportunity's `statecode` values (Dataverse: 0 Open, 1 Won, 2 Lost). */
export const OpportunityState = {
  open: 0,
  won: 1,
  lost: 2,
} as const;
