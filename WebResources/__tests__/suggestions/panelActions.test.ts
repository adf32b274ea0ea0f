import { describe, expect, it, vi } from "vitest";
import { settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm, OpportunityId } from "../support/fakeXrm";
import { buttons, createPanel, items } from "../support/panelHarness";

const opportunityBind = `/opportunities(${OpportunityId})`;
const record = (action: number, contentId: string) => ({
  cen_action: action,
  "cen_OpportunityId@odata.bind": opportunityBind,
  "cen_ContentId@odata.bind": `/cen_enablementcontents(cen_externalid='${contentId}')`,
});

async function ready(list = [suggestion({ contentId: "CNT-0001", url: "https://content.example.com/a" })], options: Parameters<typeof createPanel>[0] = {}) {
  const harness = createPanel(options);
  const fake = fakeXrm({ answers: [suggestionsJson(list)] });
  harness.panel.setClientApiContext(fake.xrm, fakeForm());
  await settle();
  const li = items(harness.root)[0] as HTMLLIElement;
  return { ...harness, ...fake, li };
}

describe("SuggestionsPanel actions", () => {
  it("a click on the title opens it through Xrm.Navigation.openUrl and records Opened", async () => {
    const { li, openUrl, createRecord } = await ready();
    const link = li.querySelector("a") as HTMLAnchorElement;
    const click = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    link.dispatchEvent(click);
    await settle();
    expect(click.defaultPrevented).toBe(true);
    expect(openUrl).toHaveBeenCalledWith("https://content.example.com/a");
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", record(103720000, "CNT-0001"));
  });

  it("a ctrl-click is left to the browser (new tab) and still records Opened", async () => {
    const { li, openUrl, createRecord } = await ready();
    const click = new MouseEvent("click", { bubbles: true, cancelable: true, ctrlKey: true });
    li.querySelector("a")?.dispatchEvent(click);
    await settle();
    expect(click.defaultPrevented).toBe(false);
    expect(openUrl).not.toHaveBeenCalled();
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", record(103720000, "CNT-0001"));
  });

  it("the Open button does the same", async () => {
    const { li, openUrl, createRecord } = await ready();
    buttons(li, "Open")[0]?.click();
    await settle();
    expect(openUrl).toHaveBeenCalledWith("https://content.example.com/a");
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", record(103720000, "CNT-0001"));
  });

  it("without Xrm.Navigation the page opens the URL itself", async () => {
    const harness = createPanel();
    const fake = fakeXrm({ answers: [suggestionsJson([suggestion({ url: "https://content.example.com/b" })])] });
    const { Navigation: _dropped, ...xrm } = fake.xrm;
    harness.panel.setClientApiContext(xrm, fakeForm());
    await settle();
    buttons(harness.root, "Open")[0]?.click();
    expect(harness.openFallback).toHaveBeenCalledWith("https://content.example.com/b");
  });

  it("Copy link writes the URL to the clipboard, confirms visibly and records Copied", async () => {
    const { li, writeText, createRecord } = await ready();
    buttons(li, "Copy link")[0]?.click();
    await settle();
    expect(writeText).toHaveBeenCalledWith("https://content.example.com/a");
    expect(li.querySelector(".cen-item-status")?.textContent).toBe("Link copied");
    expect(li.querySelector(".cen-item-status")?.getAttribute("aria-live")).toBe("polite");
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", record(103720001, "CNT-0001"));
  });

  it("a refused clipboard says so and records nothing", async () => {
    const writeText = vi.fn(async () => Promise.reject(new Error("NotAllowedError")));
    const { li, createRecord } = await ready(undefined, { clipboard: () => ({ writeText }) });
    buttons(li, "Copy link")[0]?.click();
    await settle();
    expect(li.querySelector(".cen-item-status")?.textContent).toBe("Couldn't copy the link");
    expect(createRecord).not.toHaveBeenCalled();
  });

  it("no clipboard at all says so", async () => {
    const { li } = await ready(undefined, { clipboard: () => undefined });
    buttons(li, "Copy link")[0]?.click();
    expect(li.querySelector(".cen-item-status")?.textContent).toBe("Couldn't copy the link");
  });

  it("Helpful records Helpful once and shows it pressed; Not helpful then switches", async () => {
    const { li, createRecord } = await ready();
    const helpful = buttons(li, "Helpful")[0] as HTMLButtonElement;
    const notHelpful = buttons(li, "Not helpful")[0] as HTMLButtonElement;
    helpful.click();
    helpful.click();
    await settle();
    expect(helpful.getAttribute("aria-pressed")).toBe("true");
    expect(notHelpful.getAttribute("aria-pressed")).toBe("false");
    expect(createRecord.mock.calls).toEqual([["cen_contentinteraction", record(103720002, "CNT-0001")]]);
    notHelpful.click();
    await settle();
    expect(helpful.getAttribute("aria-pressed")).toBe("false");
    expect(notHelpful.getAttribute("aria-pressed")).toBe("true");
    expect(createRecord).toHaveBeenLastCalledWith("cen_contentinteraction", record(103720003, "CNT-0001"));
  });

  it("a rating that can't be recorded is un-pressed and says so", async () => {
    const { li, createRecord } = await ready();
    createRecord.mockRejectedValueOnce(new Error("offline"));
    const helpful = buttons(li, "Helpful")[0] as HTMLButtonElement;
    helpful.click();
    await settle();
    expect(helpful.getAttribute("aria-pressed")).toBe("false");
    expect(li.querySelector(".cen-item-status")?.textContent).toBe("Couldn't save that. Please try again.");
  });

  it("Not for this deal removes the item at once, announces it and records Dismissed", async () => {
    const { root, li, createRecord } = await ready([suggestion({ rank: 1, contentId: "CNT-0001", title: "Goner" }), suggestion({ rank: 2, contentId: "CNT-0002", title: "Keeper" })]);
    buttons(li, "Not for this deal")[0]?.click();
    expect(items(root).map((i) => i.querySelector("a")?.textContent)).toEqual(["Keeper"]);
    expect(root.querySelector(".cen-status")?.textContent).toBe("Removed: Goner");
    await settle();
    expect(createRecord).toHaveBeenCalledWith("cen_contentinteraction", record(103720004, "CNT-0001"));
  });

  it("a dismissed item stays away when a later load still returns it", async () => {
    const goner = suggestion({ rank: 1, contentId: "CNT-0001", title: "Goner" });
    const keeper = suggestion({ rank: 2, contentId: "CNT-0002", title: "Keeper" });
    const harness = createPanel();
    const fake = fakeXrm({ answers: [suggestionsJson([goner, keeper])], stamps: ["t0", "t1"] });
    harness.panel.setClientApiContext(fake.xrm, fakeForm());
    await settle();
    buttons(items(harness.root)[0] as HTMLElement, "Not for this deal")[0]?.click();
    await harness.panel.refreshAfterSave();
    expect(fake.execute).toHaveBeenCalledTimes(2);
    expect(items(harness.root).map((i) => i.querySelector("a")?.textContent)).toEqual(["Keeper"]);
  });

  it("dismissing the last item shows that none are left, with Tell enablement", async () => {
    const { root, li } = await ready();
    buttons(li, "Not for this deal")[0]?.click();
    expect(root.querySelector(".cen-message")?.textContent).toBe("No more suggestions for this deal");
    expect(buttons(root, "Tell enablement")).toHaveLength(1);
  });
});
