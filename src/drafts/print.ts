/**
 * The review copy of a draft: every shown field with what was typed, in the platform's
 * Chinese, to print and read over before pasting. Blank fields print as blank lines, so the
 * copy shows what is still to come.
 */
import { isShown, itemsOf, listOf, otherKey, textOf } from "./check.js";
import type { Draft, DrafterDefinition, FieldSpec } from "./types.js";

interface PrintedField {
  key: string;
  label: string;
  /** One paragraph per line; [] when blank. */
  lines: string[];
}

export interface PrintedSection {
  id: string;
  title: string;
  fields: PrintedField[];
}

function linesOf(field: FieldSpec, draft: Draft): string[] {
  switch (field.kind) {
    case "confirm":
      return [`${draft[field.key] === true ? "☑" : "☐"} ${field.statement["zh-TW"]}`];
    case "multi": {
      const ticked = listOf(draft, field.key);
      return field.options
        .filter((o) => ticked.includes(o.value))
        .map((o) => (o.other ? `☑ ${o.label["zh-TW"]}：${textOf(draft, otherKey(field, o))}` : `☑ ${o.label["zh-TW"]}`));
    }
    case "choice": {
      const chosen = field.options.find((o) => o.value === textOf(draft, field.key));
      if (!chosen) return [];
      return [chosen.other ? `◉ ${chosen.label["zh-TW"]}：${textOf(draft, otherKey(field, chosen))}` : `◉ ${chosen.label["zh-TW"]}`];
    }
    case "list":
      return itemsOf(draft, field.key).map((item, i) => `(${i + 1}) ${item}`);
    default: {
      const text = textOf(draft, field.key).trim();
      return text === "" ? [] : text.split(/\r?\n/);
    }
  }
}

export function printedDraft(def: DrafterDefinition, draft: Draft): PrintedSection[] {
  return def.sections.map((s) => ({
    id: s.id,
    title: s.title["zh-TW"],
    fields: s.fields.filter((f) => isShown(f, draft)).map((f) => ({ key: f.key, label: f.label["zh-TW"], lines: linesOf(f, draft) })),
  }));
}
