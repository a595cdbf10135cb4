/**
 * Adding, removing and importing list rows: only the list control and the CSV panel change
 * rows, and both load only where a calculator has a list, so this stays out of the shared chunk.
 */
import { isScalarList, itemFields, itemName, rowCount } from "./form-state.js";
import type { FieldSpec, FormState } from "./types.js";

/** Adds an empty row at the end of a list. */
export function addRow(state: FormState, field: Extract<FieldSpec, { kind: "list" }>, name: string): FormState {
  const row = rowCount(state, name);
  const scalar = isScalarList(field);
  const next: Record<string, string> = { ...state };
  for (const sub of itemFields(field)) next[itemName(name, row, sub, scalar)] = "";
  return next;
}

/** Removes one row; the rows after it move up, so names stay contiguous. */
export function removeRow(state: FormState, name: string, row: number): FormState {
  const prefix = `${name}.`;
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(state)) {
    if (!key.startsWith(prefix)) {
      next[key] = value;
      continue;
    }
    const [index, ...rest] = key.slice(prefix.length).split(".");
    const i = Number(index);
    if (i === row) continue;
    next[[name, i > row ? i - 1 : i, ...rest].join(".")] = value;
  }
  return next;
}

/** Appends rows to a list after its filled rows (CSV import keeps what was already typed). */
export function appendRows(state: FormState, name: string, rows: readonly Record<string, string>[]): FormState {
  const next: Record<string, string> = {};
  // Blank rows are dropped first, so imported rows follow the last filled one.
  const prefix = `${name}.`;
  const kept = new Map<number, Record<string, string>>();
  for (const [key, value] of Object.entries(state)) {
    if (!key.startsWith(prefix)) {
      next[key] = value;
      continue;
    }
    const [index, ...rest] = key.slice(prefix.length).split(".");
    const row = kept.get(Number(index)) ?? {};
    row[rest.join(".")] = value;
    kept.set(Number(index), row);
  }
  const filled = [...kept.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => Object.values(row).some((v) => v.trim() !== ""));
  [...filled, ...rows].forEach((row, i) => {
    for (const [sub, value] of Object.entries(row)) next[sub ? `${name}.${i}.${sub}` : `${name}.${i}`] = value;
  });
  return next;
}
