import { lazy, useRef, type ReactNode } from "react";
import { isShown, joinName, NO, UNKNOWN, YES, type ControlError } from "../../calculators/form-state.js";
import { answers, money } from "../../calculators/format.js";
import { colon, fill } from "../../i18n/fill.js";
import type { FieldSpec, Option } from "../../calculators/types.js";
import { parseAmount } from "../../rules/helpers/parse-amount.js";
import { toRocDate } from "../../rules/helpers/roc-date.js";
import type { Lang } from "../../rules/core/types.js";
import { fieldId, useForm } from "./context.js";
import { describedBy, ErrorText, Hint, labelText } from "./parts.js";

/**
 * Lists (rows of purchases, of scores): a few calculators have one, so the browser loads their
 * code only there (hydration waits at the island's boundary meanwhile); the server has it at
 * once, so nothing suspends there.
 */
const List = import.meta.env.SSR ? (await import("./List.js")).List : lazy(() => import("./List.js").then((m) => ({ default: m.List })));

type Kind<K extends FieldSpec["kind"]> = Extract<FieldSpec, { kind: K }>;

/** The errors of a control, or of any control inside a container (multi, group, list). */
function errorsOf(errors: ReadonlyMap<string, ControlError>, name: string, container: boolean): ControlError[] {
  const found: ControlError[] = [];
  for (const [key, error] of errors) {
    if (key === name || (container && key.startsWith(`${name}.`) && !/\.\d+\./.test(key.slice(name.length)))) found.push(error);
  }
  return found;
}

function CheckHint({ field, lang, shown }: { field: FieldSpec; lang: Lang; shown: boolean }) {
  const { words } = useForm();
  if (!field.unknown || !shown) return null;
  return (
    <p className="calc-check">
      <strong>{words.toCheck}</strong>
      {field.unknown.check[lang]}
    </p>
  );
}

/** `rowLabel` prefixes the label of a list item's control; `compact` hides it visually (table cells). */
export function Field({ field, prefix = "", rowLabel, compact = false }: { field: FieldSpec; prefix?: string; rowLabel?: string; compact?: boolean }) {
  const { state } = useForm();
  if (!isShown(field, state)) return null;
  const name = joinName(prefix, field.key);
  switch (field.kind) {
    case "yesno":
      return <Radios field={field} name={name} rowLabel={rowLabel} compact={compact} options={yesNoOptions} />;
    case "choice":
      return field.display === "select" ? <Select field={field} name={name} rowLabel={rowLabel} compact={compact} /> : <Radios field={field} name={name} rowLabel={rowLabel} compact={compact} options={field.options} />;
    case "multi":
      return <Checkboxes field={field} name={name} />;
    case "group":
      return <Group field={field} name={name} />;
    case "list":
      // No boundary of its own: on the server React may stream a large boundary late, with an
      // inline script the CSP refuses. The island's boundary (Calculator.tsx) waits for it.
      return <List field={field} name={name} Field={Field} />;
    default:
      return <TextControl field={field} name={name} rowLabel={rowLabel} compact={compact} />;
  }
}

const yesNoOptions: readonly Option[] = [
  { value: YES, label: answers.yes },
  { value: NO, label: answers.no },
];

function Radios({ field, name, options, rowLabel, compact }: { field: FieldSpec; name: string; options: readonly Option[]; rowLabel?: string | undefined; compact: boolean }) {
  const { lang, idBase, state, errors, set, touch, words } = useForm();
  const id = fieldId(idBase, name);
  const errs = errorsOf(errors, name, false);
  const all: readonly Option[] = field.unknown ? [...options, { value: UNKNOWN, label: answers.dontKnow }] : options;
  const value = state[name] ?? "";
  return (
    <fieldset
      className={`calc-field calc-radios${errs.length ? " calc-field--error" : ""}${compact ? " calc-field--row" : ""}`}
      aria-describedby={describedBy(id, field, errs.length > 0)}
    >
      <legend className={compact ? "visually-hidden" : undefined}>{labelText(field, lang, words, rowLabel)}</legend>
      {!compact && <Hint id={id} field={field} lang={lang} />}
      <ErrorText id={id} errors={errs} lang={lang} />
      <div className="calc-radios__items">
        {all.map((option, i) => {
          const optionId = i === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="calc-radio" key={option.value}>
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                onChange={() => set({ [name]: option.value }, true)}
                onBlur={() => touch(name)}
              />
              <label htmlFor={optionId}>{option.label[lang]}</label>
              {option.hint && (
                <span className="calc-option-hint" id={`${optionId}-hint`}>
                  {option.hint[lang]}
                </span>
              )}
            </div>
          );
        })}
      </div>
      <CheckHint field={field} lang={lang} shown={value === UNKNOWN} />
    </fieldset>
  );
}

