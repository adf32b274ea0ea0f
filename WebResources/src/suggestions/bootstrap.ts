import type { PanelWindowApi } from "../shared/panelContract";
import { isDebug } from "./debug";
import { SuggestionsPanel } from "./panel";
import { DefaultRefreshPolicy, realSleep } from "./refresh";
import type { PanelFormContext, PanelXrm } from "./xrmTypes";

/** The id of the container the page's HTML shell provides. */
export const RootId = "cen-suggestions";

/**
 * Starts the panel in `win` and puts `setClientApiContext` and `refreshAfterSave` on it. Until the
 * form calls `setClientApiContext`, the panel shows its loading skeleton and touches no Xrm.
 */
export function installPanel(win: Window & Partial<PanelWindowApi>): SuggestionsPanel {
  const doc = win.document;
  let root = doc.getElementById(RootId);
  if (!root) {
    root = doc.createElement("main");
    root.id = RootId;
    doc.body.append(root);
  }

  const panel = new SuggestionsPanel(root, {
    sleep: realSleep,
    refreshPolicy: DefaultRefreshPolicy,
    debug: isDebug(win.location.search, root),
    log: console,
    clipboard: () => win.navigator.clipboard,
    openFallback: (url) => void win.open(url, "_blank", "noopener,noreferrer"),
    mark: (name) => win.performance?.mark?.(name),
  });

  win.setClientApiContext = (xrm, formContext) => panel.setClientApiContext(xrm as PanelXrm, formContext as PanelFormContext);
  win.refreshAfterSave = () => panel.refreshAfterSave();
  return panel;
}
