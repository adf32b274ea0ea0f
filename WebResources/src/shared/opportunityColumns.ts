/** The opportunity table and the columns the panel and the form script read (dataverse-platform.md §4.1). */
export const OpportunityTable = {
  logicalName: "opportunity",
  entitySet: "opportunities",
} as const;

/** Opportunity columns by logical name. */
export const OpportunityColumns = {
  salesStage: "salesstage",
  journeyPhase: "cen_journeyphase",
  stateCode: "statecode",
  buyerRoles: "cen_buyerroles",
  challenges: "cen_customerchallenges",
  suggestionsRefreshedOn: "cen_suggestionsrefreshedon",
} as const;

/** Changing any of these on save re-ranks the deal, so the panel refreshes once the async step ran. */
export const RankingColumns: readonly string[] = [
  OpportunityColumns.salesStage,
  OpportunityColumns.journeyPhase,
  OpportunityColumns.stateCode,
  OpportunityColumns.buyerRoles,
  OpportunityColumns.challenges,
];
