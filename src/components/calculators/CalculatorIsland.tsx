/**
 * A calculator's form generated from its UI spec, the answers kept in the URL (on its
 * own page), the result recomputed on every change. Calculator.tsx places it.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { evaluate } from "../../calculators/evaluate.js";
import { controlLabels, hasAnswers as answered, type ControlError } from "../../calculators/form-state.js";
import type { Words } from "../../calculators/strings.js";
import type { AnySpec, FormState } from "../../calculators/types.js";
import { fromQuery, toQuery } from "../../calculators/url.js";
import type { Lang, Text } from "../../rules/core/types.js";
import { labelled } from "../../i18n/fill.js";
import { Ctx, fieldId, keptName, longAnswers, type FormContext } from "./context.js";
import { Field } from "./Fields.js";
import { Result } from "./Result.js";

export interface IslandProps {
  lang: Lang;
  /**
   * "page": the calculator's own page, whose URL holds the answers. "embed": inside a
   * handbook page; the URL is left alone and links point to the calculator's page.
   */
  mode: "page" | "embed";
  /** The calculator's own page ("/en/calculators/tops-award/"). */
  pageUrl: string;
  /** Its words in `lang` (strings.ts wordsIn): props, so that no dictionary ships as script. */
  words: Words;
  /** The spec's examples in `lang`, their answers as a query: props for the same reason. */
  examples: readonly { label: string; query: string }[];
  /** The form this result fills: its address up to the answers, and the link's words. */
  fills?: { href: string; label: string };
}

/**
 * Beyond this many characters an address may be refused by the host (414 URI Too Long), and a
 * reload or a copied link would then lose every answer: a longer list is kept in this browser's
 * storage and the address carries only its key (?saved=…).
 */
const LONG_QUERY = 2000;
const SAVED = "saved";

