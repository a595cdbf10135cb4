import type { Case, Evaluation } from "../../calculators/evaluate.js";
import { machineValue, num, yesNo } from "../../calculators/format.js";
import { colon, fill } from "../../i18n/fill.js";
import type { CalculatorSpec, FieldSpec } from "../../calculators/types.js";
import type { Calculator, Cite, Lang, Step, StepValue, Text, Warning } from "../../rules/core/types.js";
import { useForm } from "./context.js";

type Spec = CalculatorSpec<Record<string, unknown>>;

// The base path as Vite writes it in (src/lib/url.ts is the search page's, kept out of this chunk).
const sitePrefix = (lang: Lang) => `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}${lang === "en" ? "en" : "zh-tw"}`;

function CiteLink({ cite, lang }: { cite: Cite; lang: Lang }) {
  const { words } = useForm();
  return (
    <a href={`${sitePrefix(lang)}${cite.href}`} data-cite={cite.href}>
      {words.docs[cite.doc]} {cite.clause}
    </a>
  );
}

function stepValue(value: StepValue, lang: Lang): string | null {
  if (value === null) return null;
  if (typeof value === "boolean") return yesNo(value, lang);
  if (typeof value === "number") return num(value);
  return value;
}

function Steps({ steps, lang }: { steps: readonly Step[]; lang: Lang }) {
  const { words } = useForm();
  return (
    <ol className="calc-steps">
      {steps.map((s) => {
        const value = s.shown?.[lang] ?? stepValue(s.value, lang);
        return (
          <li key={s.id} data-step={s.id}>
            <p className="calc-step__label">
              <strong>{s.label[lang]}</strong>
              {value !== null && (
                <>
                  {colon(lang)}
                  <span className="calc-step__value">{value}</span>
                </>
              )}
            </p>
            {s.detail && <p className="calc-step__detail">{s.detail[lang]}</p>}
            <p className="calc-step__cite">
              {words.source}
              {colon(lang)}
              <CiteLink cite={s.cite} lang={lang} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}

function Warnings({ warnings, lang }: { warnings: readonly Warning[]; lang: Lang }) {
  const { words } = useForm();
  if (!warnings.length) return null;
  return (
    <div className="calc-warnings">
      <h3>{words.warnings}</h3>
      <ul>
        {warnings.map((w) => (
          <li key={w.id} data-warning={w.id}>
            <p>{w.message[lang]}</p>
            {w.cites.length > 0 && (
              <p className="calc-step__cite">
                {words.source}
                {colon(lang)}
                {w.cites.map((c, i) => (
                  <span key={`${c.href}-${c.clause}`}>
                    {i > 0 && (lang === "en" ? "; " : "；")}
                    <CiteLink cite={c} lang={lang} />
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The field a control name belongs to (its last key), for showing a tried value in words. */
function fieldOf(fields: readonly FieldSpec[], name: string): FieldSpec | undefined {
  const key = name.split(".").pop();
  for (const f of fields) {
    if (f.key === key) return f;
    const inner = f.kind === "group" ? f.fields : f.kind === "list" ? (Array.isArray(f.item) ? f.item : [f.item]) : [];
    const found = fieldOf(inner, name);
    if (found) return found;
  }
  return undefined;
}

/** "Number of regular employees = 200; …": the value tried for each "I don't know" answer. */
function answersText(spec: Spec, labels: (name: string) => Text | undefined, answers: Case["answers"], lang: Lang, alike?: readonly unknown[]): string {
  return Object.entries(answers)
    .map(([name, value]) => {
      const field = fieldOf(spec.fields, name);
      const shown = (v: unknown) => {
        const range = field?.unknown?.caseLabels?.[field.unknown.candidates?.indexOf(v) ?? -1];
        return range
          ? range[lang]
          : typeof v === "boolean"
            ? yesNo(v, lang)
            : field?.kind === "choice"
              ? (field.options.find((o) => o.value === String(v))?.label[lang] ?? String(v))
              : typeof v === "number"
                ? num(v)
                : String(v);
      };
      const values = (alike && alike.length > 1 ? alike : [value]).map(shown);
      const last = values.pop()!;
      const either = values.length ? `${values.join(lang === "en" ? ", " : "、")}${lang === "en" ? " or " : "或"}${last}` : last;
      const label = labels(name)?.[lang] ?? name;
      return lang === "en" ? `“${label}” is ${either}` : `「${label}」為${either}`;
    })
    .join(lang === "en" ? "; " : "；");
}

const namesText = (labels: (name: string) => Text | undefined, names: readonly string[], lang: Lang): string =>
  names.map((n) => (lang === "en" ? `“${labels(n)?.en ?? n}”` : `「${labels(n)?.["zh-TW"] ?? n}」`)).join(lang === "en" ? ", " : "、");

export function Result({
  evaluation,
  spec,
  calc,
  lang,
  idBase,
  hasAnswers,
  labels,
}: {
  evaluation: Evaluation;
  spec: Spec;
  calc: Calculator;
  lang: Lang;
  idBase: string;
  hasAnswers: boolean;
  /** A control's label by its name (controlLabels), to name "I don't know" answers. */
  labels: (name: string) => Text | undefined;
}) {
  const { words } = useForm();
  // The edition run applied, chosen by the answers' date; before there are answers, the newest.
  const edition =
    evaluation.status === "ok" ? evaluation.outcome.edition : evaluation.status === "depends" ? evaluation.cases[0]!.outcome.edition : calc.editionInfo;
  const note = (
    <p className="calc-unofficial">
      {fill(words.unofficial, { edition: edition.id, title: edition.title[lang], period: edition.periodNote[lang] })}
    </p>
  );

  // An empty form is "invalid" too (evaluate asks for the answers), so it shows no result.
  if (evaluation.status === "invalid") {
    return (
      <section className="calc-result calc-result--empty" aria-labelledby={`${idBase}-result`} data-result="none">
        <h2 id={`${idBase}-result`} tabIndex={-1}>
          {words.result}
        </h2>
        <p role="status">{hasAnswers ? words.staleResult : words.noResult}</p>
      </section>
    );
  }

  if (evaluation.status === "depends") {
    const names = Object.keys(evaluation.cases[0]!.answers);
    return (
      <section className="calc-result calc-result--depends" aria-labelledby={`${idBase}-result`} data-result="depends">
        <h2 id={`${idBase}-result`} tabIndex={-1}>
          {words.result}
        </h2>
        <p className="calc-headline" role="status">
          {words.dependsHeading}
        </p>
        <p>{fill(words.dependsIntro, { names: namesText(labels, names, lang) })}</p>
        <ul className="calc-cases">
          {evaluation.cases.map((c, i) => (
            <li key={i}>
              {fill(words.ifAnswer, { answers: answersText(spec, labels, c.answers, lang, c.alike) })}
              {spec.headline(c.outcome.value, lang)}
            </li>
          ))}
        </ul>
        {note}
      </section>
    );
  }

  const { outcome, assumed } = evaluation;
  const value = outcome.value;
  const assumedNames = Object.keys(assumed);
  return (
    <section className="calc-result" aria-labelledby={`${idBase}-result`} data-result="ok">
      <h2 id={`${idBase}-result`} tabIndex={-1}>
        {words.result}
      </h2>
      <p className="calc-headline" role="status">
        {spec.headline(value, lang)}
      </p>
      {assumedNames.length > 0 && (
        <p className="calc-assumed">
          {fill(words.assumedNote, { names: namesText(labels, assumedNames, lang), values: answersText(spec, labels, assumed, lang) })}
        </p>
      )}
      <h3>{words.values}</h3>
      <dl className="calc-values">
        {Object.entries(spec.outputs).map(([key, out]) => (
          <div key={key}>
            <dt>{out.label[lang]}</dt>
            <dd>
              <output data-field={key} data-value={machineValue(value[key])}>
                {out.format(value[key] as never, lang)}
              </output>
            </dd>
          </div>
        ))}
      </dl>
      <h3>{words.howWorkedOut}</h3>
      <Steps steps={outcome.steps} lang={lang} />
      <Warnings warnings={outcome.warnings} lang={lang} />
      {note}
    </section>
  );
}
