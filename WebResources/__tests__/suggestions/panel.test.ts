import { describe, expect, it, vi } from "vitest";
import { emptyRankingJson, engineReasons, germanChips, lostRankingJson, settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm, OpportunityId } from "../support/fakeXrm";
import { buttons, createPanel, items, labelOf, region } from "../support/panelHarness";

const opportunityBind = `/opportunities(${OpportunityId})`;

async function ready(answers: string[], options: Parameters<typeof createPanel>[0] = {}, form = fakeForm()) {
  const harness = createPanel(options);
  const fake = fakeXrm({ answers });
  harness.panel.setClientApiContext(fake.xrm, form);
  await settle();
  return { ...harness, ...fake, form };
}

describe("SuggestionsPanel states", () => {
  it("shows the loading skeleton until the form hands over its context", () => {
    const { root } = createPanel();
    expect(region(root).dataset.state).toBe("loading");
    expect(root.querySelector(".cen-skeleton")?.getAttribute("aria-hidden")).toBe("true");
    expect(root.textContent).toContain("Loading suggestions…");
  });

  it("keeps the skeleton while the Custom API answers", () => {
    const { panel, root } = createPanel();
    const { xrm } = fakeXrm();
    xrm.WebApi.online.execute = vi.fn(() => new Promise(() => undefined)) as never;
    panel.setClientApiContext(xrm, fakeForm());
    expect(region(root).dataset.state).toBe("loading");
  });

  it.each([
    ["an empty id", fakeForm({ id: "" })],
    ["a create form", fakeForm({ formType: 1 })],
  ])("a new record (%s) asks to save first and makes no call", async (_name, form) => {
    const { panel, root } = createPanel();
    const { xrm, execute } = fakeXrm();
    panel.setClientApiContext(xrm, form);
    await settle();
    expect(root.querySelector(".cen-body")?.textContent).toBe("Save the opportunity to see suggestions");
    expect(region(root).dataset.state).toBe("save-first");
    expect(execute).not.toHaveBeenCalled();
  });

  it("renders the suggestions in a region named Suggested content after one execute call", async () => {
    const { root, execute } = await ready([suggestionsJson([suggestion({ title: "Claims ROI model" })])]);
    expect(execute).toHaveBeenCalledTimes(1);
    expect(labelOf(region(root))).toBe("Suggested content");
    expect(items(root).map((li) => li.querySelector("a")?.textContent)).toEqual(["Claims ROI model"]);
    expect(root.querySelector(".cen-phase")?.textContent).toBe("Journey phase: Buying");
  });

  it("shows the Custom API's warnings as notes", async () => {
    const { root } = await ready([suggestionsJson([suggestion()], { warnings: ["Unknown buyer role 'CFO'"] })]);
    expect(root.querySelector(".cen-warning")?.textContent).toBe("Note: Unknown buyer role 'CFO'");
  });

  it("the empty state names the industry, roles and phase the engine ranked for", async () => {
    const { root } = await ready([emptyRankingJson()], {}, fakeForm({ roles: ["Decision Maker"] }));
    expect(region(root).dataset.state).toBe("empty");
    expect(root.querySelector(".cen-message")?.textContent).toBe("Nothing tagged yet for Insurance · Economic Buyer · Champion · Buying");
  });

  it("the empty state leaves out what the engine doesn't know, whatever the form shows", async () => {
    const { root } = await ready([suggestionsJson([], { industry: null, buyerRoles: [] })], {}, fakeForm({ roles: ["Economic Buyer"] }));
    expect(root.querySelector(".cen-message")?.textContent).toBe("Nothing tagged yet for Buying");
  });

  it("the empty state falls back to the form's roles when the answer names none", async () => {
    const { root } = await ready([suggestionsJson([], { industry: undefined, buyerRoles: undefined })], {}, fakeForm({ roles: ["Economic Buyer", "Champion"] }));
    expect(root.querySelector(".cen-message")?.textContent).toBe("Nothing tagged yet for Economic Buyer · Champion · Buying");
  });

  it("the empty state without any label speaks of this deal", async () => {
    const { root } = await ready([suggestionsJson([], { phase: "", industry: null, buyerRoles: undefined })], {}, fakeForm({ roles: [] }));
    expect(root.querySelector(".cen-message")?.textContent).toBe("Nothing tagged yet for this deal");
  });

  it("Tell enablement records one gap for the opportunity", async () => {
    const { root, createRecord } = await ready([suggestionsJson([])]);
    const [tell] = buttons(root, "Tell enablement");
    tell?.click();
    tell?.click();
    await settle();
    expect(createRecord).toHaveBeenCalledTimes(1);
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", { cen_action: 103720005, "cen_OpportunityId@odata.bind": opportunityBind });
    expect(root.querySelector(".cen-status")?.textContent).toBe("Thanks, enablement has been told");
  });

  it("a lost deal shows a plain lost message in the region, and no Tell enablement", async () => {
    const { root, createRecord } = await ready([lostRankingJson()], {}, fakeForm({ state: 2 }));
    expect(labelOf(region(root))).toBe("Suggested content");
    expect(region(root).dataset.state).toBe("lost");
    expect(root.querySelector(".cen-body")?.textContent).toBe("This deal is lost, so no content is suggested.");
    expect(root.textContent).not.toContain("Nothing tagged yet");
    expect(buttons(root, "Tell enablement")).toHaveLength(0);
    expect(root.querySelectorAll("button")).toHaveLength(0);
    expect(createRecord).not.toHaveBeenCalled();
  });

  it("a lost deal shows no context line: the engine's English note would repeat the message", async () => {
    const { root } = await ready([lostRankingJson()], {}, fakeForm({ state: 2 }));
    expect(root.querySelector(".cen-context")?.childElementCount).toBe(0);
  });

  it("a lost deal shows the lost state even if a stale answer still has suggestions", async () => {
    const { root } = await ready([suggestionsJson([suggestion({ title: "Before the deal was lost" })])], {}, fakeForm({ state: 2 }));
    expect(region(root).dataset.state).toBe("lost");
    expect(items(root)).toHaveLength(0);
  });

  it.each([
    ["open", 0],
    ["won", 1],
    ["without a status on the form", undefined],
  ])("a deal %s with nothing to suggest keeps the empty state and Tell enablement", async (_name, state) => {
    const { root } = await ready([suggestionsJson([])], {}, fakeForm({ state }));
    expect(region(root).dataset.state).toBe("empty");
    expect(buttons(root, "Tell enablement")).toHaveLength(1);
  });

  it("a lost deal speaks German for a German user", async () => {
    const { panel, root } = createPanel();
    panel.setClientApiContext(fakeXrm({ languageId: 1031, answers: [lostRankingJson()] }).xrm, fakeForm({ state: 2 }));
    await settle();
    expect(labelOf(region(root))).toBe("Vorgeschlagene Inhalte");
    expect(root.querySelector(".cen-body")?.textContent).toBe("Diese Verkaufschance ist verloren, daher werden keine Inhalte vorgeschlagen.");
    expect(buttons(root, "Enablement informieren")).toHaveLength(0);
  });

  it("an error shows a plain message and Try again, which loads again", async () => {
    const { root, execute } = await ready(["{broken", suggestionsJson([suggestion({ title: "Back again" })])]);
    expect(region(root).dataset.state).toBe("error");
    expect(root.querySelector(".cen-message")?.textContent).toBe("Suggestions couldn't be loaded.");
    buttons(root, "Try again")[0]?.click();
    await settle();
    expect(execute).toHaveBeenCalledTimes(2);
    expect(items(root)[0]?.textContent).toContain("Back again");
  });

  it("a rejected execute call is an error too", async () => {
    const { panel, root } = createPanel();
    const { xrm } = fakeXrm();
    xrm.WebApi.online.execute = vi.fn(async () => Promise.reject({ errorCode: 2147746581, message: "Principal user is missing prvReadcen_enablementcontent" })) as never;
    panel.setClientApiContext(xrm, fakeForm());
    await settle();
    expect(region(root).dataset.state).toBe("error");
    expect(root.textContent).not.toContain("prvRead");
  });

  it("logs error details only when debugging", async () => {
    const quiet = await ready(["{broken"]);
    expect(quiet.log.error).not.toHaveBeenCalled();
    const loud = await ready(["{broken"], { debug: true });
    expect(loud.log.error).toHaveBeenCalledTimes(1);
  });

  it("a form context without an id getter is an error, not an exception", () => {
    const { panel, root } = createPanel();
    expect(() => panel.setClientApiContext(fakeXrm().xrm, {} as never)).not.toThrow();
    expect(region(root).dataset.state).toBe("error");
  });

  it("speaks German for a German user", async () => {
    const { panel, root } = createPanel();
    panel.setClientApiContext(fakeXrm({ languageId: 1031, answers: [suggestionsJson([suggestion()])] }).xrm, fakeForm());
    await settle();
    expect(labelOf(region(root))).toBe("Vorgeschlagene Inhalte");
    expect(document.documentElement.lang).toBe("de");
    expect(buttons(root, "Nicht für diesen Deal")).toHaveLength(1);
  });

  it("a German user's reason chips are German, and a dismissed source still names its refresher", async () => {
    const { panel, root } = createPanel();
    const source = suggestion({ contentId: "CNT-CLIENT", title: "ROI model for manufacturers", forRoles: [] });
    const refresher = suggestion({ title: "ROI training", reasons: engineReasons("CNT-CLIENT") });
    const json = suggestionsJson([source, refresher]);
    panel.setClientApiContext(fakeXrm({ languageId: 1031, answers: [json, json], stamps: ["t0", "t1"] }).xrm, fakeForm());
    await settle();
    const chips = () => [...root.querySelectorAll(`[data-content-id="${refresher.contentId}"] .cen-chip`)].map((c) => c.textContent);
    expect(chips()).toEqual(germanChips);

    const sourceItem = items(root).find((li) => li.dataset.contentId === source.contentId) as HTMLElement;
    buttons(sourceItem, "Nicht für diesen Deal")[0]?.click();
    await panel.refreshAfterSave();
    expect(items(root).map((li) => li.dataset.contentId)).toEqual([refresher.contentId]);
    expect(chips()).toEqual(germanChips);
  });

  it("marks data arrival and first render for the budget", async () => {
    const mark = vi.fn();
    await ready([suggestionsJson([suggestion()])], { mark });
    expect(mark.mock.calls).toEqual([["cen-data"], ["cen-rendered"]]);
  });
});

