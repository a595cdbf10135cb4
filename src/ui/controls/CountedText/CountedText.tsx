/**
 * A labelled text box with a live character counter ("120 / 300"), its hint and its error.
 * Typing past the limit is allowed, so nothing pasted is cut off; the counter then says by how
 * much, and the caller's check reports it. The counter is read with the field (aria-describedby),
 * not announced on every keystroke.
 */
import type { ReactNode } from "react";
import "./CountedText.css";

export interface CounterWords {
  /** "{n} / {max}" in the page's language. */
  count(n: number, max: number): string;
  over(by: number): string;
}

/** Characters as a limit counts them: code points, so a character outside the BMP is one. */
export const countChars = (value: string): number => Array.from(value).length;

export interface CountedTextProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  max?: number | undefined;
  words: CounterWords;
  hint?: ReactNode;
  /** Shown under the label; the field is then aria-invalid. */
  error?: ReactNode;
  errorPrefix: string;
  multiline?: boolean;
  type?: "text" | "url" | "email" | "tel" | "date";
  inputMode?: "numeric" | "decimal" | "text";
  autoComplete?: string;
}

export function CountedText(p: CountedTextProps) {
  const n = countChars(p.value);
  const over = p.max !== undefined && n > p.max;
  const hintId = p.hint ? `${p.id}-hint` : null;
  const countId = p.max !== undefined ? `${p.id}-count` : null;
  const errorId = p.error ? `${p.id}-error` : null;
  const describedBy = [hintId, errorId, countId].filter(Boolean).join(" ") || undefined;
  const common = {
    id: p.id,
    name: p.id,
    value: p.value,
    "aria-describedby": describedBy,
    "aria-invalid": p.error ? true : undefined,
    onBlur: p.onBlur,
  };
  return (
    <div className={`ctl-text${p.error ? " ctl-text--error" : ""}`}>
      <label htmlFor={p.id}>{p.label}</label>
      {p.hint && (
        <p id={hintId ?? undefined} className="ctl-text__hint">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={errorId ?? undefined} className="ctl-text__error">
          <span className="visually-hidden">{p.errorPrefix}</span>
          {p.error}
        </p>
      )}
      {p.multiline ? (
        <textarea {...common} rows={p.max !== undefined && p.max > 150 ? 6 : 3} onChange={(e) => p.onChange(e.currentTarget.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? "text"}
          inputMode={p.inputMode}
          autoComplete={p.autoComplete ?? "off"}
          onChange={(e) => p.onChange(e.currentTarget.value)}
        />
      )}
      {p.max !== undefined && (
        <p id={countId ?? undefined} className={`ctl-text__count${over ? " ctl-text__count--over" : ""}`} data-count={n}>
          {p.words.count(n, p.max)}
          {over && <strong>{` ${p.words.over(n - p.max)}`}</strong>}
        </p>
      )}
    </div>
  );
}
