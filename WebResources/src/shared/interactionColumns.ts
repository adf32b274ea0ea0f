/** The `cen_contentinteraction` table as the Web API addresses it. */
export const InteractionTable = {
  logicalName: "cen_contentinteraction",
  action: "cen_action",
  opportunityBind: "cen_OpportunityId@odata.bind",
  contentBind: "cen_ContentId@odata.bind",
} as const;

/** The content table, addressed by its alternate key so the panel needs no GUID lookups. */
export const ContentTable = {
  entitySet: "cen_enablementcontents",
  externalIdKey: "cen_externalid",
} as const;
