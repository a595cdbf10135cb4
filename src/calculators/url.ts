/**
 * The form state is the query string: reload, back/forward, bookmarks and
 * shared links all reproduce an answer. Empty controls are left out.
 */
import { isControlName } from "./form-state.js";
import type { FieldSpec, FormState } from "./types.js";

/** Orders names as the form does: by field, then row and sub-field numerically. */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true });
}

export function toQuery(state: FormState, fields: readonly FieldSpec[]): string {
  const order = new Map(fields.map((f, i) => [f.key, i]));
  const params = new URLSearchParams();
  const names = Object.keys(state)
    .filter((name) => (state[name] ?? "") !== "")
    .sort((a, b) => (order.get(a.split(".")[0]!) ?? 0) - (order.get(b.split(".")[0]!) ?? 0) || compareNames(a, b));
  for (const name of names) params.set(name, state[name]!);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Reads a query string; names that are no control of these fields are ignored. */
export function fromQuery(search: string, fields: readonly FieldSpec[]): FormState {
  const state: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (isControlName(fields, name)) state[name] = value;
  }
  return state;
}
