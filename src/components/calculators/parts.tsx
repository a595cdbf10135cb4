/** Pieces every control uses, the list's too: its error text, hint, label and described-by ids. */
import type { ControlError } from "../../calculators/form-state.js";
import type { Words } from "../../calculators/strings.js";
import type { FieldSpec } from "../../calculators/types.js";
import type { Lang } from "../../rules/core/types.js";
import { useForm } from "./context.js";

export function ErrorText({ id, errors, lang }: { id: string; errors: ControlError[]; lang: Lang }) {
  const { words } = useForm();
  if (!errors.length) return null;
  return (
    <p className="calc-error" id={`${id}-error`}>
      <span className="visually-hidden">{words.errorPrefix}</span>
      {errors.map((e) => e.message[lang]).join(" ")}
    </p>
  );
}

/** Label, hint, example and error ids for aria-describedby. */
export function describedBy(id: string, field: FieldSpec, hasError: boolean, extra: string[] = []): string | undefined {
  const ids = [field.hint || field.example ? `${id}-hint` : "", hasError ? `${id}-error` : "", ...extra].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Hint({ id, field, lang }: { id: string; field: FieldSpec; lang: Lang }) {
  const { words } = useForm();
  if (!field.hint && !field.example) return null;
  return (
    <div className="calc-hint" id={`${id}-hint`}>
      {field.hint && <p>{field.hint[lang]}</p>}
      {field.example && (
        <p>
          {words.example}
          <span lang={lang === "en" ? undefined : "zh-TW"}>{field.example[lang]}</span>
        </p>
      )}
    </div>
  );
}

export function labelText(field: FieldSpec, lang: Lang, words: Words, prefix?: string): string {
  return `${prefix ? `${prefix} ` : ""}${field.label[lang]}${field.optional ? words.optional : ""}`;
}

