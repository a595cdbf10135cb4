import { useId, useState } from "react";
import { readCsv, type CsvResult } from "../../calculators/csv.js";
import { appendRows, itemFields } from "../../calculators/form-state.js";
import { say, strings } from "../../calculators/strings.js";
import type { FieldSpec } from "../../calculators/types.js";
import { useForm } from "./context.js";

/** CSV paste or file for a list: good lines become rows, bad lines are listed by number. */
export function CsvImport({ field, name }: { field: Extract<FieldSpec, { kind: "list" }>; name: string }) {
  const { lang, state, replace } = useForm();
  const [text, setText] = useState("");
  const [report, setReport] = useState<CsvResult | null>(null);
  const uid = useId();
  const subs = itemFields(field);
  const columns = subs.map((s) => field.csv?.columns[s.key]?.[0] ?? s.key).join(", ");

  const add = (source: string) => {
    const result = readCsv(source, subs, field.csv!);
    setReport(result);
    if (result.rows.length) replace(appendRows(state, name, result.rows), true);
  };

  return (
    <details className="calc-csv">
      <summary>{strings.importCsv[lang]}</summary>
      <p id={`${uid}-hint`}>{say(strings.csvHint, lang, { columns })}</p>
      <label htmlFor={`${uid}-text`}>{strings.csvPaste[lang]}</label>
      <textarea id={`${uid}-text`} rows={5} value={text} aria-describedby={`${uid}-hint`} onChange={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={() => add(text)}>
        {strings.csvAdd[lang]}
      </button>
      <label htmlFor={`${uid}-file`}>{strings.csvFile[lang]}</label>
      <input
        id={`${uid}-file`}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) add(await file.text());
        }}
      />
      <div role="status" className="calc-csv__report">
        {report && (
          <>
            <p>{report.rows.length ? say(strings.csvAdded, lang, { n: report.rows.length }) : strings.csvEmpty[lang]}</p>
            {report.problems.length > 0 && (
              <>
                <p>{strings.csvBadLines[lang]}</p>
                <ul>
                  {report.problems.map((p) => (
                    <li key={p.line}>{say(strings.csvLine, lang, { n: p.line, reason: p.reason[lang] })}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </details>
  );
}
