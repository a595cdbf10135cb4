/**
 * A drafter's page island: the form's fields with counters, the live "still missing" list
 * (src/drafts/check.ts), the draft kept in this browser as one types, and a printable review
 * copy (src/drafts/print.ts). It renders what the checker says; it decides no rule itself.
 */
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { checkDraft, isShown, listOf, otherKey, textOf } from "../../drafts/check.js";
import { printedDraft } from "../../drafts/print.js";
import { drafters } from "../../drafts/registry.js";
import { clearDrafterDraft, loadDrafterDraft, saveDrafterDraft, watchDrafterDraft } from "../../drafts/storage.js";
import { drafterStrings as S } from "../../drafts/strings.js";
import type { Draft, FieldSpec, Option, Problem, Value } from "../../drafts/types.js";
import { type Aside, discardAsides, release, type SaveResult } from "../../forms/store.js";
import { draftWords as F } from "../../forms/draft-strings.js";
import { say } from "../../i18n/say.js";
import type { Lang, Text } from "../../rules/core/types.js";
import { CountedText } from "../../ui/controls/CountedText/CountedText.js";
import { ItemList } from "../../ui/controls/ItemList/ItemList.js";

interface Props {
  id: string;
  lang: Lang;
  /** This language's handbook root ("/zh-tw", under the site's base path), for the clauses' links. */
  handbook: string;
}

const fieldId = (key: string) => `draft-${key}`;
const SAVE_DELAY_MS = 400;

