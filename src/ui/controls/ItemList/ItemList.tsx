/**
 * A list of short items with add and remove, each item a counted text box: for "list at most
 * 10 items of at most 15 characters". Adding stops at `maxItems`; focus follows the change, to
 * the new item or to the item that took a removed one's place.
 */
import { type ReactNode, useEffect, useState } from "react";
import { type CounterWords, CountedText } from "../CountedText/CountedText.js";
import "./ItemList.css";

interface ItemListWords extends CounterWords {
  item(i: number): string;
  add: string;
  remove(i: number): string;
  full(max: number): string;
  items(n: number, max: number): string;
}

export interface ItemListProps {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  items: readonly string[];
  onChange(items: string[]): void;
  onBlur?(): void;
  maxItems?: number | undefined;
  itemMax?: number | undefined;
  error?: ReactNode;
  errorPrefix: string;
  words: ItemListWords;
}

export const itemId = (id: string, i: number): string => `${id}-${i + 1}`;

export function ItemList(p: ItemListProps) {
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus)?.focus();
  }, [focus]);
  // An empty list still shows one box: there is always somewhere to type.
  const shown = p.items.length ? p.items : [""];
  const full = p.maxItems !== undefined && shown.length >= p.maxItems;
  const hintId = p.hint ? `${p.id}-hint` : undefined;
  const errorId = p.error ? `${p.id}-error` : undefined;
  const set = (i: number, value: string) => p.onChange(shown.map((v, j) => (j === i ? value : v)));
  const remove = (i: number) => {
    const next = shown.filter((_, j) => j !== i);
    p.onChange(next);
    setFocus(next.length ? itemId(p.id, Math.min(i, next.length - 1)) : `${p.id}-add`);
  };
  const add = () => {
    p.onChange([...shown, ""]);
    setFocus(itemId(p.id, shown.length));
  };
  return (
    <fieldset id={p.id} className={`ctl-list${p.error ? " ctl-list--error" : ""}`} aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} tabIndex={-1}>
      <legend>{p.legend}</legend>
      {p.hint && (
        <p id={hintId} className="ctl-text__hint">
          {p.hint}
        </p>
      )}
      {p.error && (
        <p id={errorId} className="ctl-text__error">
          <span className="visually-hidden">{p.errorPrefix}</span>
          {p.error}
        </p>
      )}
      <ol className="ctl-list__items">
        {shown.map((value, i) => (
          // Items have no identity of their own but their place, which is also their label.
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the item's name ("item 3")
          <li key={i} className="ctl-list__item">
            <CountedText id={itemId(p.id, i)} label={p.words.item(i + 1)} value={value} max={p.itemMax} words={p.words} errorPrefix={p.errorPrefix} onChange={(v) => set(i, v)} onBlur={p.onBlur} />
            {shown.length > 1 && (
              <button type="button" className="ctl-list__remove" onClick={() => remove(i)}>
                {p.words.remove(i + 1)}
              </button>
            )}
          </li>
        ))}
      </ol>
      <p className="ctl-list__foot">
        {p.maxItems !== undefined && <span className="ctl-list__count">{p.words.items(shown.filter((v) => v.trim() !== "").length, p.maxItems)}</span>}
        {full ? (
          <span>{p.words.full(p.maxItems ?? 0)}</span>
        ) : (
          <button type="button" id={`${p.id}-add`} className="ctl-list__add calc-add" onClick={add}>
            {p.words.add}
          </button>
        )}
      </p>
    </fieldset>
  );
}
