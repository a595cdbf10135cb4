/**
 * Form state ⇄ calculator input. The state is a flat map of control name →
 * typed text, exactly what the URL query string holds; the input is what the
 * calculator's zod schema parses. Nothing here judges a value: malformed text
 * is passed on so that the schema's own message names the problem, except
 * amounts, which parseAmount reads (full-width digits, commas, 萬/億), and
 * choices, whose options are the spec's: the schema knows only their ids.
 */
import { parseAmount } from "../rules/helpers/parse-amount.js";
import { REQUIRED } from "../rules/core/messages.js";
import type { Text } from "../rules/core/types.js";
import type { FieldSpec, FormState } from "./types.js";

/** The value of a control whose answer is "I don't know". */
export const UNKNOWN = "unknown";

export const YES = "true";
export const NO = "false";

/**
 * A choice or tick box holding a value none of its options has. Only an edited URL
 * gets one there, and the control then shows nothing chosen: the message says so
 * rather than list ids the reader never sees.
 */
export const NOT_AN_OPTION: Text = {
  "zh-TW": "此答案不在選項中，請從列出的選項中選擇",
  en: "That answer is not one of the options; choose from those listed",
};

/** A control's error, by control name ("" for the form as a whole). */
export interface ControlError {
  name: string;
  message: Text;
}

/** An "I don't know" answer: where it goes in the input and which values to try. */
interface UnknownSlot {
  name: string;
  path: readonly (string | number)[];
  candidates: readonly unknown[];
}

export interface BuiltInput {
  input: Record<string, unknown>;
  /** Text that could not be read (amounts, values no option has); the schema never sees these fields. */
  errors: ControlError[];
  unknowns: UnknownSlot[];
  /** For each list, the state row of each input item (blank rows are left out). */
  rows: Map<string, number[]>;
}

export function joinName(prefix: string, key: string | number): string {
  return prefix ? `${prefix}.${key}` : String(key);
}

export function isShown(field: FieldSpec, state: FormState): boolean {
  return !field.showIf || field.showIf(state);
}

/** Rows a list has in the state: one past the highest row index any control of it uses. */
export function rowCount(state: FormState, name: string): number {
  const prefix = `${name}.`;
  let count = 0;
  for (const key of Object.keys(state)) {
    if (!key.startsWith(prefix)) continue;
    // Read without splitting the name: a list of a thousand rows has thousands of names.
    const index = Number.parseInt(key.slice(prefix.length), 10);
    if (index >= 0) count = Math.max(count, index + 1);
  }
  return count;
}

/**
 * Renumbers each list's rows 0, 1, 2… in their order, keeping every answer: an edited address
 * naming only purchases.9999 would otherwise draw ten thousand empty rows and freeze the page.
 */
export function compactRows(fields: readonly FieldSpec[], state: FormState, prefix = ""): FormState {
  let out = state;
  for (const field of fields) {
    const name = joinName(prefix, field.key);
    if (field.kind === "group") out = compactRows(field.fields, out, name);
    if (field.kind !== "list") continue;
    const start = `${name}.`;
    const rowOf = (key: string) => Number(key.slice(start.length).split(".")[0]);
    const keys = new Set(Object.keys(out).filter((key) => key.startsWith(start) && Number.isInteger(rowOf(key))));
    const used = [...new Set([...keys].map(rowOf))].sort((a, b) => a - b);
    if (used.every((row, i) => row === i)) continue;
    const newRow = new Map(used.map((row, i) => [row, i]));
    const renamed: Record<string, string> = {};
    for (const [key, value] of Object.entries(out)) {
      if (!keys.has(key)) renamed[key] = value;
      else renamed[[name, newRow.get(rowOf(key)), ...key.slice(start.length).split(".").slice(1)].join(".")] = value;
    }
    out = renamed;
  }
  return out;
}

/** Item fields of a list, as an array (a scalar item is one field with an empty key). */
export function itemFields(field: Extract<FieldSpec, { kind: "list" }>): readonly FieldSpec[] {
  return Array.isArray(field.item) ? field.item : [field.item as FieldSpec];
}

export function isScalarList(field: Extract<FieldSpec, { kind: "list" }>): boolean {
  return !Array.isArray(field.item);
}

