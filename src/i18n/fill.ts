import type { Lang, Text } from "../rules/core/types.js";

/** Fills {name} placeholders; a missing value stays visible as {name} rather than vanishing. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A Text in one language, with {name} placeholders filled in. */
export function say(text: Text, lang: Lang, vars: Record<string, string | number> = {}): string {
  return fill(text[lang], vars);
}
