import type { PanelFormContext } from "./xrmTypes";

/** `XrmEnum.FormType.Create`: a new record that has never been saved. */
const CreateFormType = 1;

/** "{6F2A…}" → "6f2a…": the form gives ids in braces and upper case; the Web API wants neither. */
export function normalizeId(raw: string | null | undefined): string {
  return (raw ?? "").replace(/[{}]/g, "").trim().toLowerCase();
}

/** The opportunity's id, or null for a new, unsaved record (which has no id to rank). */
export function currentRecordId(formContext: PanelFormContext): string | null {
  if (formContext.ui?.getFormType?.() === CreateFormType) return null;
  const id = normalizeId(formContext.data.entity.getId());
  return id === "" ? null : id;
}
