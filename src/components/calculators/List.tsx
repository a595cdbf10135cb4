import { lazy, memo, Suspense, useMemo, useRef, useState, type ReactNode } from "react";
import { isScalarList, itemFields, joinName, rowCount, type ControlError } from "../../calculators/form-state.js";
import { addRow, removeRow } from "../../calculators/list-rows.js";
import type { FieldSpec } from "../../calculators/types.js";
import { fill } from "../../i18n/fill.js";
import { fieldId, RowCtx, useForm, type FormContext } from "./context.js";
import { describedBy, ErrorText, Hint, labelText } from "./parts.js";
import "./kept.js";

/** Fields.tsx's control, passed in: it renders each row's controls, and imports this file lazily. */
type FieldControl = (props: { field: FieldSpec; prefix?: string; rowLabel?: string; compact?: boolean }) => ReactNode;

/** The CSV panel's contents load when a reader opens it: most never do. */
const CsvImport = lazy(() => import("./CsvImport.js").then((m) => ({ default: m.CsvImport })));

/** The closed panel is the page's (with or without script); what it holds is drawn once opened. */
function CsvPanel({ field, name }: { field: Extract<FieldSpec, { kind: "list" }>; name: string }) {
  const { words } = useForm();
  const [open, setOpen] = useState(false);
  return (
    <details className="calc-csv" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{words.importCsv}</summary>
      {open && (
        <Suspense>
          <CsvImport field={field} name={name} />
        </Suspense>
      )}
    </details>
  );
}

/**
 * One row's controls, drawn again only when `answers` (its own answers and shown errors, as
 * text) or `watch` changes: a keystroke in one row of a thousand redraws that row alone. Its
 * controls read the row's context (RowCtx), whose errors are the row's.
 */
const Row = memo(
  ({ ctx, draw }: { answers: string; watch: unknown; ctx: FormContext; draw: () => ReactNode }) => <RowCtx.Provider value={ctx}>{draw()}</RowCtx.Provider>,
  (a, b) => a.answers === b.answers && a.watch === b.watch,
);

/** Each row's answers and shown errors as text, and its errors by control, in one pass over each. */
function byRow(state: FormContext["state"], errors: FormContext["errors"], name: string, lang: FormContext["lang"]) {
  const prefix = `${name}.`;
  const text: string[] = [];
  const rowErrors: Map<string, ControlError>[] = [];
  const rowOf = (key: string) => (key.startsWith(prefix) ? Number.parseInt(key.slice(prefix.length), 10) : Number.NaN);
  for (const key in state) {
    const row = rowOf(key);
    if (row >= 0) text[row] = `${text[row] ?? ""}${key}\u0000${state[key]}\u0000`;
  }
  for (const [key, error] of errors) {
    const row = rowOf(key);
    if (row >= 0) {
      rowErrors[row] ??= new Map();
      rowErrors[row].set(key, error);
      text[row] = `${text[row] ?? ""}\u0001${key}\u0000${error.message[lang]}`;
    }
  }
  return { text, rowErrors };
}

const noErrors: ReadonlyMap<string, ControlError> = new Map();

/** A list field: a table of rows (or a numbered list of one control each), with add and remove. */
export function List({ field, name, Field }: { field: Extract<FieldSpec, { kind: "list" }>; name: string; Field: FieldControl }) {
  const ctx = useForm();
  const { lang, idBase, state, errors, words } = ctx;
  const id = fieldId(idBase, name);
  const own = errors.get(name);
  const scalar = isScalarList(field);
  const subs = itemFields(field);
  const rows = Math.max(1, rowCount(state, name));
  const rowText = (n: number) => fill(words.row, { n });
  // A row not drawn again keeps the callbacks of its last drawing: these always reach the newest.
  const latest = useRef(ctx);
  latest.current = ctx;
  const relay = useMemo(
    (): Pick<FormContext, "set" | "replace" | "touch"> => ({
      set: (changes, commit) => latest.current.set(changes, commit),
      replace: (next, commit) => latest.current.replace(next, commit),
      touch: (control) => latest.current.touch(control),
    }),
    [],
  );
  const { text, rowErrors } = byRow(state, errors, name, lang);
  // An item shown only for some answers reads the whole state: its rows then redraw on every change.
  const watch = subs.some((sub) => sub.showIf) ? state : null;
  const row = (index: number, draw: () => ReactNode) => (
    <Row key={index} answers={text[index] ?? ""} watch={watch} ctx={{ ...ctx, ...relay, errors: rowErrors[index] ?? noErrors }} draw={draw} />
  );
  const remove = (row: number) => (
    <button
      type="button"
      className="calc-remove"
      onClick={() => relay.replace(removeRow(latest.current.state, name, row), true)}
      aria-label={fill(words.removeRow, { n: row + 1 })}
    >
      {lang === "en" ? "Remove" : "刪除"}
    </button>
  );
  return (
    <fieldset className="calc-field calc-list" id={id} tabIndex={-1} aria-describedby={describedBy(id, field, Boolean(own))}>
      <legend>{labelText(field, lang, words)}</legend>
      <Hint id={id} field={field} lang={lang} />
      <ErrorText id={id} errors={own ? [own] : []} lang={lang} />
      {scalar ? (
        <ol className="calc-list__items">
          {Array.from({ length: rows }, (_, index) =>
            row(index, () => (
              <li>
                <Field
                  field={{ ...subs[0]!, key: String(index), label: { "zh-TW": `${field.itemLabel["zh-TW"]} ${index + 1}`, en: `${field.itemLabel.en} ${index + 1}` } }}
                  prefix={name}
                />
                {remove(index)}
              </li>
            )),
          )}
        </ol>
      ) : (
        <div className="calc-table-wrap">
          <table className="calc-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                {subs.map((sub) => (
                  <th scope="col" key={sub.key}>
                    {sub.label[lang]}
                    {sub.unit ? ` (${sub.unit[lang]})` : ""}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{lang === "en" ? "Actions" : "操作"}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, index) =>
                row(index, () => (
                  <tr>
                    <th scope="row">{index + 1}</th>
                    {subs.map((sub) => (
                      <td key={sub.key}>
                        <Field field={sub} prefix={joinName(name, index)} rowLabel={rowText(index + 1)} compact />
                      </td>
                    ))}
                    <td>{remove(index)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      <p className="calc-list__note">{words.skipped}</p>
      <button type="button" className="calc-add" onClick={() => relay.replace(addRow(state, field, name), true)}>
        {words.addRow}
      </button>
      {field.csv && <CsvPanel field={field} name={name} />}
    </fieldset>
  );
}
