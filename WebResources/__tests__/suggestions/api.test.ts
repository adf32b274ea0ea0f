import { describe, expect, it, vi } from "vitest";
import { canReadRefreshStamp, fetchSuggestions, readRefreshStamp, suggestionsRequest, SuggestionsRequestError } from "../../src/suggestions/api";
import { SuggestionsFormatError } from "../../src/suggestions/parse";
import { suggestion, suggestionsJson } from "../support/builders";
import { fakeXrm, OpportunityId } from "../support/fakeXrm";

describe("suggestionsRequest", () => {
  it("is the documented unbound-function request", () => {
    const request = suggestionsRequest(OpportunityId);
    expect(request.OpportunityId).toEqual({ guid: OpportunityId });
    expect(request.getMetadata()).toEqual({
      boundParameter: null,
      operationName: "cen_GetContentSuggestions",
      operationType: 1,
      parameterTypes: { OpportunityId: { typeName: "Edm.Guid", structuralProperty: 1 } },
    });
  });
});

describe("fetchSuggestions", () => {
  it("executes the request once and parses SuggestionsJson", async () => {
    const item = suggestion();
    const { xrm, execute } = fakeXrm({ answers: [suggestionsJson([item])] });
    const result = await fetchSuggestions(xrm.WebApi, OpportunityId);
    expect(execute).toHaveBeenCalledTimes(1);
    expect((execute.mock.calls[0]?.[0] as ReturnType<typeof suggestionsRequest>).OpportunityId.guid).toBe(OpportunityId);
    expect(result.suggestions).toEqual([item]);
  });

  it("fails on a non-OK response", async () => {
    const { xrm } = fakeXrm();
    xrm.WebApi.online.execute = vi.fn(async () => ({ ok: false, status: 500, json: async () => ({}) })) as never;
    await expect(fetchSuggestions(xrm.WebApi, OpportunityId)).rejects.toBeInstanceOf(SuggestionsRequestError);
  });

  it("fails when the body has no SuggestionsJson", async () => {
    const { xrm } = fakeXrm();
    xrm.WebApi.online.execute = vi.fn(async () => ({ ok: true, status: 200, json: async () => ({ other: 1 }) })) as never;
    await expect(fetchSuggestions(xrm.WebApi, OpportunityId)).rejects.toBeInstanceOf(SuggestionsFormatError);
  });
});

describe("readRefreshStamp", () => {
  it("retrieves only cen_suggestionsrefreshedon of the opportunity", async () => {
    const { xrm, retrieveRecord } = fakeXrm({ stamps: ["2025-11-26T07:00:00Z"] });
    await expect(readRefreshStamp(xrm.WebApi, OpportunityId)).resolves.toBe("2025-11-26T07:00:00Z");
    expect(retrieveRecord).toHaveBeenCalledWith("opportunity", OpportunityId, "?$select=cen_suggestionsrefreshedon");
  });

  it("reads null when the deal was never refreshed", async () => {
    const { xrm } = fakeXrm({ stamps: [null] });
    await expect(readRefreshStamp(xrm.WebApi, OpportunityId)).resolves.toBeNull();
  });

  it("falls back to retrieveMultipleRecords when the host has no retrieveRecord", async () => {
    const retrieveMultipleRecords = vi.fn(async () => ({ entities: [{ cen_suggestionsrefreshedon: "2025-11-26T08:00:00Z" }] }));
    const webApi = { online: { execute: vi.fn() }, createRecord: vi.fn(), retrieveMultipleRecords };
    await expect(readRefreshStamp(webApi as never, OpportunityId)).resolves.toBe("2025-11-26T08:00:00Z");
    expect(retrieveMultipleRecords).toHaveBeenCalledWith("opportunity", `?$select=cen_suggestionsrefreshedon&$filter=opportunityid eq ${OpportunityId}`);
  });

  it("knows when the host can't read records", () => {
    expect(canReadRefreshStamp({ online: { execute: vi.fn() }, createRecord: vi.fn() } as never)).toBe(false);
    expect(canReadRefreshStamp(fakeXrm().xrm.WebApi)).toBe(true);
  });
});
