/**
 * The form state is the query string: reload, back/forward, bookmarks and
 * shared links all reproduce an answer. Empty controls are left out.
 */
import { compactRows, controlNames, isControlName } from "./form-state.js";
import type { FieldSpec, FormState } from "./types.js";

/** The query of a state, its names in the order the form asks them. */
export function toQuery(state: FormState, fields: readonly FieldSpec[]): string {
  const params = new URLSearchParams();
  // Any other name after those (a Set keeps a name where it first comes).
  for (const name of new Set([...fields.flatMap((field) => controlNames(field, state, field.key)), ...Object.keys(state)])) {
    const value = state[name] ?? "";
    if (value !== "") params.append(name, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Reads a query string; names that are no control of these fields are ignored, and list rows are numbered from 0. */
export function fromQuery(search: string, fields: readonly FieldSpec[]): FormState {
  const state: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (isControlName(fields, name)) state[name] = value;
  }
  return compactRows(fields, state);
}
