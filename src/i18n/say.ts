import type { Lang, Text } from "../rules/core/types.js";
import { fill } from "./fill.js";

/**
 * A Text in one language, with {name} placeholders filled in: how every dictionary of the site is
 * read. A file of its own because the calculator islands get their words already in one language
 * (wordsIn) and use fill() alone, so the chunk every calculator page loads does not carry this.
 */
export function say(text: Text, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(text[lang], vars);
}