describe("SuggestionsPanel hand-over", () => {
  it("is idempotent: the same record again makes no second call and keeps the page", async () => {
    const { panel, root, execute, xrm, form } = await ready([suggestionsJson([suggestion()])]);
    const list = root.querySelector("ul");
    panel.setClientApiContext(xrm, form);
    panel.setClientApiContext(xrm, fakeForm());
    await settle();
    expect(execute).toHaveBeenCalledTimes(1);
    expect(root.querySelector("ul")).toBe(list);
  });

  it("another record re-renders with one more call", async () => {
    const { panel, root, execute, xrm } = await ready([suggestionsJson([suggestion({ title: "First deal's" })]), suggestionsJson([suggestion({ title: "Second deal's" })])]);
    panel.setClientApiContext(xrm, fakeForm({ id: "{11111111-2222-3333-4444-555555555555}" }));
    await settle();
    expect(execute).toHaveBeenCalledTimes(2);
    expect((execute.mock.calls[1]?.[0] as { OpportunityId: { guid: string } }).OpportunityId.guid).toBe("11111111-2222-3333-4444-555555555555");
    expect(items(root).map((li) => li.querySelector("a")?.textContent)).toEqual(["Second deal's"]);
  });

  it("a late answer for the previous record is dropped", async () => {
    const { panel, root } = createPanel();
    const slow = fakeXrm({ answers: [suggestionsJson([suggestion({ title: "Stale" })])] });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const execute = slow.xrm.WebApi.online.execute;
    slow.xrm.WebApi.online.execute = vi.fn(async (request: object) => {
      await gate;
      return execute(request);
    }) as never;
    panel.setClientApiContext(slow.xrm, fakeForm());
    panel.setClientApiContext(fakeXrm({ answers: [suggestionsJson([suggestion({ title: "Current" })])] }).xrm, fakeForm({ id: "{11111111-2222-3333-4444-555555555555}" }));
    await settle();
    release();
    await settle();
    expect(items(root).map((li) => li.querySelector("a")?.textContent)).toEqual(["Current"]);
  });

  it("a record saved for the first time loads on the next hand-over", async () => {
    const { panel, root, execute, xrm } = await ready([suggestionsJson([suggestion()])], {}, fakeForm({ id: "", formType: 1 }));
    expect(execute).not.toHaveBeenCalled();
    panel.setClientApiContext(xrm, fakeForm());
    await settle();
    expect(execute).toHaveBeenCalledTimes(1);
    expect(items(root)).toHaveLength(1);
  });
});
