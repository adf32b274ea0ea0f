import { vi } from "vitest";
import { SuggestionsPanel, type PanelDeps } from "../../src/suggestions/panel";
import { DefaultRefreshPolicy } from "../../src/suggestions/refresh";

/** A panel in a fresh <main>, with recorded sleeps, clipboard and console. */
export function createPanel(overrides: Partial<PanelDeps> = {}) {
  document.body.replaceChildren();
  const root = document.createElement("main");
  document.body.append(root);
  const sleeps: number[] = [];
  const writeText = vi.fn(async (_text: string) => undefined);
  const log = { error: vi.fn() };
  const openFallback = vi.fn();
  const deps: PanelDeps = {
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    refreshPolicy: DefaultRefreshPolicy,
    debug: false,
    log,
    clipboard: () => ({ writeText }),
    openFallback,
    ...overrides,
  };
  const panel = new SuggestionsPanel(root, deps);
  return { panel, root, sleeps, writeText, log, openFallback };
}

/** The region named "Suggested content" (or whatever its heading says). */
export function region(root: HTMLElement): HTMLElement {
  const section = root.querySelector("section");
  if (!section) throw new Error("no section");
  return section;
}

/** The accessible name of an element labelled by another (aria-labelledby). */
export function labelOf(element: Element): string {
  const ids = (element.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

/** Buttons by their accessible name (their text: none of them has aria-label). */
export function buttons(scope: ParentNode, name: string): HTMLButtonElement[] {
  return [...scope.querySelectorAll("button")].filter((b) => (b.getAttribute("aria-label") ?? b.textContent) === name);
}

/** The list items of the suggestions, in page order. */
export function items(root: HTMLElement): HTMLLIElement[] {
  return [...root.querySelectorAll<HTMLLIElement>("section ul > li")];
}
