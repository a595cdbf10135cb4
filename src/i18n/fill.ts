import type { Lang } from "../rules/core/types.js";

/** Fills {name} placeholders; a missing value stays visible as {name} rather than vanishing. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * A label followed by the language's colon, unless it already ends in a question mark or
 * colon: a question as label ("成立未滿八年？") read "成立未滿八年？：" in the error summary.
 */
export function labelled(label: string, lang: Lang): string {
  return /[?？:：]$/.test(label) ? `${label} ` : `${label}${colon(lang)}`;
}

/** The colon between a label and what follows: full-width in Chinese, ": " in English. */
export function colon(lang: Lang): string {
  return lang === "en" ? ": " : "：";
}

/** "A（B）" in Chinese, "A (B)" in English: an aside in the language's own brackets. */
export function aside(main: string, note: string, lang: Lang): string {
  return lang === "en" ? `${main} (${note})` : `${main}（${note}）`;
}
