import { vi } from "vitest";
import { AttributeMock, IframeControlMock, type ItemCollectionMock, SectionMock, TabMock, XrmMockGenerator } from "xrm-mock";
import type { PanelWindowApi } from "../../src/shared/panelContract";
import { OpportunityGuid } from "./fakeXrm";

export interface OpportunityFormOptions {
  readonly id?: string;
  readonly withControl?: boolean;
  readonly values?: Record<string, unknown>;
  /** XrmEnum.FormType: 1 Create, 2 Update; by default 1 when the id is empty, else 2. */
  readonly formType?: number;
}

/** The web resource page as the form sees it: a window with the contract's two functions. */
export function fakePanelWindow(ready = true) {
  const listeners: (() => void)[] = [];
  const win = {
    closed: false,
    setClientApiContext: ready ? vi.fn() : undefined,
    refreshAfterSave: ready ? vi.fn() : undefined,
    addEventListener: vi.fn((type: string, listener: () => void) => {
      if (type === "load") listeners.push(listener);
    }),
    /** Defines the API (as suggestions.js does) and fires load. */
    finishLoading() {
      win.setClientApiContext = vi.fn();
      win.refreshAfterSave = vi.fn();
      listeners.forEach((listener) => listener());
    },
  };
  return win as typeof win & Partial<PanelWindowApi>;
}

/**
 * An opportunity main form in xrm-mock: the ranking columns as attributes and the
 * WebResource_cen_suggestions control inside a section inside a tab.
 */
export function opportunityForm(options: OpportunityFormOptions = {}) {
  const xrm = XrmMockGenerator.initialise({ entity: { id: options.id ?? `{${OpportunityGuid}}`, entityName: "opportunity" } });
  const formContext = XrmMockGenerator.getFormContext();
  vi.spyOn(formContext.ui, "getFormType").mockReturnValue((options.formType ?? (options.id === "" ? 1 : 2)) as never);
  const values: Record<string, unknown> = {
    salesstage: 1,
    cen_journeyphase: null,
    statecode: 0,
    cen_buyerroles: [103720000, 103720002],
    cen_customerchallenges: [103720001],
    ...options.values,
  };
  const attributes: Record<string, AttributeMock<never, never, never>> = {};
  for (const [name, value] of Object.entries(values)) {
    const attribute = new AttributeMock<never, never, never>({ name, value: value as never });
    attributes[name] = attribute;
    (formContext.data.entity.attributes as ItemCollectionMock<Xrm.Attributes.Attribute>).push(attribute);
  }

  const tab = new TabMock({ name: "tab_summary" });
  const section = new SectionMock("section_suggestions", tab);
  const control = new IframeControlMock({ name: "WebResource_cen_suggestions", parent: section });
  const page = fakePanelWindow();
  const getContentWindow = vi.fn(async () => page as unknown as Window);
  control.getContentWindow = getContentWindow;
  if (options.withControl !== false) (formContext.ui.controls as unknown as ItemCollectionMock<IframeControlMock>).push(control);
  const eventContext = XrmMockGenerator.getEventContext();
  return { xrm, formContext, eventContext, attributes, tab, control, page, getContentWindow };
}
