import { vi } from "vitest";
import type { PanelFormContext, PanelXrm } from "../../src/suggestions/xrmTypes";

export const OpportunityGuid = "6F2A1C3E-8B4D-4E5F-9A1B-2C3D4E5F6A7B";
export const OpportunityId = OpportunityGuid.toLowerCase();

export interface FakeXrmOptions {
  /** The SuggestionsJson strings returned by successive execute calls (the last one repeats). */
  readonly answers?: readonly string[];
  /** Successive cen_suggestionsrefreshedon values (the last one repeats). */
  readonly stamps?: readonly (string | null)[];
  readonly languageId?: number;
}

/** A small, recording Xrm: every call is a vi.fn the tests inspect. */
export function fakeXrm(options: FakeXrmOptions = {}) {
  const answers = [...(options.answers ?? ["{\"phase\":\"Buying\",\"warnings\":[],\"suggestions\":[]}"])];
  const stamps = [...(options.stamps ?? [null])];
  const next = <T>(list: T[]): T => (list.length > 1 ? (list.shift() as T) : (list[0] as T));
  const execute = vi.fn(async (_request: object) => {
    const json = next(answers);
    return { ok: true, status: 200, json: async () => ({ SuggestionsJson: json }) };
  });
  const createRecord = vi.fn(async (_table: string, _data: object) => ({ entityType: "cen_contentinteraction", id: "new" }));
  const retrieveRecord = vi.fn(async (_table: string, _id: string, _options?: string) => ({ cen_suggestionsrefreshedon: next(stamps) }));
  const openUrl = vi.fn();
  const xrm = {
    WebApi: { online: { execute }, createRecord, retrieveRecord },
    Navigation: { openUrl },
    Utility: { getGlobalContext: () => ({ userSettings: { languageId: options.languageId ?? 1033 } }) },
  } satisfies PanelXrm;
  return { xrm, execute, createRecord, retrieveRecord, openUrl };
}

export interface FakeFormOptions {
  readonly id?: string;
  readonly formType?: number;
  readonly roles?: string[] | null;
  /** The `statecode` value (0 Open, 1 Won, 2 Lost); the form has no statecode attribute when undefined. */
  readonly state?: number;
}

/** A form context with an id, a form type, the buyer roles' labels and, if given, the status. */
export function fakeForm(options: FakeFormOptions = {}): PanelFormContext {
  const roles = options.roles === undefined ? ["Economic Buyer"] : options.roles;
  return {
    data: { entity: { getId: () => (options.id === undefined ? `{${OpportunityGuid}}` : options.id) } },
    ui: { getFormType: () => options.formType ?? 2 },
    getAttribute: (name: string) => {
      if (name === "cen_buyerroles" && roles !== null) return { getText: () => roles, getValue: () => null };
      if (name === "statecode" && options.state !== undefined) return { getText: () => null, getValue: () => options.state };
      return null;
    },
  };
}
