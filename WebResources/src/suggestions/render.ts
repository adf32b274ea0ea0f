import { el } from "./dom";
import type { RoleGroup } from "./grouping";
import { renderItem, type ItemHandlers, type ItemView, type Rating } from "./renderItem";
import { format, type Strings } from "./strings";

/** What the panel shows; also on the section as `data-state` for tests and styling. */
export type PanelState = "loading" | "save-first" | "ready" | "empty" | "lost" | "error";

/** The panel's fixed frame: the region, its heading, the context line, the status and the body. */
export interface PanelView {
  readonly section: HTMLElement;
  readonly heading: HTMLHeadingElement;
  /** Journey phase and the Custom API's warnings. */
  readonly context: HTMLElement;
  /** Visible, polite live region: "Updating…", "Suggestions updated", "Removed: …". */
  readonly status: HTMLElement;
  /** Replaced for every state. */
  readonly body: HTMLElement;
}

/** Builds the region named "Suggested content" inside `root`, once per page. */
export function createShell(root: HTMLElement, strings: Strings): PanelView {
  const heading = el("h2", { id: "cen-heading", className: "cen-heading", text: strings.panelTitle, attrs: { tabindex: "-1" } });
  const context = el("div", { className: "cen-context" });
  const status = el("p", { className: "cen-status", attrs: { role: "status", "aria-live": "polite" } });
  const body = el("div", { className: "cen-body" });
  const section = el("section", { className: "cen-panel", attrs: { "aria-labelledby": heading.id } }, [heading, context, status, body]);
  root.replaceChildren(section);
  return { section, heading, context, status, body };
}

/** Puts the texts of the user's language on the frame and the document. */
export function relabelShell(view: PanelView, strings: Strings, languageTag: string): void {
  view.heading.textContent = strings.panelTitle;
  document.documentElement.lang = languageTag;
  document.title = strings.panelTitle;
}

/** Says something through the status live region (clears it with an empty string). */
export function announce(view: PanelView, message: string): void {
  view.status.textContent = message;
}

/** Marks the panel busy (refresh in progress) without hiding what it shows. */
export function setBusy(view: PanelView, busy: boolean): void {
  view.section.setAttribute("aria-busy", String(busy));
  view.section.classList.toggle("is-updating", busy);
}

/** Replaces the body; focus inside the old body moves to the heading instead of being lost. */
function showBody(view: PanelView, state: PanelState, ...nodes: Node[]): void {
  const hadFocus = view.body.contains(document.activeElement);
  view.body.replaceChildren(...nodes);
  view.section.dataset.state = state;
  if (hadFocus) view.heading.focus();
}

/** Skeleton placeholders while the Custom API answers. */
export function showSkeleton(view: PanelView, strings: Strings): void {
  const lines = [0, 1, 2].map(() => el("div", { className: "cen-skeleton-item" }, [el("div", { className: "cen-skeleton-line is-title" }), el("div", { className: "cen-skeleton-line" })]));
  view.context.replaceChildren();
  showBody(view, "loading", el("p", { className: "cen-sr-only", text: strings.loading }), el("div", { className: "cen-skeleton", attrs: { "aria-hidden": "true" } }, lines));
}

/** A new, unsaved record: nothing to rank yet. */
export function showSaveFirst(view: PanelView, strings: Strings): void {
  view.context.replaceChildren();
  showBody(view, "save-first", el("p", { className: "cen-message", text: strings.saveFirst }));
}

/** Plain message and a "Try again" button; details go to the console only when debugging. */
export function showError(view: PanelView, strings: Strings, onRetry: () => void): void {
  const retry = el("button", { className: "cen-button is-primary", text: strings.tryAgain, attrs: { type: "button" } });
  retry.addEventListener("click", onRetry);
  view.context.replaceChildren();
  showBody(view, "error", el("p", { className: "cen-message is-error", text: strings.loadFailed }), retry);
}

/** Nothing to suggest: the message names the combination; the button flags the gap. */
export function showEmpty(view: PanelView, strings: Strings, message: string, onTell: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const tell = el("button", { className: "cen-button is-primary", text: strings.tellEnablement, attrs: { type: "button" } });
  tell.addEventListener("click", () => onTell(tell));
  showBody(view, "empty", el("p", { className: "cen-message", text: message }), tell);
  return tell;
}

/**
 * A lost deal: the engine suggests nothing, and that is no gap in the catalogue, so a plain
 * message and no "Tell enablement". No context line either: the engine's note says the same.
 */
export function showLost(view: PanelView, strings: Strings): void {
  view.context.replaceChildren();
  showBody(view, "lost", el("p", { className: "cen-message", text: strings.lost }));
}

/** The journey phase the deal is in, and the Custom API's warnings, above the list. */
export function showContext(view: PanelView, strings: Strings, phase: string, warnings: readonly string[]): void {
  view.context.replaceChildren(
    ...(phase ? [el("p", { className: "cen-phase", text: format(strings.phase, phase) })] : []),
    ...warnings.map((warning) => el("p", { className: "cen-warning", text: format(strings.note, warning) })),
  );
}

/**
 * The suggestions: per group a heading and a list; returns each item's view by content id.
 * `titles` are the whole answer's titles by content id, dismissed items' too.
 */
export function showGroups(
  view: PanelView,
  strings: Strings,
  groups: readonly RoleGroup[],
  handlers: ItemHandlers,
  ratings: ReadonlyMap<string, Rating>,
  titles: ReadonlyMap<string, string>,
): Map<string, ItemView> {
  const items = new Map<string, ItemView>();
  const blocks = groups.map((group, index) => {
    const heading = el("h3", { id: `cen-group-${index}`, className: "cen-group-heading", text: group.role ?? strings.forEveryRole });
    const list = el("ul", { className: "cen-list", attrs: { "aria-labelledby": heading.id } });
    for (const suggestion of group.items) {
      const item = renderItem(suggestion, strings, titles, handlers, ratings.get(suggestion.contentId));
      items.set(suggestion.contentId, item);
      list.append(item.li);
    }

    return el("div", { className: "cen-group" }, [heading, list]);
  });
  showBody(view, "ready", ...blocks);
  return items;
}

/**
 * Takes an item off the page at once. Focus, if it was in the item, goes to the next item's
 * title, else the previous one's, else the heading. An emptied group goes too.
 * Returns whether any items remain.
 */
export function removeItem(view: PanelView, item: ItemView): boolean {
  const all = [...view.body.querySelectorAll<HTMLLIElement>("li.cen-item")];
  const index = all.indexOf(item.li);
  const neighbour = all[index + 1] ?? all[index - 1];
  const hadFocus = item.li.contains(document.activeElement);
  const group = item.li.closest(".cen-group");
  item.li.remove();
  if (group && !group.querySelector("li.cen-item")) group.remove();
  if (hadFocus) {
    const target = neighbour?.querySelector<HTMLElement>(".cen-title a, .cen-title span[tabindex]");
    (target ?? view.heading).focus();
  }

  return all.length > 1;
}
