import { describe, expect, it, vi } from "vitest";
import { createOpportunityForm } from "../../src/form/opportunityForm";
import { settle } from "../support/builders";
import { fakePanelWindow, opportunityForm } from "../support/xrmForm";

const globalXrm = () => (globalThis as { Xrm?: unknown }).Xrm;

describe("opportunity form OnLoad", () => {
  it("hands the global Xrm and the form context to the page through getContentWindow", async () => {
    const { xrm, formContext, eventContext, page, getContentWindow } = opportunityForm();
    const form = createOpportunityForm(globalXrm);
    form.onLoad(eventContext);
    await form.idle();
    expect(getContentWindow).toHaveBeenCalledTimes(1);
    expect(page.setClientApiContext).toHaveBeenCalledWith(xrm, formContext);
  });

  it("reads Xrm when it runs, not when the library loaded", async () => {
    const form = createOpportunityForm(globalXrm);
    const { xrm, eventContext, page } = opportunityForm();
    form.onLoad(eventContext);
    await form.idle();
    expect(page.setClientApiContext?.mock.calls[0]?.[0]).toBe(xrm);
  });

  it("waits for the page's load when its script hasn't defined the API yet", async () => {
    const { eventContext, control, formContext } = opportunityForm();
    const page = fakePanelWindow(false);
    control.getContentWindow = vi.fn(async () => page as unknown as Window);
    const form = createOpportunityForm(globalXrm);
    form.onLoad(eventContext);
    await form.idle();
    expect(page.addEventListener).toHaveBeenCalledWith("load", expect.any(Function), { once: true });
    page.finishLoading();
    expect(page.setClientApiContext).toHaveBeenCalledWith(globalXrm(), formContext);
  });

  it("a form without the control, or a control that can't give its window, is left alone", async () => {
    const withoutControl = opportunityForm({ withControl: false });
    const form = createOpportunityForm(globalXrm);
    expect(() => form.onLoad(withoutControl.eventContext)).not.toThrow();
    const failing = opportunityForm();
    failing.control.getContentWindow = vi.fn(async () => Promise.reject(new Error("not rendered")));
    form.onLoad(failing.eventContext);
    await expect(form.idle()).resolves.toBeUndefined();
  });

  it("registers its post-save and tab handlers once however often OnLoad runs", async () => {
    const { eventContext, formContext, tab, page } = opportunityForm();
    const form = createOpportunityForm(globalXrm);
    form.onLoad(eventContext);
    form.onLoad(eventContext);
    await form.idle();
    expect((formContext.data.entity as unknown as { postSaveEventHandlers: unknown[] }).postSaveEventHandlers).toHaveLength(1);
    expect(tab.tabStateChangeHandlers).toHaveLength(1);
    expect(page.setClientApiContext).toHaveBeenCalledTimes(2);
  });

  it("hands over again when the tab's state changes (the control may be new)", async () => {
    const { eventContext, tab, page } = opportunityForm();
    const form = createOpportunityForm(globalXrm);
    form.onLoad(eventContext);
    await form.idle();
    tab.tabStateChangeHandlers[0]?.(eventContext);
    await form.idle();
    expect(page.setClientApiContext).toHaveBeenCalledTimes(2);
  });
});

describe("opportunity form OnSave", () => {
  async function loaded(values?: Record<string, unknown>) {
    const setup = opportunityForm({ values });
    const form = createOpportunityForm(globalXrm);
    form.onLoad(setup.eventContext);
    await form.idle();
    return { ...setup, form };
  }

  it.each([
    ["salesstage", 2],
    ["cen_journeyphase", 103720001],
    ["statecode", 1],
    ["cen_buyerroles", [103720000]],
    ["cen_customerchallenges", [103720001, 103720004]],
  ])("a changed %s tells the page to refresh after the save", async (name, value) => {
    const { form, eventContext, attributes, page } = await loaded();
    attributes[name]?.setValue(value as never);
    form.onSave(eventContext);
    await form.idle();
    expect(page.refreshAfterSave).toHaveBeenCalledTimes(1);
  });

  it("tells the page synchronously, before the save request can leave", async () => {
    const { form, eventContext, attributes, page } = await loaded();
    attributes.salesstage?.setValue(3 as never);
    form.onSave(eventContext);
    expect(page.refreshAfterSave).toHaveBeenCalledTimes(1);
  });

  it("a save that changed nothing that ranks asks for no refresh", async () => {
    const { form, eventContext, attributes, page } = await loaded({ name: "Claims platform" });
    attributes.name?.setValue("Claims platform renewal" as never);
    attributes.cen_buyerroles?.setValue([103720002, 103720000] as never);
    form.onSave(eventContext);
    await form.idle();
    expect(page.refreshAfterSave).not.toHaveBeenCalled();
  });

  it("compares with the values of the last save, not of the load", async () => {
    const { form, eventContext, formContext, attributes, page } = await loaded();
    formContext.data.entity.addOnSave(form.onSave);
    attributes.salesstage?.setValue(2 as never);
    formContext.data.entity.save();
    await form.idle();
    expect(page.refreshAfterSave).toHaveBeenCalledTimes(1);
    form.onSave(eventContext);
    expect(page.refreshAfterSave).toHaveBeenCalledTimes(1);
  });

  it("after the save the page gets the context again (a new record now has its id)", async () => {
    const { form, formContext, page } = await loaded();
    formContext.data.entity.addOnSave(form.onSave);
    formContext.data.entity.save();
    await form.idle();
    expect(page.setClientApiContext).toHaveBeenCalledTimes(2);
  });

  it("a page that went away is reached again through getContentWindow", async () => {
    const { form, eventContext, attributes, page, control } = await loaded();
    page.closed = true;
    const fresh = fakePanelWindow();
    control.getContentWindow = vi.fn(async () => fresh as unknown as Window);
    attributes.statecode?.setValue(1 as never);
    form.onSave(eventContext);
    await form.idle();
    await settle();
    expect(page.refreshAfterSave).not.toHaveBeenCalled();
    expect(fresh.refreshAfterSave).toHaveBeenCalledTimes(1);
  });
});
