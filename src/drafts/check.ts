/**
 * The pre-submission check of a drafter: every shown field against its limits, in the order
 * the form asks them, as the "still missing" list shows them. Pure: the page calls it on
 * every keystroke, the tests at every limit.
 */
import { checkText } from "../forms/checks.js";
import { num } from "../rules/core/format.js";
import type { Cite, Param, Text } from "../rules/core/types.js";
import { parseAmount } from "../rules/helpers/parse-amount.js";
import type { Draft, DrafterDefinition, FieldSpec, Option, Problem } from "./types.js";

/** Characters as the platform's 字數 counts them: one per code point, so 𠮷 is one. */
export function charCount(value: string): number {
  return Array.from(value).length;
}

export const textOf = (draft: Draft, key: string): string => {
  const v = draft[key];
  return typeof v === "string" ? v : "";
};

export const listOf = (draft: Draft, key: string): readonly string[] => {
  const v = draft[key];
  return Array.isArray(v) ? v : [];
};

/** List items that have text: an added but empty row is not an item. */
export const itemsOf = (draft: Draft, key: string): string[] => listOf(draft, key).filter((item) => item.trim() !== "");

export const isShown = (field: FieldSpec, draft: Draft): boolean => !field.showIf || field.showIf(draft);

/** A ticked option's name or reason is its own field: `${field}.${option}`. */
export const otherKey = (field: FieldSpec, option: Option): string => `${field.key}.${option.value}`;

const q = (label: Text) => ({ zh: `「${label["zh-TW"]}」`, en: label.en });
const say = (zh: string, en: string): Text => ({ "zh-TW": zh, en });

function problem(key: string, kind: Problem["kind"], message: Text, cite: Cite): Problem {
  return { key, kind, message, cite };
}

