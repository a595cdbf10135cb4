/**
 * The browser's localStorage, for the profile and one draft per form. Storage may be
 * missing, refused or full: every call is guarded and says what happened, so the page can
 * tell the applicant accurately instead of losing text silently. What cannot be read is
 * never overwritten: it is copied under a key of its own first, for the applicant to download;
 * when the store has no room for that copy, the entry is held (see `held`) instead.
 */
import { type Drafts, profileFromStorage, STORED_VALUE_MAX, type Profile } from "./profile.js";
import { type Answers, type FormId, formIds } from "./types.js";

const PREFIX = "tw-procurement-handbook";
export const PROFILE_KEY = `${PREFIX}:profile:v1`;
export const draftKey = (id: FormId): string => `${PREFIX}:draft:v1:${id}`;
const PROBE_KEY = `${PREFIX}:probe`;

/** Why nothing could be stored: each needs different advice. */
export type StoreProblem = "full" | "private" | "blocked";
type Done = { ok: true; savedAt: string } | { ok: false; problem: StoreProblem };
/** A save refused by storage, or `held`: it would have written over an entry that is held. */
export type SaveResult = Done | { ok: false; problem: "held" };

/** A stored entry that could not be read, kept under `key` and offered for download. */
export interface Aside {
  key: string;
  raw: string;
  /** Whether the copy is stored: when it could not be, the original is the only copy and is held. */
  kept: boolean;
}

export interface LoadedDraft {
  answers: Answers;
  /** When it was saved (ISO); null for none, or a draft from before the time was kept. */
  savedAt: string | null;
  aside: Aside | null;
}

type Got = { store: Storage } | { store: null; problem: StoreProblem };

function store(): Got {
  try {
    const s = window.localStorage;
    return s ? { store: s } : { store: null, problem: "blocked" };
  } catch {
    // Site data turned off for this site: reading the property itself throws a SecurityError.
    return { store: null, problem: "blocked" };
  }
}

/**
 * A refused write: a QuotaExceededError in an empty store that cannot take even a few bytes is a
 * private window with no quota; with data in it, it is a full store. Anything else is a refusal.
 */
function problemOf(error: unknown, s: Storage): StoreProblem {
  if (!(error instanceof DOMException) || error.name !== "QuotaExceededError") return "blocked";
  if (s.length > 0) return "full";
  try {
    s.setItem(PROBE_KEY, "1");
    s.removeItem(PROBE_KEY);
    return "full";
  } catch {
    return "private";
  }
}

/**
 * Entries that could not be read, nor copied aside (a full store): no save writes over them or
 * removes them until the applicant has downloaded or deleted what they held (`release`).
 */
const held = new Set<string>();

function write(key: string, value: string): SaveResult {
  return held.has(key) ? { ok: false, problem: "held" } : put(key, value);
}

function put(key: string, value: string): Done {
  const got = store();
  if (!got.store) return { ok: false, problem: got.problem };
  try {
    got.store.setItem(key, value);
    return { ok: true, savedAt: new Date().toISOString() };
  } catch (error) {
    return { ok: false, problem: problemOf(error, got.store) };
  }
}

