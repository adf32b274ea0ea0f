import { SuggestionsControlName, type PanelWindowApi } from "../shared/panelContract";
import { rankingSnapshot } from "./rankingSnapshot";

type PanelWindow = Window & Partial<PanelWindowApi>;

/** The opportunity main form's handlers, plus a way for tests to wait for the async hand-over. */
export interface OpportunityForm {
  /** Form OnLoad: hands `Xrm` and the form context to the web resource page. */
  onLoad(executionContext: Xrm.Events.EventContext): void;
  /** Form OnSave: when stage, phase, status, roles or challenges changed, the panel refreshes after the save. */
  onSave(executionContext: Xrm.Events.EventContext): void;
  /** Settles when the latest hand-over or refresh request has reached the page (or given up). */
  idle(): Promise<void>;
}

function panelControl(formContext: Xrm.FormContext): Xrm.Controls.IframeControl | undefined {
  const control = formContext.ui?.controls?.get(SuggestionsControlName) as Xrm.Controls.IframeControl | null | undefined;
  return control && typeof control.getContentWindow === "function" ? control : undefined;
}

/** Runs `use` once the page has defined its API: now, or when the page finishes loading. */
function whenPanelReady(win: PanelWindow, use: (api: PanelWindowApi) => void): void {
  const ready = () => typeof win.setClientApiContext === "function" && typeof win.refreshAfterSave === "function";
  if (ready()) {
    use(win as PanelWindowApi);
    return;
  }

  win.addEventListener("load", () => ready() && use(win as PanelWindowApi), { once: true });
}

/**
 * Creates the handlers. `getXrm` returns the form's own global `Xrm` at call time: nothing is
 * taken from a parent or top window, and the deprecated page object is never used.
 */
export function createOpportunityForm(getXrm: () => unknown): OpportunityForm {
  let saved: string | undefined;
  let postSaveSnapshots = false;
  let pending: Promise<void> = Promise.resolve();
  const hooked = new WeakSet<object>();

  /** The page's window from the last hand-over, used synchronously while it is still alive. */
  let lastWindow: PanelWindow | undefined;

  const withPanel = (formContext: Xrm.FormContext, use: (api: PanelWindowApi) => void): void => {
    const control = panelControl(formContext);
    if (!control) return;
    pending = Promise.resolve()
      .then(() => control.getContentWindow())
      .then((win) => {
        lastWindow = win as PanelWindow;
        whenPanelReady(lastWindow, use);
      })
      // The control may not exist yet (collapsed tab); the next hand-over tries again.
      .catch(() => undefined);
  };

  /** Calls the page now when its window is known and alive, else after getContentWindow. */
  const withPanelNow = (formContext: Xrm.FormContext, use: (api: PanelWindowApi) => void): void => {
    const win = lastWindow;
    if (win && !win.closed && typeof win.refreshAfterSave === "function" && typeof win.setClientApiContext === "function") {
      use(win as PanelWindowApi);
      return;
    }

    withPanel(formContext, use);
  };

  const handOff = (formContext: Xrm.FormContext) => withPanel(formContext, (api) => api.setClientApiContext(getXrm(), formContext));

  const hook = (formContext: Xrm.FormContext): void => {
    if (hooked.has(formContext)) return;
    hooked.add(formContext);
    const entity = formContext.data?.entity;
    if (typeof entity?.addOnPostSave === "function") {
      postSaveSnapshots = true;
      // After a save the record may have its first id: hand over again (idempotent for the same id).
      entity.addOnPostSave(() => {
        saved = rankingSnapshot(formContext);
        handOff(formContext);
      });
    }

    // The form can destroy and re-create the control when its tab collapses and expands.
    const tab = panelControl(formContext)?.getParent?.()?.getParent?.();
    if (typeof tab?.addTabStateChange === "function") tab.addTabStateChange(() => handOff(formContext));
  };

  return {
    onLoad(executionContext) {
      const formContext = executionContext.getFormContext();
      saved = rankingSnapshot(formContext);
      hook(formContext);
      handOff(formContext);
    },
    onSave(executionContext) {
      const formContext = executionContext.getFormContext();
      const current = rankingSnapshot(formContext);
      const changed = saved === undefined || current !== saved;
      if (!postSaveSnapshots) saved = current;
      // Told now, synchronously, before the save request leaves: the panel reads the
      // refreshed-on stamp before the async step can change it, then waits for the change.
      if (changed) withPanelNow(formContext, (api) => void api.refreshAfterSave());
    },
    idle: () => pending,
  };
}
