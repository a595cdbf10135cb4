/**
 * The browser's localStorage, for the profile and one draft per form. Storage may be
 * missing or full (private browsing, quotas): every call is guarded and says whether
 * it worked, so the page can tell the applicant instead of losing text silently.
 */
import * as z from "zod/mini";
import { profileFromStorage, type Profile } from "./profile.js";
import type { Answers, FormId } from "./types.js";

const PREFIX = "tw-procurement-handbook";
export const PROFILE_KEY = `${PREFIX}:profile:v1`;
const draftKey = (id: FormId): string => `${PREFIX}:draft:v1:${id}`;

/** A draft is control name → text; anything else in storage is not ours to read. */
const draftSchema = z.record(z.string(), z.string().check(z.maxLength(20_000)));

function store(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadProfile(): Profile {
  try {
    return profileFromStorage(store()?.getItem(PROFILE_KEY) ?? null);
  } catch {
    return profileFromStorage(null);
  }
}

export function saveProfile(profile: Profile): boolean {
  return write(PROFILE_KEY, JSON.stringify(profile));
}

export function loadDraft(id: FormId): Answers {
  try {
    const raw = store()?.getItem(draftKey(id));
    if (!raw) return {};
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveDraft(id: FormId, answers: Answers): boolean {
  return Object.keys(answers).length ? write(draftKey(id), JSON.stringify(answers)) : remove(draftKey(id));
}

export function clearDraft(id: FormId): boolean {
  return remove(draftKey(id));
}

function write(key: string, value: string): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): boolean {
  try {
    const s = store();
    if (!s) return false;
    s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
