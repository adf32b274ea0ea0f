import { describe, expect, it } from "vitest";
import { contentBinding, InteractionAction, interactionRecord, recordInteraction } from "../../src/suggestions/actions";
import { fakeXrm, OpportunityId } from "../support/fakeXrm";

const opportunityBind = `/opportunities(${OpportunityId})`;

describe("interactions", () => {
  it.each([
    ["Opened", 103720000],
    ["Copied", 103720001],
    ["Helpful", 103720002],
    ["NotHelpful", 103720003],
    ["Dismissed", 103720004],
  ] as const)("%s records action %i against the opportunity and the content", (name, value) => {
    expect(InteractionAction[name]).toBe(value);
    expect(interactionRecord(InteractionAction[name], OpportunityId, "CNT-0042")).toEqual({
      cen_action: value,
      "cen_OpportunityId@odata.bind": opportunityBind,
      "cen_ContentId@odata.bind": "/cen_enablementcontents(cen_externalid='CNT-0042')",
    });
  });

  it("a gap (Tell enablement) has no content", () => {
    expect(InteractionAction.Gap).toBe(103720005);
    expect(interactionRecord(InteractionAction.Gap, OpportunityId, "CNT-1")).toEqual({ cen_action: 103720005, "cen_OpportunityId@odata.bind": opportunityBind });
  });

  it("doubles quotes in the content's external id", () => {
    expect(contentBinding("O'Brien's deck")).toBe("/cen_enablementcontents(cen_externalid='O''Brien''s deck')");
  });

  it("creates the row in cen_contentinteraction", async () => {
    const { xrm, createRecord } = fakeXrm();
    await recordInteraction(xrm.WebApi, InteractionAction.Helpful, OpportunityId, "CNT-7");
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", interactionRecord(InteractionAction.Helpful, OpportunityId, "CNT-7"));
  });
});
