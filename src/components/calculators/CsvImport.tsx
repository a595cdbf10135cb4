import { useId, useState } from "react";
import type { CsvResult } from "../../calculators/csv.js";
import { itemFields } from "../../calculators/form-state.js";
import { appendRows } from "../../calculators/list-rows.js";
import { fill } from "../../i18n/fill.js";
import type { FieldSpec } from "../../calculators/types.js";
import { useForm } from "./context.js";

/** CSV paste or file for a list, inside its panel (List.tsx): good lines become rows, bad lines are listed by number. */
export function CsvImport({ field, name }: { field: Extract<FieldSpec, { kind: "list" }>; name: string }) {
  const { lang, state, replace, words } = useForm();
  const [text, setText] = useState("");
  const [report, setReport] = useState<(CsvResult & { big5: boolean }) | null>(null);
  const uid = useId();
  const subs = itemFields(field);
  const columns = subs.map((s) => field.csv?.columns[s.key]?.[0] ?? s.key).join(", ");

  // The reader loads only when a reader imports: most visits never do.
  const add = async (source: string | ArrayBuffer) => {
    const { decodeCsv, readCsv } = await import("../../calculators/csv.js");
    const { text, big5 } = typeof source === "string" ? { text: source, big5: false } : decodeCsv(source);
    const result = readCsv(text, subs, field.csv!);
    setReport({ ...result, big5 });
    if (result.rows.length) replace(appendRows(state, name, result.rows), true);
  };

  return (
    <>
      <p id={`${uid}-hint`}>{fill(words.csvHint, { columns })}</p>
      <label htmlFor={`${uid}-text`}>{words.csvPaste}</label>
      <textarea id={`${uid}-text`} rows={5} value={text} aria-describedby={`${uid}-hint`} onChange={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={() => add(text)}>
        {words.csvAdd}
      </button>
      <label htmlFor={`${uid}-file`}>{words.csvFile}</label>
      <input
        id={`${uid}-file`}
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          if (file) add(await file.arrayBuffer());
        }}
      />
      <div role="status" className="calc-csv__report">
        {report && (
          <>
            {report.big5 && <p>{words.csvBig5}</p>}
            <p>{report.rows.length ? fill(words.csvAdded, { n: report.rows.length }) : words.csvEmpty}</p>
            {report.problems.length > 0 && (
              <>
                <p>{words.csvBadLines}</p>
                <ul>
                  {report.problems.map((p) => (
                    <li key={p.line}>{fill(words.csvLine, { n: p.line, reason: p.reason[lang] })}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </>
  );
}
