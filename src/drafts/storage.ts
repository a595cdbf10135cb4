/**
 * A drafter's draft in localStorage, through the guarded calls of src/forms/store.ts:
 * `{ savedAt, draft }`. An entry the page cannot use is dropped from what loads and the whole
 * stored text is kept aside first, so that no save overwrites it.
 */
import { type Aside, asidesOf, PREFIX, read, remove, type SaveResult, STORED_VALUE_MAX, setAside, write } from "../forms/store.js";

/** A key of its own, never a form's. */
const drafterKey = (id: string): string => `${PREFIX}:drafter:v1:${id}`;
import type { Draft, Value } from "./types.js";

const isText = (v: unknown): v is string => typeof v === "string" && v.length <= STORED_VALUE_MAX;

function storedValue(v: unknown): Value | null {
  if (typeof v === "boolean" || isText(v)) return v;
  if (Array.isArray(v) && v.length <= 100 && v.every(isText)) return v as string[];
  return null;
}

/** The stored text read entry by entry; `complete` is false when anything had to be dropped. */
export function parseStoredDraft(raw: string): { draft: Draft; savedAt: string | null; complete: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { draft: {}, savedAt: null, complete: false };
  }
  const envelope = data as { savedAt?: unknown; draft?: unknown } | null;
  const entries = envelope?.draft;
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) return { draft: {}, savedAt: null, complete: false };
  const draft: Record<string, Value> = {};
  let complete = typeof envelope?.savedAt === "string";
  for (const [key, v] of Object.entries(entries)) {
    const value = storedValue(v);
    if (value === null) complete = false;
    else draft[key] = value;
  }
  return { draft, savedAt: typeof envelope?.savedAt === "string" ? envelope.savedAt : null, complete };
}

export interface LoadedDrafterDraft {
  draft: Draft;
  savedAt: string | null;
  /** What this and earlier visits kept aside, oldest first. */
  asides: Aside[];
}

export function loadDrafterDraft(id: string): LoadedDrafterDraft {
  const key = drafterKey(id);
  const raw = read(key);
  const parsed = raw === null ? { draft: {}, savedAt: null, complete: true } : parseStoredDraft(raw);
  const met = !parsed.complete && raw !== null ? setAside(key, raw) : null;
  const stored = asidesOf([key]);
  // A copy a full store could not take is offered all the same: it is the held original.
  return { draft: parsed.draft, savedAt: parsed.savedAt, asides: met && !met.kept ? [...stored, met] : stored };
}

export function saveDrafterDraft(id: string, draft: Draft): SaveResult {
  const savedAt = new Date().toISOString();
  const result = write(drafterKey(id), JSON.stringify({ savedAt, draft }));
  return result.ok ? { ok: true, savedAt } : result;
}

export function clearDrafterDraft(id: string): SaveResult {
  return remove(drafterKey(id));
}

/**
 * Calls `changed` with the draft another tab of this browser has just saved (the storage event
 * fires only in the other tabs); returns the way to stop listening.
 */
export function watchDrafterDraft(id: string, changed: (draft: Draft) => void): () => void {
  const key = drafterKey(id);
  const listener = (e: StorageEvent) => {
    if (e.key === key && e.newValue !== null) changed(parseStoredDraft(e.newValue).draft);
  };
  window.addEventListener("storage", listener);
  return () => window.removeEventListener("storage", listener);
}