/** Half-width, no spaces, no thousands separators; a plain decimal or null. */
function readNumber(raw: string): number | null {
  const s = raw.normalize("NFKC").replace(/[\s,]/g, "").replace(/%$/, "");
  return /^\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/** "3:30" → 210 seconds; null when it is not minutes and two-digit seconds. */
export function readDuration(raw: string): number | null {
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(raw.normalize("NFKC").trim());
  if (!m || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

function tooLong(key: string, label: Text, text: string, max: Param): Problem | null {
  const n = charCount(text);
  if (n <= max.value) return null;
  const l = q(label);
  return problem(key, "invalid", say(`${l.zh}${num(n)} 字，超過 ${max.value} 字`, `${l.en}: ${num(n)} characters, over the ${max.value}-character limit`), max.cite);
}

const URL_SHAPE = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

function checkField(field: FieldSpec, draft: Draft): Problem[] {
  const { key, label, cite } = field;
  const l = q(label);
  const missing = (zh = `${l.zh}尚未填寫`, en = `${l.en}: not filled in yet`) => [problem(key, "missing", say(zh, en), cite)];
  const out: Problem[] = [];
  const add = (p: Problem | null) => {
    if (p) out.push(p);
  };

  if (field.kind === "confirm") {
    if (draft[key] === true || field.optional) return [];
    return field.upload
      ? missing(`${l.zh}：檔案尚未備妥`, `${l.en}: file not ready yet`)
      : missing(`${l.zh}：尚未勾選同意`, `${l.en}: not ticked yet`);
  }

  if (field.kind === "multi") {
    const ticked = listOf(draft, key);
    const min = field.min?.value ?? (field.optional ? 0 : 1);
    if (ticked.length < min) {
      return [problem(key, "missing", say(`${l.zh}至少勾選 ${min} 項`, `${l.en}: tick at least ${min}`), field.min?.cite ?? cite)];
    }
    if (field.max && ticked.length > field.max.value) {
      add(problem(key, "invalid", say(`${l.zh}最多勾選 ${field.max.value} 項（已勾選 ${ticked.length} 項）`, `${l.en}: tick at most ${field.max.value} (${ticked.length} ticked)`), field.max.cite));
    }
    for (const option of field.options) {
      if (option.other && ticked.includes(option.value) && textOf(draft, otherKey(field, option)).trim() === "") {
        const o = q(option.other);
        add(problem(otherKey(field, option), "missing", say(`${l.zh}勾選「${option.label["zh-TW"]}」時請填${o.zh}`, `${l.en}: “${option.label.en}” is ticked; give ${o.en.toLowerCase()}`), cite));
      }
    }
    return out;
  }

  if (field.kind === "list") {
    const items = itemsOf(draft, key);
    const min = field.minItems?.value ?? (field.optional ? 0 : 1);
    if (items.length < min) {
      return [problem(key, "missing", say(`${l.zh}至少 ${min} 項（目前 ${items.length} 項）`, `${l.en}: at least ${min} (${items.length} so far)`), field.minItems?.cite ?? cite)];
    }
    if (field.maxItems && items.length > field.maxItems.value) {
      add(problem(key, "invalid", say(`${l.zh}最多 ${field.maxItems.value} 項（目前 ${items.length} 項）`, `${l.en}: at most ${field.maxItems.value} (${items.length} now)`), field.maxItems.cite));
    }
    const itemMax = field.itemMax;
    if (itemMax) {
      items.forEach((item, i) => {
        const n = charCount(item);
        if (n > itemMax.value) {
          add(problem(key, "invalid", say(`${l.zh}第 ${i + 1} 項 ${n} 字，超過 ${itemMax.value} 字`, `${l.en}, item ${i + 1}: ${n} characters, over the ${itemMax.value}-character limit`), itemMax.cite));
        }
      });
    }
    if (field.totalMax) add(tooLong(key, label, items.join("\n"), field.totalMax));
    return out;
  }

  const raw = textOf(draft, key);
  if (raw.trim() === "") return field.optional ? [] : missing();

  switch (field.kind) {
    case "text":
      if (field.check === "url") {
        if (!URL_SHAPE.test(raw.trim())) add(problem(key, "invalid", say(`${l.zh}請填完整網址，例如 https://example.com.tw/`, `${l.en}: enter a full address such as https://example.com.tw/`), cite));
      } else {
        const bad = checkText(field.check, raw);
        if (bad) add(problem(key, "invalid", say(`${l.zh}：${bad["zh-TW"]}`, `${l.en}: ${bad.en}`), cite));
      }
      if (field.max) add(tooLong(key, label, raw, field.max));
      break;
    case "textarea":
      add(tooLong(key, label, raw, field.max));
      break;
    case "number": {
      const n = readNumber(raw);
      if (n === null || (field.whole && !Number.isInteger(n))) {
        add(problem(key, "invalid", say(`${l.zh}請填${field.whole ? "整數" : "數字"}`, `${l.en}: enter a ${field.whole ? "whole number" : "number"}`), cite));
        break;
      }
      const u = field.unit;
      if (n === 0 || (field.ceiling !== undefined && n > field.ceiling)) {
        const range = field.ceiling === undefined ? say("應大於 0", "must be more than 0") : say(`應大於 0 且不超過 ${field.ceiling}${u["zh-TW"]}`, `must be more than 0 and at most ${field.ceiling}${u.en}`);
        add(problem(key, "invalid", say(`${l.zh}${range["zh-TW"]}`, `${l.en} ${range.en}`), cite));
        break;
      }
      if (field.min && n < field.min.value) {
        add(problem(key, "invalid", say(`${l.zh}應至少 ${num(field.min.value)}${u["zh-TW"]}（填寫 ${num(n)}）`, `${l.en}: at least ${num(field.min.value)}${u.en} (${num(n)} given)`), field.min.cite));
      }
      if (field.max && n > field.max.value) {
        add(problem(key, "invalid", say(`${l.zh}不得超過 ${num(field.max.value)}${u["zh-TW"]}（填寫 ${num(n)}）`, `${l.en}: at most ${num(field.max.value)}${u.en} (${num(n)} given)`), field.max.cite));
      }
      break;
    }
    case "amount": {
      const parsed = parseAmount(raw);
      if (!parsed.ok) add(problem(key, "invalid", say(`${l.zh}：${parsed.error["zh-TW"]}`, `${l.en}: ${parsed.error.en}`), cite));
      else if (field.min && parsed.value < field.min.value) {
        add(problem(key, "invalid", say(`${l.zh}應至少新臺幣 ${num(field.min.value)} 元`, `${l.en}: at least NT$${num(field.min.value)}`), field.min.cite));
      }
      break;
    }
    case "date":
      // The date input gives ISO dates; anything else was typed where it is not supported.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) add(problem(key, "invalid", say(`${l.zh}請填日期，例如 2015-03-01`, `${l.en}: enter a date such as 2015-03-01`), cite));
      break;
    case "choice":
      if (!field.options.some((o) => o.value === raw)) return missing();
      for (const option of field.options) {
        if (option.other && raw === option.value && textOf(draft, otherKey(field, option)).trim() === "") {
          const o = q(option.other);
          add(problem(otherKey(field, option), "missing", say(`${l.zh}選「${option.label["zh-TW"]}」時請填${o.zh}`, `${l.en}: “${option.label.en}” is chosen; give ${o.en.toLowerCase()}`), cite));
        }
      }
      break;
    case "duration": {
      const s = readDuration(raw);
      const range = (m: number) => `${m}:00`;
      if (s === null) {
        add(problem(key, "invalid", say(`${l.zh}請寫成「分:秒」，例如 3:30`, `${l.en}: write minutes:seconds, as in 3:30`), cite));
      } else if (s < field.min.value * 60 || s > field.max.value * 60) {
        add(problem(key, "invalid", say(`${l.zh}應為 ${field.min.value} 至 ${field.max.value} 分鐘（${range(field.min.value)}–${range(field.max.value)}）`, `${l.en}: ${field.min.value} to ${field.max.value} minutes (${range(field.min.value)}–${range(field.max.value)})`), s < field.min.value * 60 ? field.min.cite : field.max.cite));
      }
      break;
    }
  }
  return out;
}

/** Every problem of the shown fields, then the form's own cross-field rules; [] when ready to paste. */
export function checkDraft(def: DrafterDefinition, draft: Draft): Problem[] {
  const fields = def.sections.flatMap((s) => s.fields).filter((f) => isShown(f, draft));
  return [...fields.flatMap((f) => checkField(f, draft)), ...(def.check?.(draft) ?? [])];
}