export default function Drafter({ id, lang, handbook }: Props) {
  const info = drafters.find((d) => d.id === id);
  if (!info) throw new Error(`There is no drafter "${id}"`);
  const def = info.definition;
  const t = (text: Text, vars?: Record<string, string | number>) => (vars ? say(text, lang, vars) : text[lang]);

  const [draft, setDraft] = useState<Draft>({});
  const [loaded, setLoaded] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState<{ at: string | null; result: SaveResult | null; restored: boolean }>({ at: null, result: null, restored: false });
  const [asides, setAsides] = useState<Aside[]>([]);
  const [notice, setNotice] = useState("");
  const [confirmClear, setConfirmClear] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const pending = useRef<Draft | null>(null);
  /** The draft as this tab last read or saved it: edits since then are this tab's own. */
  const stored = useRef<Draft>({});

  useEffect(() => {
    const got = loadDrafterDraft(id);
    setDraft(got.draft);
    stored.current = got.draft;
    setAsides(got.asides);
    setSaved({ at: got.savedAt, result: null, restored: Object.keys(got.draft).length > 0 });
    setLoaded(true);
  }, [id]);

  // Saved a moment after the last keystroke, and at once when the page is left.
  const timer = useRef<number | undefined>(undefined);
  const flush = useRef(() => {});
  flush.current = () => {
    window.clearTimeout(timer.current);
    if (pending.current === null) return;
    const result = saveDrafterDraft(id, pending.current);
    if (result.ok) stored.current = pending.current;
    pending.current = null;
    setSaved((s) => ({ at: result.ok ? result.savedAt : s.at, result, restored: false }));
  };
  useEffect(
    () =>
      watchDrafterDraft(id, (theirs) => {
        // Another tab saved: its draft is the newest stored one; edits this tab has not saved yet
        // stay on top of it, so neither tab's typing is lost without a word.
        const mine = pending.current;
        const own = mine ? Object.entries(mine).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(stored.current[k])) : [];
        stored.current = theirs;
        const merged = { ...theirs, ...Object.fromEntries(own) };
        pending.current = own.length ? merged : null;
        setDraft(merged);
        setNotice(say(own.length ? S.otherTabMerged : S.otherTab, lang));
      }),
    [id, lang],
  );
  useEffect(() => {
    const onHide = () => flush.current();
    window.addEventListener("pagehide", onHide);
    return () => window.removeEventListener("pagehide", onHide);
  }, []);

  const problems = useMemo(() => checkDraft(def, draft), [def, draft]);
  const byKey = useMemo(() => {
    const m = new Map<string, Problem>();
    for (const p of problems) if (!m.has(p.key)) m.set(p.key, p);
    return m;
  }, [problems]);
  const errorFor = (key: string): ReactNode => {
    const p = checked || touched.has(key) ? byKey.get(key) : undefined;
    if (!p) return undefined;
    return (
      <>
        {p.message[lang]}{" "}
        <span className="draft-cite">
          {t(S.source)}
          <a href={handbook + p.cite.href} lang="zh-TW">
            {p.cite.clause}
          </a>
        </span>
      </>
    );
  };

  const update = (key: string, value: Value) => {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      pending.current = next;
      return next;
    });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => flush.current(), SAVE_DELAY_MS);
  };
  const leave = (key: string) => () => setTouched((s) => (s.has(key) ? s : new Set(s).add(key)));

  const onCheck = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    // Focus moves once the summary has rendered in its checked state.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const label = (text: Text): ReactNode =>
    lang === "en" ? (
      <>
        {text.en}{" "}
        <span className="draft-zh" lang="zh-TW">
          {text["zh-TW"]}
        </span>
      </>
    ) : (
      text["zh-TW"]
    );

  const counter = {
    count: (n: number, max: number) => t(S.counter, { n, max }),
    over: (by: number) => t(S.over, { over: by }),
  };
  const listWords = (unit: Text) => ({
    ...counter,
    item: (i: number) => t(S.item, { i, unit: unit[lang] }),
    add: t(S.add),
    remove: (i: number) => t(S.remove, { i, unit: lang === "en" ? unit.en.toLowerCase() : unit["zh-TW"] }),
    full: (max: number) => t(S.full, { max }),
    items: (n: number, max: number) => t(S.items, { n, max }),
  });
  const errorPrefix = t(F.errorPrefix);

  const otherText = (field: FieldSpec, option: Option) =>
    option.other && (
      <CountedText
        id={fieldId(otherKey(field, option))}
        label={label({ "zh-TW": `${option.label["zh-TW"]}：${option.other["zh-TW"]}`, en: `${option.label.en}: ${option.other.en}` })}
        value={textOf(draft, otherKey(field, option))}
        onChange={(v) => update(otherKey(field, option), v)}
        onBlur={leave(otherKey(field, option))}
        error={errorFor(otherKey(field, option))}
        errorPrefix={errorPrefix}
        words={counter}
      />
    );

  const hintOf = (field: FieldSpec) => field.hint && t(field.hint);

  function renderField(field: FieldSpec): ReactNode {
    const key = field.key;
    const error = errorFor(key);
    switch (field.kind) {
      case "text":
      case "textarea":
      case "number":
      case "amount":
      case "date":
      case "duration":
        return (
          <CountedText
            key={key}
            id={fieldId(key)}
            label={label(field.label)}
            hint={hintOf(field)}
            value={textOf(draft, key)}
            onChange={(v) => update(key, v)}
            onBlur={leave(key)}
            max={field.kind === "text" || field.kind === "textarea" ? field.max?.value : undefined}
            multiline={field.kind === "textarea"}
            type={field.kind === "date" ? "date" : field.kind === "text" && field.check === "url" ? "url" : field.kind === "text" && field.check === "email" ? "email" : field.kind === "text" && field.check === "phone" ? "tel" : "text"}
            inputMode={field.kind === "number" ? (field.whole ? "numeric" : "decimal") : field.kind === "amount" ? "numeric" : undefined}
            error={error}
            errorPrefix={errorPrefix}
            words={counter}
          />
        );
      case "list":
        return (
          <ItemList
            key={key}
            id={fieldId(key)}
            legend={label(field.label)}
            hint={hintOf(field)}
            items={listOf(draft, key)}
            onChange={(items) => update(key, items)}
            onBlur={leave(key)}
            maxItems={field.maxItems?.value}
            itemMax={field.itemMax?.value}
            error={error}
            errorPrefix={errorPrefix}
            words={listWords(field.itemLabel)}
          />
        );
      case "confirm":
        return (
          <fieldset key={key} id={fieldId(key)} className={`calc-field draft-confirm${error ? " calc-field--error" : ""}`} tabIndex={-1} aria-describedby={error ? `${fieldId(key)}-error` : undefined}>
            <legend>{label(field.label)}</legend>
            {error && <ErrorLine id={`${fieldId(key)}-error`} prefix={errorPrefix} text={error} />}
            <label className="calc-checkbox">
              <input type="checkbox" name={fieldId(key)} checked={draft[key] === true} onChange={(e) => update(key, e.currentTarget.checked)} onBlur={leave(key)} />
              <span>{label(field.statement)}</span>
            </label>
          </fieldset>
        );
      case "choice":
      case "multi": {
        const multi = field.kind === "multi";
        const ticked = multi ? listOf(draft, key) : [textOf(draft, key)];
        const max = multi ? field.max?.value : undefined;
        const hint = hintOf(field);
        return (
          <fieldset
            key={key}
            id={fieldId(key)}
            className={`calc-field${error ? " calc-field--error" : ""}`}
            tabIndex={-1}
            aria-describedby={[hint ? `${fieldId(key)}-hint` : "", error ? `${fieldId(key)}-error` : "", max ? `${fieldId(key)}-count` : ""].filter(Boolean).join(" ") || undefined}
          >
            <legend>{label(field.label)}</legend>
            {hint && (
              <p id={`${fieldId(key)}-hint`} className="ctl-text__hint">
                {hint}
              </p>
            )}
            {error && <ErrorLine id={`${fieldId(key)}-error`} prefix={errorPrefix} text={error} />}
            {field.options.map((o) => (
              <div key={o.value} className="draft-option">
                <label className="calc-checkbox">
                  <input
                    type={multi ? "checkbox" : "radio"}
                    name={fieldId(key)}
                    value={o.value}
                    checked={ticked.includes(o.value)}
                    onChange={(e) => {
                      if (!multi) return update(key, o.value);
                      const on = e.currentTarget.checked;
                      update(key, on ? [...ticked.filter((v) => v !== o.value), o.value] : ticked.filter((v) => v !== o.value));
                    }}
                    onBlur={leave(key)}
                  />
                  <span>{label(o.label)}</span>
                </label>
                {ticked.includes(o.value) && otherText(field, o)}
              </div>
            ))}
            {max !== undefined && (
              <p id={`${fieldId(key)}-count`} className={`ctl-text__count${ticked.length > max ? " ctl-text__count--over" : ""}`}>
                {t(S.ticked, { n: ticked.length, max })}
              </p>
            )}
          </fieldset>
        );
      }
    }
  }

  const storageProblem = saved.result && !saved.result.ok ? saved.result.problem : null;
  const status = storageProblem
    ? t(storageProblem === "held" ? F.heldDraft : storageProblem === "full" ? F.storageFull : storageProblem === "private" ? F.storagePrivate : F.storageBlocked)
    : saved.at
      ? t(saved.restored ? F.draftRestoredAt : F.draftSaved, { time: clock(saved.at, lang) })
      : "";

  const printed = printedDraft(def, draft);
  const ready = problems.length === 0;
  const missingTitle = t(S.missingTitle, { n: problems.length });

  return (
    <div className="draft" data-drafter-root>
      <form className="calc draft-fields" data-drafter={id} data-hydrated={loaded ? "" : undefined} noValidate onSubmit={onCheck} aria-labelledby="draft-title">
        <h2 id="draft-title" className="visually-hidden">
          {info.title[lang]}
        </h2>
        <section
          ref={summary}
          className={`draft-missing${checked && !ready ? " calc-error-summary" : ""}${ready ? " draft-missing--done" : ""}`}
          role={checked && !ready ? "alert" : undefined}
          aria-labelledby="draft-missing-title"
          tabIndex={-1}
        >
          <h2 id="draft-missing-title">{ready ? t(S.allDone) : missingTitle}</h2>
          {!ready && (
            <>
              <p className="ctl-text__hint">{t(S.missingIntro)}</p>
              {def.sections.map((section) => {
                // A field's own problems, and those of the names and reasons its options ask for (`field.option`).
                const own = new Set(section.fields.map((f) => f.key));
                const here = problems.filter((p) => own.has(p.key.split(".")[0]!));
                return (
                  here.length > 0 && (
                    <div key={section.id}>
                      <h3>{section.title[lang]}</h3>
                      <ul>
                        {here.map((p, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: one field may have several problems; order is the form's
                          <li key={`${p.key}-${i}`}>
                            <a href={`#${fieldId(p.key)}`}>{p.message[lang]}</a>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )
                );
              })}
            </>
          )}
        </section>

        {def.sections.map((section) => (
          <section key={section.id} className="draft-section" aria-labelledby={`draft-section-${section.id}`}>
            <h2 id={`draft-section-${section.id}`}>{label(section.title)}</h2>
            {section.intro && <p className="calc-notice">{t(section.intro)}</p>}
            {section.fields.filter((f) => isShown(f, draft)).map(renderField)}
          </section>
        ))}

        <div className="calc-actions">
          <button type="submit" className="calc-primary">
            {t(S.check)}
          </button>
          <button type="button" className="draft-print-button" onClick={() => window.print()}>
            {t(S.print)}
          </button>
          {!confirmClear && (
            <button type="button" onClick={() => setConfirmClear(true)}>
              {t(F.clear)}
            </button>
          )}
        </div>
        {confirmClear && (
          <div className="calc-notice draft-clear">
            <p>
              <strong>{t(S.clearConfirm)}</strong>
            </p>
            <div className="calc-actions">
              <button
                type="button"
                onClick={() => {
                  const r = clearDrafterDraft(id);
                  pending.current = null;
                  setDraft({});
                  setTouched(new Set());
                  setChecked(false);
                  setConfirmClear(false);
                  setSaved({ at: null, result: r.ok ? null : r, restored: false });
                  setNotice(r.ok ? t(F.cleared) : "");
                }}
              >
                {t(F.clearYes)}
              </button>
              <button type="button" onClick={() => setConfirmClear(false)}>
                {t(F.cancel)}
              </button>
            </div>
          </div>
        )}
        <p className="draft-status" role="status">
          {status}
          {notice && ` ${notice}`}
        </p>
        {(storageProblem || asides.length > 0) && (
          <StorageNotice
            lang={lang}
            asides={asides}
            backup={storageProblem ? JSON.stringify({ savedAt: new Date().toISOString(), draft }) : null}
            fileBase={id}
            onDownload={(a) => {
              // Downloaded: the only copy of a held draft is now the reader's, and saving resumes.
              release(a);
              pending.current = draft;
              flush.current();
            }}
            onDiscard={() => {
              const r = discardAsides(asides);
              if (r.ok) setAsides([]);
              setNotice(t(r.ok ? F.asideDiscarded : F.storageBlocked));
              pending.current = draft;
              flush.current();
            }}
          />
        )}
      </form>

      <section className="draft-print" lang="zh-TW" aria-label={S.printTitle}>
        <h2>{info.official}</h2>
        <p>{S.printTitle}</p>
        {saved.at && (
          <p>
            {S.printSavedAt}
            {clock(saved.at, "zh-TW")}
          </p>
        )}
        {printed.map((s) => (
          <section key={s.id}>
            <h3>{s.title}</h3>
            <dl>
              {s.fields.map((f) => (
                <div key={f.key} className="draft-print__row">
                  <dt>{f.label}</dt>
                  <dd>{f.lines.length ? f.lines.map((line, i) => <p key={`${f.key}-${i}`}>{line}</p>) : <p className="draft-print__blank">{S.printBlank}</p>}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        {!ready && (
          <section>
            <h3>{S.printMissing}</h3>
            <ul>
              {problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: see the summary above
                <li key={`${p.key}-${i}`}>{p.message["zh-TW"]}</li>
              ))}
            </ul>
          </section>
        )}
      </section>
    </div>
  );
}

function clock(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang, { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
}

function ErrorLine({ id, prefix, text }: { id: string; prefix: string; text: ReactNode }) {
  return (
    <p id={id} className="ctl-text__error">
      <span className="visually-hidden">{prefix}</span>
      {text}
    </p>
  );
}

/** What could not be saved or read: download links for each, and for the draft itself when storage refuses it. */
function StorageNotice({
  lang,
  asides,
  backup,
  fileBase,
  onDownload,
  onDiscard,
}: { lang: Lang; asides: Aside[]; backup: string | null; fileBase: string; onDownload(a: Aside): void; onDiscard(): void }) {
  const urls = useMemo(() => asides.map((a) => URL.createObjectURL(new Blob([a.raw], { type: "application/json" }))), [asides]);
  const backupUrl = useMemo(() => (backup ? URL.createObjectURL(new Blob([backup], { type: "application/json" })) : null), [backup]);
  useEffect(
    () => () => {
      for (const u of urls) URL.revokeObjectURL(u);
    },
    [urls],
  );
  useEffect(() => () => void (backupUrl && URL.revokeObjectURL(backupUrl)), [backupUrl]);
  return (
    <div className="calc-notice draft-storage">
      {asides.length > 0 && <p>{(asides.some((a) => !a.kept) ? F.heldDraft : F.setAside)[lang]}</p>}
      <ul>
        {asides.map((a, i) => (
          <li key={a.key}>
            <a href={urls[i]} download={`${fileBase}-unreadable-${i + 1}.json`} onClick={() => onDownload(a)}>
              {F.downloadAsideDraft[lang]}
            </a>
          </li>
        ))}
        {backupUrl && (
          <li>
            <a href={backupUrl} download={`${fileBase}-draft.json`}>
              {F.downloadDraft[lang]}
            </a>
          </li>
        )}
      </ul>
      {asides.length > 0 && (
        <button type="button" onClick={onDiscard}>
          {F.discardAside[lang]}
        </button>
      )}
    </div>
  );
}
