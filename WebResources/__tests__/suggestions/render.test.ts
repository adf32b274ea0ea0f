import { describe, expect, it, vi } from "vitest";
import { groupByRole } from "../../src/suggestions/grouping";
import { createShell, removeItem, showGroups } from "../../src/suggestions/render";
import type { ItemHandlers } from "../../src/suggestions/renderItem";
import { de, en, type Strings } from "../../src/suggestions/strings";
import { engineReasons, germanChips, suggestion } from "../support/builders";
import { buttons, labelOf } from "../support/panelHarness";

function handlers(): ItemHandlers {
  return { open: vi.fn(), copy: vi.fn(), rate: vi.fn(), dismiss: vi.fn() };
}

function render(list = [suggestion({ rank: 1 })], ratings = new Map(), strings: Strings = en) {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.append(root);
  const view = createShell(root, strings);
  const on = handlers();
  const titles = new Map(list.map((s) => [s.contentId, s.title]));
  const items = showGroups(view, strings, groupByRole(list), on, ratings, titles);
  return { root, view, on, items };
}

describe("render", () => {
  it("the panel is a region named by its heading, with a polite status", () => {
    const { view } = render();
    expect(view.section.tagName).toBe("SECTION");
    expect(labelOf(view.section)).toBe("Suggested content");
    expect(view.status.getAttribute("aria-live")).toBe("polite");
    expect(view.section.dataset.state).toBe("ready");
  });

  it("groups under role headings, then For every role, each group a list named by its heading", () => {
    const { root } = render([suggestion({ rank: 1, forRoles: ["Technical Buyer"] }), suggestion({ rank: 2, forRoles: [] }), suggestion({ rank: 3, forRoles: ["Champion"] })]);
    expect([...root.querySelectorAll("h3")].map((h) => h.textContent)).toEqual(["Technical Buyer", "Champion", "For every role"]);
    expect([...root.querySelectorAll("ul")].map((ul) => labelOf(ul))).toEqual(["Technical Buyer", "Champion", "For every role"]);
  });

  it("an item is a list item whose link text is the title, with kind, audience, roles and reason chips", () => {
    const item = suggestion({ title: "ROI model for claims", url: "https://content.example.com/roi", forRoles: ["Economic Buyer", "Champion"] });
    const { root } = render([item]);
    const li = root.querySelector("li");
    const link = li?.querySelector("a");
    expect(link?.textContent).toBe("ROI model for claims");
    expect(link?.getAttribute("href")).toBe("https://content.example.com/roi");
    expect(link?.rel).toBe("noopener noreferrer");
    expect(li?.querySelector(".cen-meta")?.textContent).toBe("Case Study · Client-facing");
    expect(li?.querySelector(".cen-also")?.textContent).toBe("Also for: Champion");
    expect([...(li?.querySelectorAll(".cen-chip") ?? [])].map((c) => c.textContent)).toEqual(["Insurance industry", "Buying phase"]);
  });

  it("a reason without text shows its value; unknown facets are styled as other", () => {
    const { root } = render([suggestion({ reasons: [{ facet: "made-up", value: "Pinned by enablement", text: "" }] })]);
    const chip = root.querySelector<HTMLElement>(".cen-chip");
    expect(chip?.textContent).toBe("Pinned by enablement");
    expect(chip?.dataset.facet).toBe("other");
  });

  it("in German, every facet's chip is German: people, feedback counts, the refresher's source title or else its id", () => {
    const source = suggestion({ contentId: "CNT-CLIENT", title: "ROI model for manufacturers", forRoles: ["Champion"] });
    const refresher = suggestion({ title: "ROI training", reasons: engineReasons("CNT-CLIENT") });
    const { items } = render([source, refresher], new Map(), de);
    const chips = items.get(refresher.contentId)?.li.querySelectorAll<HTMLElement>(".cen-chip") ?? [];
    expect([...chips].map((c) => c.textContent)).toEqual(germanChips);
    expect([...chips].map((c) => c.dataset.facet)).toEqual(engineReasons().map((r) => r.facet));
    expect(items.get(refresher.contentId)?.li.querySelector(".cen-reasons")?.textContent).toContain("Warum vorgeschlagen: Zugeschnitten auf Durable Manufacturing");
  });

  it("in English, every chip is the engine's text unchanged", () => {
    const refresher = suggestion({ reasons: engineReasons("CNT-CLIENT") });
    const { root } = render([suggestion({ contentId: "CNT-CLIENT", title: "Not the engine's title" }), refresher]);
    const li = [...root.querySelectorAll("li")].find((l) => l.dataset.contentId === refresher.contentId);
    expect([...(li?.querySelectorAll(".cen-chip") ?? [])].map((c) => c.textContent)).toEqual(engineReasons().map((r) => r.text));
  });

  it("has the five actions with exactly their names, described by the title", () => {
    const { root } = render();
    const li = root.querySelector("li") as HTMLLIElement;
    const titleId = li.querySelector("a")?.id;
    for (const name of ["Open", "Copy link", "Helpful", "Not helpful", "Not for this deal"]) {
      const [button] = buttons(li, name);
      expect(button, name).toBeDefined();
      expect(button?.type).toBe("button");
      expect(button?.getAttribute("aria-describedby")).toBe(titleId);
    }
    expect(buttons(li, "Helpful")[0]?.getAttribute("aria-pressed")).toBe("false");
  });

  it("shows a kept rating as pressed", () => {
    const item = suggestion();
    const { root } = render([item], new Map([[item.contentId, "notHelpful"]]));
    expect(buttons(root, "Not helpful")[0]?.getAttribute("aria-pressed")).toBe("true");
    expect(buttons(root, "Helpful")[0]?.getAttribute("aria-pressed")).toBe("false");
  });

  it.each(["javascript:alert(1)", "data:text/html,hi", "vbscript:msgbox(1)", "/relative/doc.pdf"])("an unsafe URL %j is plain text with no Open or Copy link", (url) => {
    const { root } = render([suggestion({ url, title: "Unsafe one" })]);
    const li = root.querySelector("li") as HTMLLIElement;
    expect(li.querySelector("a")).toBeNull();
    expect(li.querySelector(".cen-title")?.textContent).toBe("Unsafe one");
    expect(buttons(li, "Open")).toHaveLength(0);
    expect(buttons(li, "Copy link")).toHaveLength(0);
    expect(buttons(li, "Not for this deal")).toHaveLength(1);
    expect(li.textContent).toContain("No valid link");
    const attributes = [...li.querySelectorAll("*")].flatMap((e) => [...e.attributes].map((a) => a.value));
    expect(attributes.filter((value) => value.includes(url))).toEqual([]);
  });

  it("removing an item moves focus to the next title and drops an emptied group", () => {
    const first = suggestion({ rank: 1, forRoles: ["Champion"] });
    const second = suggestion({ rank: 2, forRoles: ["End User"] });
    const { root, view, items } = render([first, second]);
    const firstView = items.get(first.contentId);
    buttons(firstView?.li as HTMLElement, "Not for this deal")[0]?.focus();
    expect(removeItem(view, firstView as never)).toBe(true);
    expect(root.querySelectorAll("h3")).toHaveLength(1);
    expect(document.activeElement).toBe(items.get(second.contentId)?.title);
  });

  it("removing the last item moves focus to the heading and says none remain", () => {
    const only = suggestion();
    const { view, items } = render([only]);
    const item = items.get(only.contentId);
    buttons(item?.li as HTMLElement, "Not for this deal")[0]?.focus();
    expect(removeItem(view, item as never)).toBe(false);
    expect(document.activeElement).toBe(view.heading);
  });
});
