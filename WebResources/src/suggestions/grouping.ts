import type { Suggestion } from "./model";

/** Suggestions under one heading: a buyer role, or null for "For every role". */
export interface RoleGroup {
  readonly role: string | null;
  readonly items: readonly Suggestion[];
}

/**
 * Groups by buyer role. Each suggestion appears once, under its first role (the others are listed
 * on the item as "Also for"), so a title is one link and one list item on the page. Groups keep
 * the order of their best-ranked item; items keep rank order; "For every role" (items that serve
 * no particular role) comes last. Role names group case-insensitively under their first spelling.
 */
export function groupByRole(suggestions: readonly Suggestion[]): RoleGroup[] {
  const ranked = [...suggestions].sort((a, b) => a.rank - b.rank);
  const groups = new Map<string, { role: string; items: Suggestion[] }>();
  const everyRole: Suggestion[] = [];
  for (const suggestion of ranked) {
    const role = suggestion.forRoles[0];
    if (role === undefined) {
      everyRole.push(suggestion);
      continue;
    }

    const key = role.trim().toLowerCase();
    const group = groups.get(key) ?? { role: role.trim(), items: [] };
    group.items.push(suggestion);
    groups.set(key, group);
  }

  const result: RoleGroup[] = [...groups.values()];
  if (everyRole.length > 0) result.push({ role: null, items: everyRole });
  return result;
}

/** The roles listed as "Also for" on an item shown under its first role. */
export function otherRoles(suggestion: Suggestion): readonly string[] {
  return suggestion.forRoles.slice(1);
}
