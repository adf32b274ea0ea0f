import type { InteractionActionValue } from "../shared/interactionAction";
import { OpportunityColumns } from "../shared/opportunityColumns";
import { OpportunityState } from "../shared/opportunityState";
import { InteractionAction, recordInteraction } from "./actions";
import { canReadRefreshStamp, fetchSuggestions, readRefreshStamp } from "./api";
import { groupByRole } from "./grouping";
import type { Suggestion, SuggestionsResult } from "./model";
import { currentRecordId } from "./recordId";
import { waitForStampChange, type RefreshPolicy, type Sleep } from "./refresh";
import * as view from "./render";
import type { ItemHandlers, ItemView, Rating } from "./renderItem";
import { en, format, stringsFor, type Strings } from "./strings";
import type { PanelFormContext, PanelXrm } from "./xrmTypes";

/** What the panel gets from its page; injected so tests control time, clipboard and logging. */
export interface PanelDeps {
  readonly sleep: Sleep;
  readonly refreshPolicy: RefreshPolicy;
  /** Error details go to the console only when true (`?debug=1`). */
  readonly debug: boolean;
  readonly log: Pick<Console, "error">;
  readonly clipboard: () => Pick<Clipboard, "writeText"> | undefined;
  /** Used only when the host's Xrm has no `Navigation.openUrl`. */
  readonly openFallback: (url: string) => void;
  /** Marks "data arrived" / "rendered" for the first-render budget (performance.mark). */
  readonly mark?: (name: string) => void;
}

const ratingAction = { helpful: InteractionAction.Helpful, notHelpful: InteractionAction.NotHelpful } as const;

/**
 * The "Suggested content" panel: waits for the form's context, makes one Custom API call per
 * load, renders, and records what the rep does. Dismissed items stay hidden for the page's life
 * even if a load still returns them (the async step may not have caught up yet).
 */
export class SuggestionsPanel {
  private readonly frame: view.PanelView;
  private strings: Strings = en;
  private xrm?: PanelXrm;
  private formContext?: PanelFormContext;
  /** undefined until the first context; null for a new, unsaved record. */
  private recordId: string | null | undefined;
  /** Bumped by every load or refresh; an older async result that comes back late is dropped. */
  private generation = 0;
  private refreshing = false;
  private readonly dismissed = new Map<string, Set<string>>();
  private readonly ratings = new Map<string, Map<string, Rating>>();

  constructor(root: HTMLElement, private readonly deps: PanelDeps) {
    this.frame = view.createShell(root, this.strings);
    view.showSkeleton(this.frame, this.strings);
  }

  /** The form's hand-over (README "Contract"). Same record again: nothing happens. */
  setClientApiContext(xrm: PanelXrm, formContext: PanelFormContext): void {
    this.xrm = xrm;
    this.formContext = formContext;
    let id: string | null;
    try {
      id = currentRecordId(formContext);
    } catch (error) {
      this.fail(error);
      return;
    }

    if (this.recordId !== undefined && id === this.recordId) return;
    this.applyLanguage(xrm);
    this.recordId = id;
    if (id === null) {
      this.generation += 1;
      view.showSaveFirst(this.frame, this.strings);
      return;
    }

    void this.load(false);
  }

  /** One Custom API call and a render. Resolves true when suggestions (or the empty state) show. */
  async load(keepContent: boolean): Promise<boolean> {
    const id = this.recordId;
    const xrm = this.xrm;
    if (!id || !xrm) return false;
    const generation = ++this.generation;
    if (!keepContent) view.showSkeleton(this.frame, this.strings);
    try {
      const result = await fetchSuggestions(xrm.WebApi, id);
      if (generation !== this.generation) return false;
      this.deps.mark?.("cen-data");
      this.render(result, id, xrm);
      this.deps.mark?.("cen-rendered");
      return true;
    } catch (error) {
      if (generation === this.generation) this.fail(error);
      return false;
    }
  }

  /**
   * After a save that re-ranks the deal: shows "Updating…", waits (bounded) until the async step
   * has stamped `cen_suggestionsrefreshedon`, then loads again; loads once anyway if it never does.
   */
  async refreshAfterSave(): Promise<void> {
    const id = this.recordId;
    const xrm = this.xrm;
    if (!id || !xrm || this.refreshing) return;
    this.refreshing = true;
    const generation = ++this.generation;
    const cancelled = () => generation !== this.generation;
    view.setBusy(this.frame, true);
    view.announce(this.frame, this.strings.updating);
    try {
      if (canReadRefreshStamp(xrm.WebApi)) {
        await waitForStampChange(() => readRefreshStamp(xrm.WebApi, id), this.deps.sleep, this.deps.refreshPolicy, cancelled);
      } else {
        await this.deps.sleep(this.deps.refreshPolicy.firstDelayMs);
      }

      const loaded = !cancelled() && (await this.load(true));
      view.announce(this.frame, loaded ? this.strings.updated : "");
    } finally {
      this.refreshing = false;
      view.setBusy(this.frame, false);
    }
  }

  private applyLanguage(xrm: PanelXrm): void {
    let languageId: number | undefined;
    try {
      languageId = xrm.Utility?.getGlobalContext?.()?.userSettings?.languageId;
    } catch {
      languageId = undefined;
    }

    const { strings, tag } = stringsFor(languageId);
    this.strings = strings;
    view.relabelShell(this.frame, strings, tag);
  }

  private fail(error: unknown): void {
    if (this.deps.debug) this.deps.log.error("[cen suggestions]", error);
    view.showError(this.frame, this.strings, () => void this.load(false));
  }

