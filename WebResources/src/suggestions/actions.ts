import { InteractionAction, type InteractionActionValue } from "../shared/interactionAction";
import { ContentTable, InteractionTable } from "../shared/interactionColumns";
import { OpportunityTable } from "../shared/opportunityColumns";
import type { PanelWebApi } from "./xrmTypes";

export { InteractionAction };

/** The alternate-key address of a content row: quotes doubled, as OData string literals need. */
export function contentBinding(contentId: string): string {
  return `/${ContentTable.entitySet}(${ContentTable.externalIdKey}='${contentId.replace(/'/g, "''")}')`;
}

/**
 * The `cen_contentinteraction` row for one action. A gap ("Tell enablement") has no content: it
 * says nothing fitted this deal.
 */
export function interactionRecord(action: InteractionActionValue, opportunityId: string, contentId?: string): Record<string, unknown> {
  const record: Record<string, unknown> = {
    [InteractionTable.action]: action,
    [InteractionTable.opportunityBind]: `/${OpportunityTable.entitySet}(${opportunityId})`,
  };
  if (action !== InteractionAction.Gap && contentId !== undefined) {
    record[InteractionTable.contentBind] = contentBinding(contentId);
  }

  return record;
}

/** Records what the rep did; resolves when Dataverse has the row. */
export async function recordInteraction(
  webApi: PanelWebApi,
  action: InteractionActionValue,
  opportunityId: string,
  contentId?: string,
): Promise<void> {
  await webApi.createRecord(InteractionTable.logicalName, interactionRecord(action, opportunityId, contentId));
}
