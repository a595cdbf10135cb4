/**
 * CSV (or spreadsheet paste, tab-separated) import for list fields. Each line
 * becomes a row of control texts; a line that cannot be read is reported by
 * its line number and left out, and the good lines are kept.
 */
import { fill } from "../i18n/fill";
import { isIsoDate } from "../rules/core/dates.js";
import type { Text } from "../rules/core/types.js";
import { parseAmount } from "../rules/helpers/parse-amount.js";
import { NO, YES } from "./form-state.js";
import type { CsvSpec, FieldSpec } from "./types.js";

/** Why a line was left out; the CSV reader loads only when asked, so its words travel with it. */
const reasons = {
  columns: { "zh-TW": "欄位數不足", en: "Too few columns" },
  date: { "zh-TW": "日期無法辨識（請寫成 2024-09-01 或 113/9/1）", en: "The date cannot be read (write 2024-09-01 or 113/9/1)" },
  yesNo: { "zh-TW": "「{column}」應為是／否", en: "\"{column}\" must be yes or no" },
  unclosed: {
    "zh-TW": "此行的引號（\"）沒有結束，本行未讀入；其後各行照常讀入",
    en: "A quote (\") opened on this line is never closed: this line was left out, and the lines after it were read",
  },
} as const satisfies Record<string, Text>;

interface CsvProblem {
  line: number;
  reason: Text;
}

export interface CsvResult {
  rows: Record<string, string>[];
  problems: CsvProblem[];
}

/**
 * A CSV file's text: UTF-8 when the bytes are valid UTF-8, otherwise Big5, which is what Excel in
 * Traditional Chinese saves as "CSV". Read as UTF-8, Big5 turns every Chinese cell into U+FFFD.
 */
export function decodeCsv(bytes: ArrayBuffer): { text: string; big5: boolean } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), big5: false };
  } catch {
    return { text: new TextDecoder("big5").decode(bytes), big5: true };
  }
}

export interface CsvRecord {
  line: number;
  cells: string[];
  /** A quote opened in this record is never closed. */
  unclosed?: true;
}

/** Splits CSV text into records with their first line numbers (quoted fields may hold commas, quotes and newlines). */
export function splitCsv(text: string): CsvRecord[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  return splitFrom(body, firstLine.includes("\t") ? "\t" : ",", 1);
}

function splitFrom(body: string, delimiter: string, first: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = first;
  let start = first;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (c === delimiter) {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i += 1;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = "";
      line += 1;
      start = line;
    } else {
      cell += c;
    }
  }
  const read = records.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (quoted) {
    // A quote never closed would swallow every later line: that record is left out, and reading
    // goes on from the line after the one it started on.
    const rest = body.split(/\r\n|\n|\r/).slice(start - first + 1).join("\n");
    return [...read, { line: start, cells: [], unclosed: true }, ...splitFrom(rest, delimiter, start + 1)];
  }
  if (cell !== "" || cells.length) {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== "")) read.push({ line: start, cells });
  }
  return read;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "有", "v", "✓"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "無", "沒有"]);

/** 2024-09-01, 2024/9/1 or an ROC date 113/9/1 (民國 year + 1911), as ISO. */
export function readDate(raw: string): string | null {
  const s = raw.normalize("NFKC").trim().replace(/^民國/, "");
  const match = /^(\d{2,4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!match) return null;
  const year = Number(match[1]) + (match[1]!.length <= 3 ? 1911 : 0);
  const iso = `${String(year).padStart(4, "0")}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

function readYesNo(raw: string): string | null {
  const s = raw.normalize("NFKC").trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return YES;
  if (FALSE_WORDS.has(s)) return NO;
  return null;
}

function fillText(text: Text, vars: Record<string, string>): Text {
  return { "zh-TW": fill(text["zh-TW"], vars), en: fill(text.en, vars) };
}

/**
 * Reads CSV rows for a list whose items are `fields`. Columns are matched by
 * header when the first line names them, otherwise taken in the fields' order.
 */
export function readCsv(text: string, fields: readonly FieldSpec[], spec: CsvSpec): CsvResult {
  const records = splitCsv(text);
  const headerOf = (cell: string) => {
    const c = cell.normalize("NFKC").trim().toLowerCase();
    return fields.findIndex((f) => (spec.columns[f.key] ?? []).some((h) => h.toLowerCase() === c));
  };
  let columns = fields.map((_, i) => i);
  const first = records[0];
  if (first && first.cells.some((c) => headerOf(c) >= 0)) {
    const byField = fields.map((_, fi) => first.cells.findIndex((c) => headerOf(c) === fi));
    columns = byField;
    records.shift();
  }

  const rows: Record<string, string>[] = [];
  const problems: CsvProblem[] = [];
  for (const { line, cells, unclosed } of records) {
    if (unclosed) {
      problems.push({ line, reason: reasons.unclosed });
      continue;
    }
    const row: Record<string, string> = {};
    let problem: Text | null = null;
    for (const [fi, field] of fields.entries()) {
      const column = columns[fi]!;
      const raw = column >= 0 ? cells[column] : undefined;
      if (raw === undefined) {
        problem ??= reasons.columns;
        continue;
      }
      const value = raw.trim();
      if (field.kind === "date") {
        const iso = readDate(value);
        if (iso) row[field.key] = iso;
        else problem ??= reasons.date;
      } else if (field.kind === "amount") {
        const parsed = parseAmount(value);
        if (parsed.ok) row[field.key] = value;
        else problem ??= parsed.error;
      } else if (field.kind === "yesno") {
        const yn = readYesNo(value);
        if (yn !== null) row[field.key] = yn;
        else problem ??= fillText(reasons.yesNo, { column: spec.columns[field.key]?.[0] ?? field.key });
      } else {
        row[field.key] = value;
      }
    }
    if (problem) problems.push({ line, reason: problem });
    else rows.push(row);
  }
  return { rows, problems };
}