/** Control name of a list item's field: prices.0, purchases.0.amount. */
export function itemName(list: string, row: number, sub: FieldSpec, scalar: boolean): string {
  return scalar ? joinName(list, row) : joinName(joinName(list, row), sub.key);
}

/** Reads a count or score as typed (full-width digits, thousands commas); anything else goes to the schema as text. */
export function readNumber(raw: string): number | string {
  const s = raw.normalize("NFKC").replace(/[\s,]/g, "");
  return /^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : raw;
}

function readBoolean(raw: string): boolean | string {
  if (raw === YES) return true;
  if (raw === NO) return false;
  return raw;
}

function unknownCandidates(field: FieldSpec): readonly unknown[] {
  return field.unknown?.candidates ?? (field.kind === "yesno" ? [true, false] : []);
}

/** Every control name a field owns in the current state, in form order (hidden ones too). */
export function controlNames(field: FieldSpec, state: FormState, name: string): string[] {
  switch (field.kind) {
    case "multi":
      return field.options.map((_, i) => joinName(name, i));
    case "group":
      return field.fields.flatMap((sub) => controlNames(sub, state, joinName(name, sub.key)));
    case "list": {
      const scalar = isScalarList(field);
      const out: string[] = [];
      for (let row = 0, count = rowCount(state, name); row < count; row += 1) {
        for (const sub of itemFields(field)) out.push(...controlNames(sub, state, itemName(name, row, sub, scalar)));
      }
      return out;
    }
    default:
      return [name];
  }
}

/** Whether a name could belong to one of the fields (query keys that do not are ignored). */
export function isControlName(fields: readonly FieldSpec[], name: string): boolean {
  const [head, ...rest] = name.split(".");
  // Two fields may share a key when only one is shown at a time (scores of each track).
  return fields.some((field) => field.key === head && ownsName(field, rest));
}

function ownsName(field: FieldSpec, rest: readonly string[]): boolean {
  switch (field.kind) {
    case "multi": {
      const i = Number(rest[0]);
      return rest.length === 1 && Number.isInteger(i) && i >= 0 && i < field.options.length;
    }
    case "group":
      return rest.length > 0 && isControlName(field.fields, rest.join("."));
    case "list": {
      const [row, ...sub] = rest;
      if (!/^(0|[1-9]\d{0,3})$/.test(row ?? "")) return false;
      return isScalarList(field) ? sub.length === 0 : isControlName(itemFields(field), sub.join("."));
    }
    default:
      return rest.length === 0;
  }
}

/**
 * Every control (and container) of the fields in form order, with the label a
 * reader knows it by: list items are "Row 2: Amount", scalar items "Solution 2".
 */
export function controlLabels(fields: readonly FieldSpec[], state: FormState, includeHidden = false, prefix = "", rowLabel?: Text): Map<string, Text> {
  const out = new Map<string, Text>();
  const withRow = (label: Text): Text =>
    rowLabel ? { "zh-TW": `${rowLabel["zh-TW"]}：${label["zh-TW"]}`, en: `${rowLabel.en}: ${label.en}` } : label;
  for (const field of fields) {
    if (!includeHidden && !isShown(field, state)) continue;
    const name = joinName(prefix, field.key);
    out.set(name, withRow(field.label));
    if (field.kind === "multi") {
      for (let i = 0; i < field.options.length; i += 1) out.set(joinName(name, i), withRow(field.label));
    } else if (field.kind === "group") {
      for (const [n, l] of controlLabels(field.fields, state, includeHidden, name, rowLabel)) out.set(n, l);
    } else if (field.kind === "list") {
      const scalar = isScalarList(field);
      for (let row = 0, count = Math.max(1, rowCount(state, name)); row < count; row += 1) {
        const n = row + 1;
        if (scalar) {
          out.set(joinName(name, row), { "zh-TW": `${field.itemLabel["zh-TW"]} ${n}`, en: `${field.itemLabel.en} ${n}` });
        } else {
          const label = { "zh-TW": `第 ${n} 列`, en: `Row ${n}` };
          for (const [k, l] of controlLabels(itemFields(field), state, includeHidden, joinName(name, row), label)) out.set(k, l);
        }
      }
    }
  }
  return out;
}