function readKept(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The answers a form's controls hold, read the way a no-script submit would send them. */
function typedAnswers(form: HTMLFormElement, fields: AnySpec["fields"]): FormState {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") query.append(name, value);
  return fromQuery(`?${query}`, fields);
}

export function CalculatorIsland({ spec, lang, words, mode, pageUrl, examples, fills }: IslandProps & { spec: AnySpec }) {
  const calc = spec.calculator;
  const idBase = `calc-${spec.id}`;
  // The server renders the empty form; the URL is read after hydration so both renders match.
  const [state, setState] = useState<FormState>({});
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [copyStatus, setCopyStatus] = useState("");
  const [notice, setNotice] = useState("");
  /** The key of this page's long answers in storage, once they have needed one. */
  const keptKey = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** True when the next edit starts a new history entry (after a choice, a click, leaving a field). */
  const newEntry = useRef(true);
  // A new object each time, so asking twice for the same target still moves focus.
  const [focusRequest, setFocusRequest] = useState<{ target: "summary" | "result" } | null>(null);

  const evaluation = useMemo(() => evaluate(calc, spec.fields, state), [calc, spec, state]);
  const hasAnswers = answered(state);

  // On its page the address holds the answers (writeUrl): only an embed builds its link from them.
  const shareUrl = useMemo(() => (mode === "page" ? "" : `${pageUrl}${toQuery(state, spec.fields)}`), [mode, pageUrl, state, spec]);

  /** The answers as the address holds them: themselves, or the key they are kept under. */
  const addressOf = useCallback(
    (next: FormState) => {
      const full = toQuery(next, spec.fields);
      // Storage refused: the address keeps the answers, long as it is.
      const key = full.length > LONG_QUERY ? longAnswers.keep?.(spec.id, full, keptKey.current) : null;
      if (!key) return full;
      keptKey.current = key;
      return `?${SAVED}=${key}`;
    },
    [spec],
  );

  const writeUrl = useCallback(
    (next: FormState, commit: boolean) => {
      if (mode !== "page") return;
      const url = `${window.location.pathname}${addressOf(next)}`;
      if (url === `${window.location.pathname}${window.location.search}`) return;
      if (newEntry.current) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      newEntry.current = commit;
    },
    [mode, addressOf],
  );

  useEffect(() => {
    // What the reader typed into the server-rendered form while the script loaded is the newest
    // answer: adopting it keeps those keystrokes (and, as the values match, the caret and focus).
    const typed = formRef.current ? typedAnswers(formRef.current, spec.fields) : {};
    // Marks the form as React's: until then a click is the browser's own submit.
    formRef.current?.setAttribute("data-hydrated", "");
    if (mode !== "page") {
      if (answered(typed)) setState(typed);
      return;
    }
    const load = () => {
      const saved = new URLSearchParams(window.location.search).get(SAVED);
      const kept = saved ? readKept(keptName(spec.id, saved)) : null;
      if (saved) keptKey.current = saved;
      setNotice(saved && kept === null ? words.savedElsewhere : "");
      const next = fromQuery(kept ?? window.location.search, spec.fields);
      setState(next);
      setSubmitted(Object.keys(next).length > 0);
      setTouched(new Set());
      newEntry.current = true;
    };
    if (answered(typed)) {
      setState(typed);
      writeUrl(typed, false);
    } else load();
    window.addEventListener("popstate", load);
    return () => window.removeEventListener("popstate", load);
    // writeUrl changes only with mode and spec; the typed answers are adopted once, at hydration.
  }, [mode, spec, writeUrl, words]);

  // The language switch keeps the answers: the address as written, after each change (a long
  // list by its key: storage is shared by both languages).
  useEffect(() => {
    const link = mode === "page" && document.querySelector<HTMLAnchorElement>("a[data-lang-switch]");
    if (link) link.search = window.location.search;
  });

  const ctx: FormContext = useMemo(() => {
    const visibleErrors = new Map<string, ControlError>();
    if (evaluation.status === "invalid") {
      // evaluate gives one message per control, so none is overwritten here.
      for (const e of evaluation.errors) if (submitted || touched.has(e.name)) visibleErrors.set(e.name, e);
    }
    return {
      lang,
      words,
      idBase,
      state,
      errors: visibleErrors,
      set(changes, commit) {
        const next = { ...state, ...changes };
        setState(next);
        writeUrl(next, commit);
      },
      replace(next, commit) {
        setState(next);
        writeUrl(next, commit);
      },
      touch(name) {
        newEntry.current = true;
        setTouched((prev) => (prev.has(name) ? prev : new Set([...prev, name])));
      },
    };
  }, [evaluation, submitted, touched, lang, words, idBase, state, writeUrl]);

  useEffect(() => {
    if (focusRequest?.target === "summary") summaryRef.current?.focus();
    else if (focusRequest?.target === "result") document.getElementById(`${idBase}-result`)?.focus();
  }, [focusRequest, idBase]);

  const summaryErrors = submitted && evaluation.status === "invalid" ? evaluation.errors : [];
  // Labels name the summary's errors and the result's "I don't know" answers: worked out only
  // when one is shown, as a long list has thousands of controls.
  const labelOf = useMemo(() => {
    let labels: Map<string, Text> | undefined;
    return (name: string) => {
      labels ??= controlLabels(spec.fields, state);
      return labels.get(name);
    };
  }, [spec, state]);
  const jump = (e: MouseEvent<HTMLAnchorElement>, name: string) => {
    const el = document.getElementById(labelOf(name) ? fieldId(idBase, name) : idBase);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView({ block: "center" });
  };

  const load = (next: FormState) => {
    newEntry.current = true;
    setState(next);
    setSubmitted(true);
    writeUrl(next, true);
    setFocusRequest({ target: "result" });
  };

  return (
    <Ctx.Provider value={ctx}>
      <form
        ref={formRef}
        id={idBase}
        className="calc"
        data-calculator={spec.id}
        method="get"
        action={mode === "embed" ? pageUrl : undefined}
        noValidate
        tabIndex={-1}
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(true);
          newEntry.current = true;
          writeUrl(state, true);
          setFocusRequest({ target: evaluation.status === "invalid" ? "summary" : "result" });
        }}
      >
        {summaryErrors.length > 0 && (
          <div className="calc-error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby={`${idBase}-summary`}>
            <h2 id={`${idBase}-summary`}>{words.errorSummary}</h2>
            <ul>
              {summaryErrors.map((e, i) => (
                <li key={`${e.name}-${i}`}>
                  <a href={`#${labelOf(e.name) ? fieldId(idBase, e.name) : idBase}`} onClick={(ev) => jump(ev, e.name)}>
                    {labelOf(e.name) ? labelled(labelOf(e.name)![lang], lang) : ""}
                    {e.message[lang]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}

        {notice && (
          <p className="calc-notice" role="status">
            {notice}
          </p>
        )}

        {examples.length > 0 && (
          <nav className="calc-examples" aria-label={words.examples}>
            <span>{labelled(words.examples, lang)}</span>
            <ul>
              {examples.map((ex) => (
                <li key={ex.query}>
                  <a
                    href={`${pageUrl}${ex.query}`}
                    onClick={(e) => {
                      e.preventDefault();
                      load(fromQuery(ex.query, spec.fields));
                    }}
                  >
                    {ex.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}

        <div className="calc-controls">
          {spec.fields.map((field, i) => (
            <Field key={`${i}-${field.key}`} field={field} />
          ))}
        </div>

        <div className="calc-actions">
          {mode === "embed" && (
            <p className="calc-full-page">
              <a href={shareUrl}>{words.fullPage}</a>
            </p>
          )}
          <button type="submit" className="calc-primary">
            {words.calculate}
          </button>
          <button
            type="button"
            onClick={() => {
              newEntry.current = true;
              setSubmitted(false);
              setTouched(new Set());
              ctx.replace({}, true);
            }}
          >
            {words.clear}
          </button>
        </div>

        <Result evaluation={evaluation} spec={spec} calc={calc} lang={lang} idBase={idBase} hasAnswers={hasAnswers && (submitted || touched.size > 0)} labels={labelOf} />

        {evaluation.status !== "invalid" && hasAnswers && (
          <div className="calc-share">
            {fills && <a href={fills.href + toQuery(state, spec.fields).slice(1)}>{fills.label}</a>}
            <button
              type="button"
              onClick={async () => {
                // On its page the address is the answers as written: a long list by its key.
                const url = mode === "page" ? window.location.href : new URL(shareUrl, window.location.href).href;
                try {
                  await navigator.clipboard.writeText(url);
                  setCopyStatus(url.includes(`?${SAVED}=`) ? words.copiedHere : words.copied);
                } catch {
                  setCopyStatus(words.copyFailed);
                }
              }}
            >
              {words.copyLink}
            </button>
            <button
              type="button"
              onClick={() => {
                const root = document.documentElement;
                formRef.current?.classList.add("calc-print-target");
                root.classList.add("calc-printing");
                const done = () => {
                  root.classList.remove("calc-printing");
                  formRef.current?.classList.remove("calc-print-target");
                  window.removeEventListener("afterprint", done);
                };
                window.addEventListener("afterprint", done);
                window.print();
              }}
            >
              {words.print}
            </button>
            <p role="status" className="calc-share__status">
              {copyStatus}
            </p>
          </div>
        )}
      </form>
    </Ctx.Provider>
  );
}
