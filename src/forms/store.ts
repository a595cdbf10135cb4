/**
 * The guarded localStorage calls under every draft the site keeps (forms, drafters): storage may
 * be missing, refused or full, and each call says which, so a page can tell the applicant
 * accurately. What cannot be read is copied aside before anything could overwrite it.
 * No schema here: a drafter page loads this without the forms' profile code.
 */
export const PREFIX = "tw-procurement-handbook";
/** Longest text kept from storage for one value: far past any field's limit, short of a paste that is no answer. */
export const STORED_VALUE_MAX = 20_000;
export const PROBE_KEY = `${PREFIX}:probe`;

/** Why nothing could be stored: each needs different advice. */
export type StoreProblem = "full" | "private" | "blocked";
export type SaveResult = { ok: true; savedAt: string } | { ok: false; problem: StoreProblem };

/** A stored entry that could not be read, kept under `key` and offered for download. */
export interface Aside {
  key: string;
  raw: string;
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

export function write(key: string, value: string): SaveResult {
  const got = store();
  if (!got.store) return { ok: false, problem: got.problem };
  try {
    got.store.setItem(key, value);
    return { ok: true, savedAt: new Date().toISOString() };
  } catch (error) {
    return { ok: false, problem: problemOf(error, got.store) };
  }
}

export function read(key: string): string | null {
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
export function setAside(key: string, raw: string): Aside {
  const known = asidesOf([key]).find((a) => a.raw === raw);
  if (known) return known;
  const aside = `${key}${ASIDE}${Date.now()}`;
  // If it cannot be copied (a full store) the original stays as it was until the next save; the download is offered either way.
  write(aside, raw);
  return { key: aside, raw };
}

/** The copies set aside for these entries on this or any earlier visit, oldest first. */
export function asidesOf(keys: readonly string[]): Aside[] {
  const got = store();
  if (!got.store) return [];
  try {
    const s = got.store;
    return Array.from({ length: s.length }, (_, i) => s.key(i))
      .filter((k): k is string => k !== null && keys.some((key) => k.startsWith(key + ASIDE)))
      .sort()
      .map((k) => ({ key: k, raw: s.getItem(k) ?? "" }));
  } catch {
    return [];
  }
}

export function remove(key: string): SaveResult {
  const got = store();
  if (!got.store) return { ok: false, problem: got.problem };
  try {
    got.store.removeItem(key);
    return { ok: true, savedAt: new Date().toISOString() };
  } catch (error) {
    return { ok: false, problem: problemOf(error, got.store) };
  }
}

/** Deletes copies the applicant has chosen to let go. */
export function discardAsides(asides: readonly Aside[]): SaveResult {
  let result: SaveResult = { ok: true, savedAt: new Date().toISOString() };
  for (const a of asides) {
    const r = remove(a.key);
    if (!r.ok) result = r;
  }
  return result;
}
