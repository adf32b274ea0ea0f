import { describe, expect, it } from "vitest";
import { currentRecordId, normalizeId } from "../../src/suggestions/recordId";
import { fakeForm, OpportunityGuid, OpportunityId } from "../support/fakeXrm";

describe("recordId", () => {
  it("strips braces and lower-cases", () => {
    expect(normalizeId(`{${OpportunityGuid}}`)).toBe(OpportunityId);
    expect(normalizeId(null)).toBe("");
  });

  it("reads the saved record's id", () => {
    expect(currentRecordId(fakeForm())).toBe(OpportunityId);
  });

  it("has no id for an empty id", () => {
    expect(currentRecordId(fakeForm({ id: "" }))).toBeNull();
  });

  it("has no id on a create form even when the form reports one", () => {
    expect(currentRecordId(fakeForm({ formType: 1 }))).toBeNull();
  });
});
