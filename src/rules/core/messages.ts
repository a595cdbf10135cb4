// Machinery shared by the calculators, not a program rule: no seed clause applies here.
import type * as z from "zod/mini";
import { num } from "./format.js";
import type { FieldError, Text } from "./types.js";

/** Bilingual text for custom refinements: pass as `params: { text }`. */
export interface TextParams {
  text: Text;
}

function fmt(n: unknown): string {
  return typeof n === "number" || typeof n === "bigint" ? num(Number(n)) : String(n);
}

const EXPECTED: Record<string, Text> = {
  number: { "zh-TW": "請輸入數字", en: "Enter a number" },
  int: { "zh-TW": "請輸入整數", en: "Enter a whole number" },
  boolean: { "zh-TW": "請選擇「是」或「否」", en: "Choose yes or no" },
  string: { "zh-TW": "請輸入文字", en: "Enter text" },
  array: { "zh-TW": "請輸入清單", en: "Enter a list" },
  object: { "zh-TW": "格式不正確", en: "This has the wrong format" },
  record: { "zh-TW": "格式不正確", en: "This has the wrong format" },
};

/** Also for a field that only some answers make necessary (a refinement's `params: { text: REQUIRED }`). */
export const REQUIRED: Text = { "zh-TW": "此欄位必填", en: "This field is required" };

/** Turns one zod issue into bilingual words a reader can act on. */
function issueText(issue: z.core.$ZodIssue): Text {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return REQUIRED;
      if (issue.expected === "number" && typeof issue.input === "number") {
        return { "zh-TW": "請輸入有限的數字（不可為 NaN 或無限大）", en: "Enter a finite number (not NaN or infinity)" };
      }
      return EXPECTED[issue.expected] ?? { "zh-TW": "格式不正確", en: "This has the wrong format" };
    }
    case "too_small": {
      if (issue.origin === "array") {
        return { "zh-TW": `至少需要 ${fmt(issue.minimum)} 項`, en: `Add at least ${fmt(issue.minimum)} item(s)` };
      }
      if (issue.origin === "string") return REQUIRED;
      return issue.inclusive === false
        ? { "zh-TW": `必須大於 ${fmt(issue.minimum)}`, en: `Must be more than ${fmt(issue.minimum)}` }
        : { "zh-TW": `不得小於 ${fmt(issue.minimum)}`, en: `Must be at least ${fmt(issue.minimum)}` };
    }
    case "too_big": {
      if (issue.origin === "array") {
        return { "zh-TW": `最多 ${fmt(issue.maximum)} 項`, en: `Enter at most ${fmt(issue.maximum)} item(s)` };
      }
      return issue.inclusive === false
        ? { "zh-TW": `必須小於 ${fmt(issue.maximum)}`, en: `Must be less than ${fmt(issue.maximum)}` }
        : { "zh-TW": `不得大於 ${fmt(issue.maximum)}`, en: `Must be at most ${fmt(issue.maximum)}` };
    }
    case "invalid_value": {
      // An enum left empty is a question not yet answered, not a wrong value.
      if (issue.input === undefined) return REQUIRED;
      // run()'s callers send these ids, so the ids name the options. The calculator pages never
      // get here: form-state checks a choice against the spec's options, whose labels it has.
      const options = issue.values.map((v) => String(v)).join(", ");
      return { "zh-TW": `請從下列選項中選擇：${options}`, en: `Choose one of: ${options}` };
    }
    case "invalid_union": {
      // A discriminated union (e.g. purchaseKind) names its valid options; the path is the discriminator.
      const options = (issue as { options?: unknown[] }).options;
      if (!Array.isArray(options)) break;
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const value = discriminator && issue.input && typeof issue.input === "object" ? (issue.input as Record<string, unknown>)[discriminator] : undefined;
      if (value === undefined) return REQUIRED;
      const list = options.map(String).join(", ");
      return { "zh-TW": `請從下列選項中選擇：${list}`, en: `Choose one of: ${list}` };
    }
    case "invalid_format":
      return { "zh-TW": "日期格式應為 YYYY-MM-DD", en: "Enter the date as YYYY-MM-DD" };
    case "custom": {
      const text = (issue.params as Partial<TextParams> | undefined)?.text;
      return text ?? { "zh-TW": "輸入值不正確", en: "This value is not valid" };
    }
    default:
      break;
  }
  return { "zh-TW": "輸入值不正確", en: "This value is not valid" };
}

/** Each zod issue as a field error whose `path` is the dotted input key. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issueText(issue),
  }));
}
