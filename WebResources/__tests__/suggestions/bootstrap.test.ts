import { describe, expect, it } from "vitest";
import { installPanel, RootId } from "../../src/suggestions/bootstrap";
import { isDebug } from "../../src/suggestions/debug";
import type { PanelWindowApi } from "../../src/shared/panelContract";
import { settle, suggestion, suggestionsJson } from "../support/builders";
import { fakeForm, fakeXrm } from "../support/fakeXrm";

describe("installPanel", () => {
  it("fills the shell's container and defines setClientApiContext and refreshAfterSave", async () => {
    document.body.replaceChildren();
    const main = document.createElement("main");
    main.id = RootId;
    document.body.append(main);
    const win = window as Window & Partial<PanelWindowApi>;
    installPanel(win);
    expect(typeof win.setClientApiContext).toBe("function");
    expect(typeof win.refreshAfterSave).toBe("function");
    expect(main.querySelector("section")).not.toBeNull();

    const fake = fakeXrm({ answers: [suggestionsJson([suggestion({ title: "Via the window" })])] });
    win.setClientApiContext?.(fake.xrm, fakeForm());
    await settle();
    expect(main.querySelector("li a")?.textContent).toBe("Via the window");
  });

  it("creates its container when the page has none", () => {
    document.body.replaceChildren();
    installPanel(window);
    expect(document.getElementById(RootId)?.tagName).toBe("MAIN");
  });
});

describe("isDebug", () => {
  const root = () => document.createElement("main");

  it.each([
    ["?debug=1", true],
    ["?data=debug", true],
    ["?data=debug%3D1", true],
    ["?id=%7B1%7D&data=foo%26debug", true],
    ["", false],
    ["?debug=0", false],
    ["?data=nodebugging", false],
  ])("%s → %s", (search, expected) => {
    expect(isDebug(search, root())).toBe(expected);
  });

  it("reads data-debug on the root", () => {
    const element = root();
    element.dataset.debug = "true";
    expect(isDebug("", element)).toBe(true);
  });
});
