import { RankingColumns } from "../shared/opportunityColumns";

/** The form as far as the snapshot reads it. */
export interface SnapshotForm {
  getAttribute(name: string): { getValue(): unknown } | null | undefined;
}

function normalise(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return [...value].sort();
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * The values of the columns that re-rank the deal (stage, phase, status, roles, challenges) as
 * one comparable string. Multi-select values compare as sets; a column missing from the form
 * counts as empty.
 */
export function rankingSnapshot(form: SnapshotForm): string {
  return JSON.stringify(RankingColumns.map((name) => normalise(form.getAttribute(name)?.getValue())));
}
