import { afterEach, describe, expect, it, vi } from "vitest";
import { realSleep } from "../../src/suggestions/refresh";
import { settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm, OpportunityId } from "../support/fakeXrm";
import { createPanel, items, region } from "../support/panelHarness";

const develop = suggestionsJson([suggestion({ title: "Awareness insight" })], { phase: "Awareness" });
const propose = suggestionsJson([suggestion({ title: "Buying business case" })], { phase: "Buying" });

describe("SuggestionsPanel refresh after save", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("polls the refreshed-on stamp until it changes, then makes one more execute call", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, propose], stamps: ["2025-11-26T07:00:00Z", "2025-11-26T07:00:00Z", "2025-11-26T07:00:00Z", "2025-11-26T07:00:05Z"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    await harness.panel.refreshAfterSave();
    expect(fake.retrieveRecord).toHaveBeenCalledTimes(4);
    expect(fake.retrieveRecord).toHaveBeenCalledWith("opportunity", OpportunityId, "?$select=cen_suggestionsrefreshedon");
    expect(harness.sleeps).toEqual([1000, 1500, 2250]);
    expect(fake.execute).toHaveBeenCalledTimes(2);
    expect(items(harness.root)[0]?.textContent).toContain("Buying business case");
    expect(harness.root.querySelector(".cen-phase")?.textContent).toBe("Journey phase: Buying");
  });

  it("shows Updating… and announces it politely while waiting, then announces the update", async () => {
    vi.useFakeTimers();
    const harness = createPanel({ sleep: realSleep });
    const fake = fakeXrm({ answers: [develop, propose], stamps: ["t0", "t1"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await vi.advanceTimersByTimeAsync(0);
    const done = harness.panel.refreshAfterSave();
    await vi.advanceTimersByTimeAsync(0);
    const status = harness.root.querySelector(".cen-status") as HTMLElement;
    expect(status.textContent).toBe("Updating…");
    expect(status.getAttribute("aria-live")).toBe("polite");
    expect(region(harness.root).getAttribute("aria-busy")).toBe("true");
    expect(items(harness.root)[0]?.textContent).toContain("Awareness insight");
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(status.textContent).toBe("Suggestions updated");
    expect(region(harness.root).getAttribute("aria-busy")).toBe("false");
    expect(items(harness.root)[0]?.textContent).toContain("Buying business case");
  });

  it("reloads once anyway when the stamp never changes, and stops", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, propose], stamps: ["t0"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    await harness.panel.refreshAfterSave();
    expect(fake.retrieveRecord).toHaveBeenCalledTimes(11);
    expect(fake.execute).toHaveBeenCalledTimes(2);
    expect(items(harness.root)[0]?.textContent).toContain("Buying business case");
  });

  it("a second request while one is running starts no second poll", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, propose], stamps: ["t0", "t1"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    const first = harness.panel.refreshAfterSave();
    await harness.panel.refreshAfterSave();
    await first;
    expect(fake.retrieveRecord).toHaveBeenCalledTimes(2);
    expect(fake.execute).toHaveBeenCalledTimes(2);
  });

  it("does nothing for a new record", async () => {
    const harness = createPanel();
    const fake = fakeXrm();
    harness.panel.setClientApiContext(fake.xrm, fakeForm({ id: "" }));
    await harness.panel.refreshAfterSave();
    expect(fake.retrieveRecord).not.toHaveBeenCalled();
    expect(fake.execute).not.toHaveBeenCalled();
  });

  it("a host without record reads waits one step and reloads", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, propose] });
    const { retrieveRecord: _none, ...webApi } = fake.xrm.WebApi;
    harness.panel.setClientApiContext({ ...fake.xrm, WebApi: webApi }, fakeForm());
    await settle();
    await harness.panel.refreshAfterSave();
    expect(harness.sleeps).toEqual([1000]);
    expect(fake.execute).toHaveBeenCalledTimes(2);
  });

  it("switching record during the wait abandons the refresh", async () => {
    const other = "{11111111-2222-3333-4444-555555555555}";
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, propose], stamps: ["t0"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    const refreshing = harness.panel.refreshAfterSave();
    harness.panel.setClientApiContext(fake.xrm, fakeForm({ id: other }));
    await refreshing;
    await settle();
    expect(fake.execute).toHaveBeenCalledTimes(2);
    expect(fake.retrieveRecord.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("a failed reload after the wait shows the error state", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [develop, "{broken"], stamps: ["t0", "t1"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    await harness.panel.refreshAfterSave();
    expect(region(harness.root).dataset.state).toBe("error");
    expect(harness.root.querySelector(".cen-status")?.textContent).toBe("");
  });
});
