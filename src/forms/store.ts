/**
 * The guarded localStorage calls under every draft the site keeps (forms, drafters): storage may
 * be missing, refused or full, and each call says which, so a page can tell the applicant
 * accurately. What cannot be read is copied aside before anything could overwrite it; when the
 * store has no room for that copy, the entry is held (see `held`) instead.
 * No schema here: a drafter page loads this without the forms' profile code.
 */
export const PREFIX = "tw-procurement-handbook";
/** Longest text kept from storage for one value: far past any field's limit, short of a paste that is no answer. */
export const STORED_VALUE_MAX = 20_000;
export const PROBE_KEY = `${PREFIX}:probe`;

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

export function write(key: string, value: string): SaveResult {
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
export function asidesOf(keys: readonly string[]): Aside[] {
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

export function remove(key: string): SaveResult {
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