function Select({ field, name, rowLabel, compact }: { field: Kind<"choice">; name: string; rowLabel?: string | undefined; compact: boolean }) {
  const { lang, idBase, state, errors, set, touch, words } = useForm();
  const id = fieldId(idBase, name);
  const errs = errorsOf(errors, name, false);
  return (
    <div className={`calc-field${errs.length ? " calc-field--error" : ""}${compact ? " calc-field--row" : ""}`}>
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {labelText(field, lang, words, rowLabel)}
      </label>
      {!compact && <Hint id={id} field={field} lang={lang} />}
      <ErrorText id={id} errors={errs} lang={lang} />
      <select
        id={id}
        name={name}
        value={state[name] ?? ""}
        aria-invalid={errs.length > 0 || undefined}
        aria-describedby={describedBy(id, field, errs.length > 0)}
        onChange={(e) => set({ [name]: e.currentTarget.value }, true)}
        onBlur={() => touch(name)}
      >
        <option value="">{words.choose}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the typed text reads as, next to the control: the amount in NT$, the ROC date. */
function Reading({ field, raw, lang, id }: { field: FieldSpec; raw: string; lang: Lang; id: string }): ReactNode {
  const { words } = useForm();
  if (raw.trim() === "" || raw === UNKNOWN) return null;
  if (field.kind === "amount") {
    const parsed = parseAmount(raw);
    if (!parsed.ok) return null;
    return (
      <span className="calc-reading" id={`${id}-reading`}>
        {fill(words.parsedAs, { value: money(parsed.value, lang) })}
      </span>
    );
  }
  if (field.kind === "date") {
    try {
      return (
        <span className="calc-reading" id={`${id}-reading`}>
          {words.rocDate}
          {colon(lang)}
          <span lang="zh-TW">{toRocDate(raw)}</span>
        </span>
      );
    } catch {
      return null;
    }
  }
  return null;
}

function TextControl({ field, name, rowLabel, compact }: { field: FieldSpec; name: string; rowLabel?: string | undefined; compact: boolean }) {
  const { lang, idBase, state, errors, set, touch, words } = useForm();
  const id = fieldId(idBase, name);
  const errs = errorsOf(errors, name, false);
  const raw = state[name] ?? "";
  const unknown = raw === UNKNOWN && Boolean(field.unknown);
  // The text typed before ticking "I don't know" comes back when it is unticked.
  const stash = useRef("");
  const numeric = field.kind === "number" || field.kind === "amount";
  const reading = Reading({ field, raw, lang, id });
  return (
    <div className={`calc-field${errs.length ? " calc-field--error" : ""}${compact ? " calc-field--row" : ""}`}>
      <label htmlFor={id} className={compact ? "visually-hidden" : undefined}>
        {labelText(field, lang, words, rowLabel)}
      </label>
      {!compact && <Hint id={id} field={field} lang={lang} />}
      <ErrorText id={id} errors={errs} lang={lang} />
      <div className="calc-input">
        <input
          id={id}
          name={name}
          type={field.kind === "date" ? "date" : "text"}
          inputMode={field.kind === "number" ? (field.integer ? "numeric" : "decimal") : undefined}
          autoComplete="off"
          spellCheck={false}
          className={numeric ? "calc-input--number" : undefined}
          value={unknown ? "" : raw}
          disabled={unknown}
          aria-invalid={errs.length > 0 || undefined}
          aria-describedby={describedBy(id, field, errs.length > 0, [field.unit ? `${id}-unit` : "", reading ? `${id}-reading` : ""].filter(Boolean))}
          onChange={(e) => set({ [name]: e.currentTarget.value }, field.kind === "date")}
          onBlur={() => touch(name)}
        />
        {field.unit && (
          <span className="calc-unit" id={`${id}-unit`}>
            {field.unit[lang]}
          </span>
        )}
        {reading}
      </div>
      {field.unknown && (
        <div className="calc-unknown">
          <input
            type="checkbox"
            id={`${id}-unknown`}
            checked={unknown}
            onChange={(e) => {
              if (e.currentTarget.checked) stash.current = raw;
              set({ [name]: e.currentTarget.checked ? UNKNOWN : stash.current }, true);
            }}
          />
          <label htmlFor={`${id}-unknown`}>{answers.dontKnow[lang]}</label>
          <CheckHint field={field} lang={lang} shown={unknown} />
        </div>
      )}
    </div>
  );
}

function Checkboxes({ field, name }: { field: Kind<"multi">; name: string }) {
  const { lang, idBase, state, errors, set, touch, words } = useForm();
  const id = fieldId(idBase, name);
  const errs = errorsOf(errors, name, true);
  return (
    <fieldset className={`calc-field calc-checkboxes${errs.length ? " calc-field--error" : ""}`} aria-describedby={describedBy(id, field, errs.length > 0)}>
      <legend>{labelText(field, lang, words)}</legend>
      <Hint id={id} field={field} lang={lang} />
      <ErrorText id={id} errors={errs} lang={lang} />
      {field.options.map((option, i) => {
        const control = joinName(name, i);
        const optionId = i === 0 ? id : `${id}-${i}`;
        return (
          <div className="calc-checkbox" key={option.value}>
            <input
              type="checkbox"
              id={optionId}
              name={control}
              value={option.value}
              checked={state[control] === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              onChange={(e) => set({ [control]: e.currentTarget.checked ? option.value : "" }, true)}
              onBlur={() => touch(name)}
            />
            <label htmlFor={optionId}>{option.label[lang]}</label>
            {option.hint && (
              <span className="calc-option-hint" id={`${optionId}-hint`}>
                {option.hint[lang]}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

function Group({ field, name }: { field: Kind<"group">; name: string }) {
  const { lang, idBase, errors, words } = useForm();
  const id = fieldId(idBase, name);
  const own = errors.get(name);
  return (
    <fieldset className="calc-field calc-group" id={id} tabIndex={-1} aria-describedby={describedBy(id, field, Boolean(own))}>
      <legend>{labelText(field, lang, words)}</legend>
      <Hint id={id} field={field} lang={lang} />
      <ErrorText id={id} errors={own ? [own] : []} lang={lang} />
      {field.fields.map((sub) => (
        <Field key={sub.key} field={sub} prefix={name} />
      ))}
    </fieldset>
  );
}
