// Machinery shared by the calculators, not a program rule: no seed clause applies here.
import type { Text } from "./types.js";

// One formatter for all calls: building an Intl formatter per call costs tens of µs,
// and the UI recomputes on every keystroke.
const grouping = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Thousands-separated integer, identical in both languages ("1,200,000"). */
export function num(n: number): string {
  // -0 (from "-0", or 0 × a negative) is zero to a reader, not "-0".
  return grouping.format(n === 0 ? 0 : n);
}

/** NT$ amounts in running text. */
export function ntd(n: number): Text {
  return { "zh-TW": `新臺幣 ${num(n)} 元`, en: `NT$${num(n)}` };
}

/** A ratio as a percentage ("75%"). */
export function pct(ratio: number): string {
  return `${num(Math.round(ratio * 10000) / 100)}%`;
}

/** Builds bilingual text from one template function per language. */
export function text(zh: string, en: string): Text {
  return { "zh-TW": zh, en };
}
