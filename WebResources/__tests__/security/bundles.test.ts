// @vitest-environment node
import { gzipSync } from "node:zlib";
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { BundleBudgetBytes } from "../../scripts/bundles.mjs";
import { bundle, staticFile } from "../support/bundles";
import { settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm } from "../support/fakeXrm";

/** The page as Dataverse serves it: the HTML shell, then the bundle run in that window. */
async function page() {
  const dom = new JSDOM(staticFile("suggestions.html"), { runScripts: "outside-only", url: "https://org.crm.dynamics.com/%7B0%7D/webresources/cen_/opportunity/suggestions.html" });
  dom.window.eval(await bundle("suggestions.js"));
  return dom.window as unknown as Window & { setClientApiContext?: (x: unknown, f: unknown) => void; refreshAfterSave?: () => unknown };
}

describe("suggestions.js bundle", () => {
  it("stays within 30 KB minified", async () => {
    const code = await bundle("suggestions.js");
    expect(code.length).toBeLessThanOrEqual(BundleBudgetBytes);
    expect(gzipSync(code).length).toBeLessThan(code.length);
  });

  it("is one IIFE that leaks no globals but the two contract functions", async () => {
    const code = await bundle("suggestions.js");
    expect(code.trimStart().startsWith("(()=>{") || code.trimStart().startsWith('"use strict";(()=>{')).toBe(true);
    const bare = new JSDOM("<!DOCTYPE html><main id=cen-suggestions></main>", { runScripts: "outside-only" }).window;
    const before = new Set(Object.keys(bare));
    bare.eval(code);
    // jsdom also exposes elements with an id as window properties; those are not globals of the bundle.
    const added = Object.keys(bare).filter((key) => !before.has(key) && !bare.document.getElementById(key));
    expect(added.sort()).toEqual(["refreshAfterSave", "setClientApiContext"]);
  });

  it("in its page, defines setClientApiContext and renders what the form hands over", async () => {
    const win = await page();
    expect(typeof win.setClientApiContext).toBe("function");
    expect(typeof win.refreshAfterSave).toBe("function");
    const fake = fakeXrm({ answers: [suggestionsJson([suggestion({ title: "From the bundle" })])] });
    win.setClientApiContext?.(fake.xrm, fakeForm());
    await settle();
    const region = win.document.querySelector("section");
    expect(win.document.getElementById(region?.getAttribute("aria-labelledby") ?? "")?.textContent).toBe("Suggested content");
    expect(win.document.querySelector("li a")?.textContent).toBe("From the bundle");
    expect(fake.execute).toHaveBeenCalledTimes(1);
  });
});

describe("form.js bundle", () => {
  it("exposes CrmEnablement.Opportunity.onLoad and onSave and hands over the window's Xrm", async () => {
    const dom = new JSDOM("<!DOCTYPE html>", { runScripts: "outside-only" });
    dom.window.eval(await bundle("form.js"));
    const win = dom.window as unknown as Record<string, unknown>;
    const opportunity = (win.CrmEnablement as { Opportunity: { onLoad: (c: unknown) => void; onSave: (c: unknown) => void } }).Opportunity;
    expect(typeof opportunity.onLoad).toBe("function");
    expect(typeof opportunity.onSave).toBe("function");

    const xrm = { marker: "the form's Xrm" };
    win.Xrm = xrm;
    const panel = { closed: false, setClientApiContext: vi.fn(), refreshAfterSave: vi.fn(), addEventListener: vi.fn() };
    const control = { getContentWindow: async () => panel, getParent: () => null };
    const formContext = { ui: { controls: { get: (name: string) => (name === "WebResource_cen_suggestions" ? control : null) } }, data: { entity: {} }, getAttribute: () => null };
    opportunity.onLoad({ getFormContext: () => formContext });
    await settle();
    expect(panel.setClientApiContext).toHaveBeenCalledWith(xrm, formContext);
  });
});
