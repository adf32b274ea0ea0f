/**
 * The parts of the form's `Xrm` and form context the panel uses. Structural, so the real objects,
 * xrm-mock and a test harness's small `Xrm` all fit; optional members are optional in some hosts.
 */
export interface PanelXrm {
  WebApi: {
    online: { execute(request: object): PromiseLike<{ ok?: boolean; status?: number; json(): PromiseLike<unknown> }> };
    createRecord(entityLogicalName: string, data: object): PromiseLike<unknown>;
    retrieveRecord?(entityLogicalName: string, id: string, options?: string): PromiseLike<Record<string, unknown>>;
    retrieveMultipleRecords?(entityLogicalName: string, options?: string): PromiseLike<{ entities: Record<string, unknown>[] }>;
  };
  Navigation?: { openUrl?(url: string, options?: object): unknown };
  Utility?: { getGlobalContext?(): { userSettings?: { languageId?: number } } };
}

/** The form context, as far as the panel reads it. */
export interface PanelFormContext {
  data: { entity: { getId(): string } };
  ui?: { getFormType?(): number };
  getAttribute?(name: string): { getText?(): string | string[] | null; getValue?(): unknown } | null | undefined;
}

/** What the panel needs from `Xrm.WebApi`. */
export type PanelWebApi = PanelXrm["WebApi"];
