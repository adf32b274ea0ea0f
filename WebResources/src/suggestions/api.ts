import { GetContentSuggestions } from "../shared/customApi";
import { OpportunityColumns, OpportunityTable } from "../shared/opportunityColumns";
import type { SuggestionsResult } from "./model";
import { parseSuggestions } from "./parse";
import type { PanelWebApi } from "./xrmTypes";

/** The request object `Xrm.WebApi.online.execute` takes for the Custom API (dataverse-platform.md §2.4). */
export interface SuggestionsRequest {
  readonly OpportunityId: { readonly guid: string };
  getMetadata(): {
    boundParameter: null;
    operationName: string;
    operationType: number;
    parameterTypes: Record<string, { typeName: string; structuralProperty: number }>;
  };
}

/** Builds the `cen_GetContentSuggestions` request for one opportunity id (no braces, lower case). */
export function suggestionsRequest(opportunityId: string): SuggestionsRequest {
  return {
    [GetContentSuggestions.opportunityIdParameter]: { guid: opportunityId },
    getMetadata() {
      return {
        boundParameter: null,
        operationName: GetContentSuggestions.name,
        operationType: GetContentSuggestions.operationType,
        parameterTypes: {
          [GetContentSuggestions.opportunityIdParameter]: {
            typeName: GetContentSuggestions.guidType,
            structuralProperty: GetContentSuggestions.primitive,
          },
        },
      };
    },
  } as SuggestionsRequest;
}

/** The Custom API answered with an HTTP error status. */
export class SuggestionsRequestError extends Error {
  constructor(readonly status: number | undefined) {
    super(`cen_GetContentSuggestions answered with status ${status ?? "unknown"}.`);
    this.name = "SuggestionsRequestError";
  }
}

/** The one Custom API call of a load: execute, read `SuggestionsJson`, validate it. */
export async function fetchSuggestions(webApi: PanelWebApi, opportunityId: string): Promise<SuggestionsResult> {
  const response = await webApi.online.execute(suggestionsRequest(opportunityId));
  if (response.ok === false) throw new SuggestionsRequestError(response.status);
  const body = await response.json();
  const json = typeof body === "object" && body !== null ? (body as Record<string, unknown>)[GetContentSuggestions.responseProperty] : undefined;
  return parseSuggestions(json);
}

/** Whether this host's `Xrm.WebApi` can read the refreshed-on stamp at all. */
export function canReadRefreshStamp(webApi: PanelWebApi): boolean {
  return typeof webApi.retrieveRecord === "function" || typeof webApi.retrieveMultipleRecords === "function";
}

/**
 * The opportunity's `cen_suggestionsrefreshedon` (null when never refreshed). Uses
 * `retrieveRecord`; a host without it (a small test harness) is asked through
 * `retrieveMultipleRecords` with a filter on the id.
 */
export async function readRefreshStamp(webApi: PanelWebApi, opportunityId: string): Promise<string | null> {
  const column = OpportunityColumns.suggestionsRefreshedOn;
  let row: Record<string, unknown> | undefined;
  if (typeof webApi.retrieveRecord === "function") {
    row = await webApi.retrieveRecord(OpportunityTable.logicalName, opportunityId, `?$select=${column}`);
  } else if (typeof webApi.retrieveMultipleRecords === "function") {
    const page = await webApi.retrieveMultipleRecords(
      OpportunityTable.logicalName,
      `?$select=${column}&$filter=opportunityid eq ${opportunityId}`,
    );
    row = page.entities[0];
  } else {
    throw new Error("Xrm.WebApi can't read records here.");
  }

  const value = row?.[column];
  return value === undefined || value === null ? null : String(value);
}
