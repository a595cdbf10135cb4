import { lazy, Suspense, useState, type ReactNode } from "react";
import { isScalarList, itemFields, joinName, rowCount } from "../../calculators/form-state.js";
import { addRow, removeRow } from "../../calculators/list-rows.js";
import type { FieldSpec } from "../../calculators/types.js";
import { fill } from "../../i18n/fill.js";
import { fieldId, useForm } from "./context.js";
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

/** A list field: a table of rows (or a numbered list of one control each), with add and remove. */
export function List({ field, name, Field }: { field: Extract<FieldSpec, { kind: "list" }>; name: string; Field: FieldControl }) {
  const { lang, idBase, state, errors, replace, words } = useForm();
  const id = fieldId(idBase, name);
  const own = errors.get(name);
  const scalar = isScalarList(field);
  const subs = itemFields(field);
  const rows = Math.max(1, rowCount(state, name));
  const rowText = (n: number) => fill(words.row, { n });
  const remove = (row: number) => (
    <button type="button" className="calc-remove" onClick={() => replace(removeRow(state, name, row), true)} aria-label={fill(words.removeRow, { n: row + 1 })}>
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
          {Array.from({ length: rows }, (_, row) => (
            <li key={row}>
              <Field
                field={{ ...subs[0]!, key: String(row), label: { "zh-TW": `${field.itemLabel["zh-TW"]} ${row + 1}`, en: `${field.itemLabel.en} ${row + 1}` } }}
                prefix={name}
              />
              {remove(row)}
            </li>
          ))}
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
              {Array.from({ length: rows }, (_, row) => (
                <tr key={row}>
                  <th scope="row">{row + 1}</th>
                  {subs.map((sub) => (
                    <td key={sub.key}>
                      <Field field={sub} prefix={joinName(name, row)} rowLabel={rowText(row + 1)} compact />
                    </td>
                  ))}
                  <td>{remove(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="calc-list__note">{words.skipped}</p>
      <button type="button" className="calc-add" onClick={() => replace(addRow(state, field, name), true)}>
        {words.addRow}
      </button>
      {field.csv && <CsvPanel field={field} name={name} />}
    </fieldset>
  );
}