function isBlank(state: FormState, names: readonly string[]): boolean {
  return names.every((n) => (state[n] ?? "").trim() === "");
}

/** Whether any control holds an answer (blank rows and spaces are none). */
export function hasAnswers(state: FormState): boolean {
  return !isBlank(state, Object.keys(state));
}

/** Builds the calculator input from the shown fields. */
export function buildInput(fields: readonly FieldSpec[], state: FormState): BuiltInput {
  const out: BuiltInput = { input: {}, errors: [], unknowns: [], rows: new Map() };
  fill(fields, state, "", [], out.input, out);
  return out;
}

function fill(
  fields: readonly FieldSpec[],
  state: FormState,
  prefix: string,
  path: readonly (string | number)[],
  target: Record<string, unknown>,
  out: BuiltInput,
): void {
  for (const field of fields) {
    if (!isShown(field, state)) continue;
    const name = joinName(prefix, field.key);
    const value = read(field, state, name, [...path, field.key], out);
    if (value !== undefined) target[field.key] = value;
  }
}

function read(field: FieldSpec, state: FormState, name: string, path: readonly (string | number)[], out: BuiltInput): unknown {
  if (field.kind === "multi") {
    // Box i ticks option i: any other value would be an answer the reader cannot see.
    const ticked = field.options.map((_, i) => (state[joinName(name, i)] ?? "").trim());
    if (ticked.some((v, i) => v !== "" && v !== field.options[i]!.value)) {
      out.errors.push({ name, message: NOT_AN_OPTION });
      return undefined;
    }
    return ticked.filter((v) => v !== "");
  }
  if (field.kind === "group") {
    const obj: Record<string, unknown> = {};
    fill(field.fields, state, name, path, obj, out);
    return obj;
  }
  if (field.kind === "list") return readList(field, state, name, path, out);

  const raw = (state[name] ?? "").trim();
  if (raw === "") {
    if (field.required) out.errors.push({ name, message: REQUIRED });
    return undefined;
  }
  if (raw === UNKNOWN && field.unknown) {
    const candidates = unknownCandidates(field);
    out.unknowns.push({ name, path, candidates });
    return candidates[0];
  }
  switch (field.kind) {
    case "amount": {
      const parsed = parseAmount(raw);
      if (parsed.ok) return parsed.value;
      out.errors.push({ name, message: parsed.error });
      return undefined;
    }
    case "number":
      return readNumber(raw);
    case "yesno":
      return readBoolean(raw);
    case "choice":
      if (!field.options.some((o) => o.value === raw)) {
        out.errors.push({ name, message: NOT_AN_OPTION });
        return undefined;
      }
      return field.numeric ? readNumber(raw) : raw;
    default:
      return raw;
  }
}

function readList(
  field: Extract<FieldSpec, { kind: "list" }>,
  state: FormState,
  name: string,
  path: readonly (string | number)[],
  out: BuiltInput,
): unknown[] {
  const scalar = isScalarList(field);
  const subs = itemFields(field);
  const items: unknown[] = [];
  const rows: number[] = [];
  for (let row = 0, count = rowCount(state, name); row < count; row += 1) {
    const names = subs.flatMap((sub) => controlNames(sub, state, itemName(name, row, sub, scalar)));
    // A row left blank (the spare row at the end, a row being typed) is not an item.
    if (isBlank(state, names)) continue;
    const index = items.length;
    if (scalar) {
      items.push(read(subs[0]!, state, itemName(name, row, subs[0]!, true), [...path, index], out));
    } else {
      const obj: Record<string, unknown> = {};
      fill(subs, state, joinName(name, row), [...path, index], obj, out);
      items.push(obj);
    }
    rows.push(row);
  }
  out.rows.set(name, rows);
  return items;
}

/** The control an input path belongs to: list items are renumbered back to their rows. */
export function controlNameOf(path: string, rows: ReadonlyMap<string, number[]>): string {
  if (path === "") return "";
  const parts = path.split(".");
  let name = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const map = rows.get(name);
    name = joinName(name, map && /^\d+$/.test(part) ? (map[Number(part)] ?? Number(part)) : part);
  }
  return name;
}

/** Sets a value at a path inside a copy of the input (for trying "I don't know" answers). */
export function withValue(input: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(input);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}