function read(key: string): string | null {
  const got = store();
  try {
    return got.store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

const ASIDE = ":unreadable:";

/**
 * Copies an unreadable entry under a key no save ever uses, so the next save cannot destroy it.
 * The same entry met again on the next load is not copied twice.
 */
function setAside(key: string, raw: string): Aside {
  const known = asidesOf([key]).find((a) => a.raw === raw);
  if (known) return known;
  const aside = `${key}${ASIDE}${Date.now()}`;
  // Without room for the copy, the original stays the only one: it is held, and offered for download all the same.
  const kept = put(aside, raw).ok;
  if (!kept) held.add(key);
  return { key: aside, raw, kept };
}

/** The entry an aside was copied from. */
const originOf = (a: Aside): string => a.key.slice(0, a.key.lastIndexOf(ASIDE));

/** The applicant has downloaded what could not be copied aside: saves may write over the original again. */
export function release(a: Aside): void {
  held.delete(originOf(a));
}

/** The copies set aside for these entries on this or any earlier visit, oldest first. */
function asidesOf(keys: readonly string[]): Aside[] {
  const got = store();
  if (!got.store) return [];
  try {
    const s = got.store;
    return Array.from({ length: s.length }, (_, i) => s.key(i))
      .filter((k): k is string => k !== null && keys.some((key) => k.startsWith(key + ASIDE)))
      .sort()
      .map((k) => ({ key: k, raw: s.getItem(k) ?? "", kept: true }));
  } catch {
    return [];
  }
}

/** Keeps this form's stored draft aside whole: the page met something in it that it cannot show. */
export function draftAside(id: FormId): Aside | null {
  const raw = read(draftKey(id));
  return raw === null ? null : setAside(draftKey(id), raw);
}

/** Everything set aside that this form's page shows: its own draft's and the profile's. */
export function loadAsides(id: FormId): Aside[] {
  return asidesOf([PROFILE_KEY, draftKey(id)]);
}

/** Deletes copies the applicant has chosen to let go; an original that was held is let go with its copy. */
export function discardAsides(asides: readonly Aside[]): Done {
  let result: Done = { ok: true, savedAt: new Date().toISOString() };
  for (const a of asides) {
    const r = drop(a.key);
    if (r.ok) release(a);
    else result = r;
  }
  return result;
}

/** Whether this browser lets the page store anything, without touching the applicant's data. */
export function probeStorage(): StoreProblem | null {
  const probe = put(PROBE_KEY, "1");
  if (!probe.ok) return probe.problem;
  try {
    window.localStorage.removeItem(PROBE_KEY);
  } catch {
    // A probe left behind is one byte under our own prefix.
  }
  return null;
}

export function loadProfile(): { profile: Profile; aside: Aside | null } {
  const raw = read(PROFILE_KEY);
  const { profile, unreadable } = profileFromStorage(raw);
  return { profile, aside: unreadable && raw !== null ? setAside(PROFILE_KEY, raw) : null };
}

export function saveProfile(profile: Profile): SaveResult {
  return write(PROFILE_KEY, JSON.stringify(profile));
}

interface Envelope {
  savedAt: string;
  answers: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A stored draft read entry by entry: `{ savedAt, answers }`, or the bare control name → text record
 * of earlier versions. Entries that are not text, or longer than any answer, are dropped one by one.
 */
export function parseDraft(raw: string): { answers: Answers; savedAt: string | null; complete: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { answers: {}, savedAt: null, complete: false };
  }
  if (!isRecord(data)) return { answers: {}, savedAt: null, complete: false };
  const envelope = typeof data["savedAt"] === "string" && isRecord(data["answers"]) ? (data as unknown as Envelope) : null;
  const entries = Object.entries(envelope ? envelope.answers : data);
  const answers: Record<string, string> = {};
  let complete = true;
  for (const [name, value] of entries) {
    if (typeof value === "string" && value.length <= STORED_VALUE_MAX) answers[name] = value;
    else complete = false;
  }
  return { answers, savedAt: envelope?.savedAt ?? null, complete };
}

export function loadDraft(id: FormId): LoadedDraft {
  const raw = read(draftKey(id));
  if (raw === null) return { answers: {}, savedAt: null, aside: null };
  const { answers, savedAt, complete } = parseDraft(raw);
  return { answers, savedAt, aside: complete ? null : setAside(draftKey(id), raw) };
}

export function saveDraft(id: FormId, answers: Answers): SaveResult {
  if (Object.keys(answers).length) {
    const savedAt = new Date().toISOString();
    const result = write(draftKey(id), JSON.stringify({ savedAt, answers } satisfies Envelope));
    return result.ok ? { ok: true, savedAt } : result;
  }
  return remove(draftKey(id));
}

export function clearDraft(id: FormId): SaveResult {
  return remove(draftKey(id));
}

function remove(key: string): SaveResult {
  return held.has(key) ? { ok: false, problem: "held" } : drop(key);
}

function drop(key: string): Done {
  const got = store();
  if (!got.store) return { ok: false, problem: got.problem };
  try {
    got.store.removeItem(key);
    return { ok: true, savedAt: new Date().toISOString() };
  } catch (error) {
    return { ok: false, problem: problemOf(error, got.store) };
  }
}

/** Every form's stored draft, for a backup file. */
export function loadDrafts(): Drafts {
  const drafts: Record<string, Answers> = {};
  for (const id of formIds) {
    const raw = read(draftKey(id));
    if (raw !== null) drafts[id] = parseDraft(raw).answers;
  }
  return drafts;
}

/** Stored entries exactly as they were, to put back when an import is undone. */
export type Snapshot = readonly { key: string; raw: string | null }[];

export function snapshot(ids: readonly FormId[]): Snapshot {
  return [PROFILE_KEY, ...ids.map(draftKey)].map((key) => ({ key, raw: read(key) }));
}

export function restore(saved: Snapshot): SaveResult {
  let result: SaveResult = { ok: true, savedAt: new Date().toISOString() };
  for (const { key, raw } of saved) {
    const r = raw === null ? remove(key) : write(key, raw);
    if (!r.ok) result = r;
  }
  return result;
}
