import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOpportunityForm } from "../../src/form/opportunityForm";
import { installPanel } from "../../src/suggestions/bootstrap";
import { lostRankingJson, settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeXrm, OpportunityId } from "../support/fakeXrm";
import { opportunityForm } from "../support/xrmForm";

/** The real page (in this jsdom window) behind an xrm-mock form whose Xrm talks to a fake Web API. */
function formWithPanel(options: Parameters<typeof opportunityForm>[0] = {}, answers = [suggestionsJson([suggestion({ title: "Claims ROI model" })])]) {
  const setup = opportunityForm(options);
  const fake = fakeXrm({ answers, stamps: ["t0", "t1"] });
  Object.assign(setup.xrm, { WebApi: fake.xrm.WebApi, Navigation: fake.xrm.Navigation });
  setup.control.getContentWindow = async () => window;
  installPanel(window);
  const form = createOpportunityForm(() => (globalThis as { Xrm?: unknown }).Xrm);
  return { ...setup, ...fake, form };
}

describe("form and panel together (xrm-mock)", () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("a new record shows the save message and calls nothing", async () => {
    const { form, eventContext, execute } = formWithPanel({ id: "" });
    form.onLoad(eventContext);
    await form.idle();
    await settle();
    expect(document.querySelector(".cen-body")?.textContent).toBe("Save the opportunity to see suggestions");
    expect(execute).not.toHaveBeenCalled();
  });

  it("a saved record loads once with its id, however often OnLoad runs", async () => {
    const { form, eventContext, execute } = formWithPanel();
    form.onLoad(eventContext);
    await form.idle();
    form.onLoad(eventContext);
    await form.idle();
    await settle();
    expect(execute).toHaveBeenCalledTimes(1);
    expect((execute.mock.calls[0]?.[0] as { OpportunityId: { guid: string } }).OpportunityId.guid).toBe(OpportunityId);
    expect(document.querySelector("li a")?.textContent).toBe("Claims ROI model");
  });

  it("a stage change saved refreshes the panel once the stamp moved", async () => {
    const { form, eventContext, formContext, attributes, execute, retrieveRecord } = formWithPanel({}, [
      suggestionsJson([suggestion({ title: "Awareness insight" })], { phase: "Awareness" }),
      suggestionsJson([suggestion({ title: "Buying business case" })], { phase: "Buying" }),
    ]);
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    form.onLoad(eventContext);
    await form.idle();
    await settle();
    formContext.data.entity.addOnSave(form.onSave);
    attributes.salesstage?.setValue(2 as never);
    formContext.data.entity.save();
    expect(retrieveRecord).toHaveBeenCalledTimes(1);
    expect(document.querySelector(".cen-status")?.textContent).toBe("Updating…");
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(execute).toHaveBeenCalledTimes(2);
    expect(document.querySelector("li a")?.textContent).toBe("Buying business case");
    expect(document.querySelector(".cen-status")?.textContent).toBe("Suggestions updated");
  });

  it("a lost deal's form shows the lost state from its statecode, with no Tell enablement", async () => {
    const { form, eventContext } = formWithPanel({ values: { statecode: 2 } }, [lostRankingJson()]);
    form.onLoad(eventContext);
    await form.idle();
    await settle();
    expect(document.querySelector("section")?.dataset.state).toBe("lost");
    expect(document.querySelector(".cen-body")?.textContent).toBe("This deal is lost, so no content is suggested.");
    expect(document.querySelectorAll("button")).toHaveLength(0);
  });

  it("a deal saved as lost moves to the lost state once the refresh has run", async () => {
    const { form, eventContext, formContext, attributes, createRecord } = formWithPanel({}, [
      suggestionsJson([suggestion({ title: "Buying business case" })]),
      lostRankingJson(),
    ]);
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    form.onLoad(eventContext);
    await form.idle();
    await settle();
    formContext.data.entity.addOnSave(form.onSave);
    attributes.statecode?.setValue(2 as never);
    formContext.data.entity.save();
    await vi.advanceTimersByTimeAsync(1000);
    await settle();
    expect(document.querySelector("section")?.dataset.state).toBe("lost");
    expect(document.querySelector("li")).toBeNull();
    expect([...document.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Tell enablement");
    expect(createRecord).not.toHaveBeenCalled();
  });
});
