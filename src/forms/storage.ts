/**
 * The browser's localStorage, for the profile and one draft per form. Storage may be
 * missing, refused or full: every call is guarded and says what happened, so the page can
 * tell the applicant accurately instead of losing text silently. What cannot be read is
 * never overwritten: it is copied under a key of its own first, for the applicant to download;
 * when the store has no room for that copy, the entry is held (see `held`) instead.
 */
import { type Drafts, profileFromStorage, type Profile } from "./profile.js";
import { type Answers, type FormId, formIds } from "./ids.js";
import { type Aside, asidesOf, PREFIX, PROBE_KEY, read, remove, type SaveResult, setAside, STORED_VALUE_MAX, type StoreProblem, write } from "./store.js";

export type { Aside, SaveResult, StoreProblem } from "./store.js";
export { discardAsides, release } from "./store.js";

export const PROFILE_KEY = `${PREFIX}:profile:v1`;
export const draftKey = (id: FormId): string => `${PREFIX}:draft:v1:${id}`;

export interface LoadedDraft {
  answers: Answers;
  /** When it was saved (ISO); null for none, or a draft from before the time was kept. */
  savedAt: string | null;
  aside: Aside | null;
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

/** Whether this browser lets the page store anything, without touching the applicant's data. */
export function probeStorage(): StoreProblem | null {
  const probe = write(PROBE_KEY, "1");
  if (!probe.ok && probe.problem !== "held") return probe.problem;
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
