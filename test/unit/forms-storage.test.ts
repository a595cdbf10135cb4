/**
 * src/forms/storage.ts over a store with a quota, as a browser's localStorage counts it (UTF-16
 * units of keys and values): what cannot be read is copied aside before any save, and when the
 * store has no room for the copy, no save writes over the original or removes it until it is
 * downloaded (`release`) or deleted.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { emptyProfile } from "../../src/forms/profile";

class QuotaStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota: number) {}
  get length() {
    return this.items.size;
  }
  private used(without?: string) {
    let n = 0;
    for (const [k, v] of this.items) if (k !== without) n += k.length + v.length;
    return n;
  }
  /** Units left, for filling the store to the brim. */
  free() {
    return this.quota - this.used();
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.used(key) + key.length + value.length > this.quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, String(value));
  }
}

const FORM = "spp-termination-application";
let s: QuotaStorage;

/** The module afresh for each test: what it holds lasts as long as the page. */
async function load() {
  vi.resetModules();
  return import("../../src/forms/storage");
}

/** A draft with one value too long to read, and the rest of the store filled. */
function plant(storage: typeof import("../../src/forms/storage"), fill: boolean) {
  const raw = JSON.stringify({ savedAt: "2026-01-02T03:04:05.000Z", answers: { planName: "好的計畫", reason: "舊".repeat(20_001) } });
  s.setItem(storage.draftKey(FORM), raw);
  if (fill) s.setItem("filler", "x".repeat(s.free() - "filler".length));
  return raw;
}

beforeEach(() => {
  s = new QuotaStorage(100_000);
  vi.stubGlobal("window", { localStorage: s });
});

describe("an unreadable draft", () => {
  it("is copied aside when there is room, and saves then write over the original", async () => {
    const storage = await load();
    const raw = plant(storage, false);
    const draft = storage.loadDraft(FORM);
    expect(draft.answers).toEqual({ planName: "好的計畫" });
    expect(draft.aside).toMatchObject({ raw, kept: true });
    expect(s.getItem(draft.aside!.key)).toBe(raw);
    expect(storage.saveDraft(FORM, { planName: "新的" }).ok).toBe(true);
    // Met again on the next load, the copy is the one already stored.
    expect(storage.loadAsides(FORM)).toEqual([draft.aside]);
  });

  it("in a store with no room for the copy is held: no save or clearing touches it until it is released", async () => {
    const storage = await load();
    const raw = plant(storage, true);
    const { aside } = storage.loadDraft(FORM);
    expect(aside).toMatchObject({ raw, kept: false });
    expect(s.getItem(aside!.key)).toBeNull();
    // A smaller draft would fit in its place: it is refused all the same.
    expect(storage.saveDraft(FORM, { planName: "新的" })).toEqual({ ok: false, problem: "held" });
    expect(storage.saveDraft(FORM, {})).toEqual({ ok: false, problem: "held" });
    expect(storage.clearDraft(FORM)).toEqual({ ok: false, problem: "held" });
    expect(storage.restore([{ key: storage.draftKey(FORM), raw: null }])).toEqual({ ok: false, problem: "held" });
    expect(s.getItem(storage.draftKey(FORM))).toBe(raw);
    // Other entries are saved as usual (here the store is full: that is its own problem).
    expect(storage.saveProfile({ ...emptyProfile, orgName: "公司" })).toEqual({ ok: false, problem: "full" });

    storage.release(aside!);
    expect(storage.saveDraft(FORM, { planName: "新的" }).ok).toBe(true);
    expect(JSON.parse(s.getItem(storage.draftKey(FORM))!).answers).toEqual({ planName: "新的" });
  });

  it("held for lack of room is let go when it is deleted", async () => {
    const storage = await load();
    plant(storage, true);
    const { aside } = storage.loadDraft(FORM);
    expect(storage.discardAsides([aside!]).ok).toBe(true);
    expect(storage.saveDraft(FORM, { planName: "新的" }).ok).toBe(true);
  });

  it("held on one page load is held again on the next, while the store stays full", async () => {
    let storage = await load();
    const raw = plant(storage, true);
    storage.loadDraft(FORM);
    storage = await load();
    expect(storage.loadDraft(FORM).aside).toMatchObject({ raw, kept: false });
    expect(storage.saveDraft(FORM, { planName: "新的" }).ok).toBe(false);
    expect(s.getItem(storage.draftKey(FORM))).toBe(raw);
  });
});

describe("an unreadable profile", () => {
  it("with no room for its copy is held, and the draft is not", async () => {
    const storage = await load();
    s.setItem(storage.PROFILE_KEY, JSON.stringify({ orgName: "好公司", address: "舊".repeat(20_001) }));
    s.setItem("filler", "x".repeat(s.free() - "filler".length));
    const { profile, aside } = storage.loadProfile();
    expect(profile.orgName).toBe("好公司");
    expect(aside?.kept).toBe(false);
    expect(storage.saveProfile({ ...profile, orgName: "新公司" })).toEqual({ ok: false, problem: "held" });
    s.removeItem("filler");
    expect(storage.saveDraft(FORM, { planName: "新的" }).ok).toBe(true);
    storage.release(aside!);
    expect(storage.saveProfile({ ...profile, orgName: "新公司" }).ok).toBe(true);
  });
});