  private render(result: SuggestionsResult, id: string, xrm: PanelXrm): void {
    if (this.formSaysLost()) {
      view.showLost(this.frame, this.strings);
      return;
    }

    view.showContext(this.frame, this.strings, result.phase, result.warnings);
    const dismissed = this.setFor(this.dismissed, id, () => new Set<string>());
    const visible = result.suggestions.filter((s) => !dismissed.has(s.contentId));
    if (visible.length === 0) {
      const message = result.suggestions.length === 0 ? this.emptyMessage(result) : this.strings.allDismissed;
      view.showEmpty(this.frame, this.strings, message, (button) => this.tellEnablement(xrm, id, button));
      return;
    }

    const titles = new Map(result.suggestions.map((s) => [s.contentId, s.title]));
    view.showGroups(this.frame, this.strings, groupByRole(visible), this.handlers(xrm, id), this.setFor(this.ratings, id, () => new Map()), titles);
  }

  /**
   * "Nothing tagged yet for Insurance · Economic Buyer · Buying": what the engine ranked for, the
   * parts that are known. The form's roles stand in only when the answer does not name roles.
   */
  private emptyMessage(result: SuggestionsResult): string {
    const roles = result.buyerRoles ?? this.formRoles();
    const parts = [result.industry ?? "", ...roles, result.phase].map((p) => p.trim()).filter((p) => p !== "");
    return parts.length === 0 ? this.strings.emptyForDeal : format(this.strings.emptyFor, [...new Set(parts)].join(this.strings.combinationSeparator));
  }

  /**
   * Whether the form's status (`statecode`) is Lost. The answer has no machine-readable status
   * (only the engine's English note), and a lost deal's empty list is no content gap. Read at
   * every render, so a save that closes or reopens the deal shows after its refresh.
   */
  private formSaysLost(): boolean {
    try {
      return this.formContext?.getAttribute?.(OpportunityColumns.stateCode)?.getValue?.() === OpportunityState.lost;
    } catch {
      return false;
    }
  }

  /** The buyer roles the form shows (`cen_buyerroles`' labels), when the form has the column; no stakeholders' roles. */
  private formRoles(): string[] {
    try {
      const text = this.formContext?.getAttribute?.(OpportunityColumns.buyerRoles)?.getText?.();
      if (Array.isArray(text)) return text.filter((t): t is string => typeof t === "string");
      return typeof text === "string" ? text.split(";") : [];
    } catch {
      return [];
    }
  }

  private handlers(xrm: PanelXrm, id: string): ItemHandlers {
    const record = (action: InteractionActionValue, suggestion: Suggestion, onFailure?: () => void) =>
      recordInteraction(xrm.WebApi, action, id, suggestion.contentId).catch((error: unknown) => {
        if (this.deps.debug) this.deps.log.error("[cen suggestions] interaction not recorded", error);
        onFailure?.();
      });

    return {
      open: (suggestion, url, byBrowser) => {
        if (!byBrowser) {
          if (typeof xrm.Navigation?.openUrl === "function") xrm.Navigation.openUrl(url);
          else this.deps.openFallback(url);
        }

        void record(InteractionAction.Opened, suggestion);
      },
      copy: (suggestion, url, item) => this.copy(url, item, () => void record(InteractionAction.Copied, suggestion)),
      rate: (suggestion, rating, item) => {
        const ratings = this.setFor(this.ratings, id, () => new Map<string, Rating>());
        const previous = ratings.get(suggestion.contentId);
        if (previous === rating) return;
        ratings.set(suggestion.contentId, rating);
        this.showRating(item, rating);
        void record(ratingAction[rating], suggestion, () => {
          if (previous === undefined) ratings.delete(suggestion.contentId);
          else ratings.set(suggestion.contentId, previous);
          this.showRating(item, previous);
          item.status.textContent = this.strings.recordFailed;
        });
      },
      dismiss: (suggestion, item) => {
        this.setFor(this.dismissed, id, () => new Set<string>()).add(suggestion.contentId);
        const remaining = view.removeItem(this.frame, item);
        view.announce(this.frame, format(this.strings.removed, suggestion.title));
        if (!remaining) view.showEmpty(this.frame, this.strings, this.strings.allDismissed, (button) => this.tellEnablement(xrm, id, button));
        void record(InteractionAction.Dismissed, suggestion, () => view.announce(this.frame, this.strings.recordFailed));
      },
    };
  }

  private copy(url: string, item: ItemView, onCopied: () => void): void {
    const clipboard = this.deps.clipboard();
    const failed = () => {
      item.status.textContent = this.strings.copyFailed;
    };
    if (typeof clipboard?.writeText !== "function") {
      failed();
      return;
    }

    clipboard.writeText(url).then(() => {
      item.status.textContent = this.strings.linkCopied;
      onCopied();
    }, failed);
  }

  private showRating(item: ItemView, rating: Rating | undefined): void {
    item.helpful.setAttribute("aria-pressed", String(rating === "helpful"));
    item.notHelpful.setAttribute("aria-pressed", String(rating === "notHelpful"));
  }

  private tellEnablement(xrm: PanelXrm, id: string, button: HTMLButtonElement): void {
    if (button.getAttribute("aria-disabled") === "true") return;
    button.setAttribute("aria-disabled", "true");
    recordInteraction(xrm.WebApi, InteractionAction.Gap, id).then(
      () => view.announce(this.frame, this.strings.gapRecorded),
      (error: unknown) => {
        if (this.deps.debug) this.deps.log.error("[cen suggestions] gap not recorded", error);
        button.removeAttribute("aria-disabled");
        view.announce(this.frame, this.strings.recordFailed);
      },
    );
  }

  private setFor<T>(map: Map<string, T>, id: string, create: () => T): T {
    let value = map.get(id);
    if (value === undefined) {
      value = create();
      map.set(id, value);
    }

    return value;
  }
}
