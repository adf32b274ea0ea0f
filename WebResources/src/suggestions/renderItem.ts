import { type Child, el, srOnly, uniqueId } from "./dom";
import { otherRoles } from "./grouping";
import type { Suggestion } from "./model";
import { reasonText } from "./reasonText";
import { safeHttpUrl } from "./safeUrl";
import { format, type Strings } from "./strings";

/** A rating the rep gave; shown as the pressed button. */
export type Rating = "helpful" | "notHelpful";

/** The parts of a rendered item the panel updates after an action. */
export interface ItemView {
  readonly li: HTMLLIElement;
  /** The title link (or the plain title when the URL is unsafe): where focus goes for this item. */
  readonly title: HTMLElement;
  readonly helpful: HTMLButtonElement;
  readonly notHelpful: HTMLButtonElement;
  /** Per-item polite live region for "Link copied" and failures. */
  readonly status: HTMLElement;
}

/** What the item's controls do; the panel implements them. */
export interface ItemHandlers {
  /** `byBrowser`: a modified click (new tab/window) the browser handles itself. */
  open(suggestion: Suggestion, url: string, byBrowser: boolean): void;
  copy(suggestion: Suggestion, url: string, view: ItemView): void;
  rate(suggestion: Suggestion, rating: Rating, view: ItemView): void;
  dismiss(suggestion: Suggestion, view: ItemView): void;
}

const knownFacets = new Set(["industry", "buyerRole", "phase", "salesStage", "challenge", "pinned", "feedback", "freshness", "training"]);

function button(text: string, describedBy: string, onClick: () => void, extra: Record<string, string> = {}): HTMLButtonElement {
  const node = el("button", { className: "cen-button", text, attrs: { type: "button", "aria-describedby": describedBy, ...extra } });
  node.addEventListener("click", onClick);
  return node;
}

function titleElement(suggestion: Suggestion, url: string | null, id: string, handlers: ItemHandlers): HTMLElement {
  if (url === null) {
    return el("span", { id, className: "cen-title-text", text: suggestion.title, attrs: { tabindex: "-1" } });
  }

  const link = el("a", { id, className: "cen-title-link", text: suggestion.title, attrs: { target: "_blank", rel: "noopener noreferrer" } });
  link.href = url;
  link.addEventListener("click", (event) => {
    const byBrowser = event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0;
    if (!byBrowser) event.preventDefault();
    handlers.open(suggestion, url, byBrowser);
  });
  return link;
}

function reasonChips(suggestion: Suggestion, strings: Strings, titles: ReadonlyMap<string, string>): HTMLElement | null {
  if (suggestion.reasons.length === 0) return null;
  const chips = el("p", { className: "cen-reasons" }, [srOnly(`${strings.whySuggested} `)]);
  suggestion.reasons.forEach((reason, index) => {
    if (index > 0) chips.append(srOnly(strings.listSeparator));
    const chip = el("span", { className: "cen-chip", text: reasonText(reason, strings, titles) });
    chip.dataset.facet = knownFacets.has(reason.facet) ? reason.facet : "other";
    chips.append(chip);
  });
  return chips;
}

/**
 * One suggestion as a list item: title link, kind and audience, roles, reason chips, actions.
 * `titles` are the answer's titles by content id (a refresher's chip names its source).
 */
export function renderItem(suggestion: Suggestion, strings: Strings, titles: ReadonlyMap<string, string>, handlers: ItemHandlers, rating?: Rating): ItemView {
  const url = safeHttpUrl(suggestion.url);
  const titleId = uniqueId("cen-title");
  const title = titleElement(suggestion, url, titleId, handlers);
  const meta = [suggestion.kind, suggestion.audience].filter((part) => part.trim() !== "").join(strings.metaSeparator);
  const also = otherRoles(suggestion);
  const status = el("span", { className: "cen-item-status", attrs: { "aria-live": "polite" } });
  const pressed = (value: Rating) => String(rating === value);

  const li = el("li", { className: "cen-item" });
  const view: ItemView = {
    li,
    title,
    status,
    helpful: button(strings.helpful, titleId, () => handlers.rate(suggestion, "helpful", view), { "aria-pressed": pressed("helpful") }),
    notHelpful: button(strings.notHelpful, titleId, () => handlers.rate(suggestion, "notHelpful", view), { "aria-pressed": pressed("notHelpful") }),
  };

  const actions = el("div", { className: "cen-actions" }, [
    url !== null && button(strings.open, titleId, () => handlers.open(suggestion, url, false)),
    url !== null && button(strings.copyLink, titleId, () => handlers.copy(suggestion, url, view)),
    view.helpful,
    view.notHelpful,
    button(strings.notForThisDeal, titleId, () => handlers.dismiss(suggestion, view), { "data-action": "dismiss" }),
  ]);

  const parts: Child[] = [
    el("h4", { className: "cen-title" }, [title]),
    url === null && el("p", { className: "cen-nolink", text: strings.noLink }),
    meta !== "" && el("p", { className: "cen-meta", text: meta }),
    also.length > 0 && el("p", { className: "cen-also", text: format(strings.alsoFor, also.join(strings.listSeparator)) }),
    reasonChips(suggestion, strings, titles),
    actions,
    status,
  ];
  for (const part of parts) {
    if (part) li.append(part);
  }

  li.dataset.contentId = suggestion.contentId;
  return view;
}
