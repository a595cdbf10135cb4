import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

const PAVILIONS = ["living", "biotech-health", "service-tech", "sustainability-esg", "culture-design"] as const;
type Pavilion = (typeof PAVILIONS)[number];

const zeros = { living: 0, "biotech-health": 0, "service-tech": 0, "sustainability-esg": 0, "culture-design": 0 };
const items = (...pavilions: Pavilion[]) => pavilions.map((pavilion) => ({ pavilion }));
const times = (pavilion: Pavilion, n: number) => Array.from({ length: n }, () => pavilion);

function ok(input: unknown) {
  const out = run("tops-listing-limits", input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out;
}

describe("tops-listing-limits: 參、二(一)2, at most 2 items per pavilion", () => {
  it.each(PAVILIONS.flatMap((p) => [1, 2, 3].map((n) => [p, n] as const)))("%s with %i item(s)", (pavilion, n) => {
    const out = ok({ items: items(...times(pavilion, n)), asOf: "2024-10-01" });
    expect(out.value).toEqual({
      ok: n <= 2,
      perPavilion: { ...zeros, [pavilion]: n },
      failed: n <= 2 ? [] : [`pavilion-limit:${pavilion}`],
    });
    const s = out.steps.find((x) => x.id === `p3-2-1-2-pavilion-limit-${pavilion}`);
    expect(s?.value).toBe(n);
    expect(s?.cite).toEqual({ doc: "tops-registration-rules", clause: "參、二(一)2", href: "/tops/supplier-pavilions/#listing-limits" });
    expect(s?.detail?.en).toContain(n <= 2 ? `${n} ≤ the limit of 2` : `${n} > the limit of 2: over`);
    expect(s?.detail?.["zh-TW"]).toContain(`${n} 件 ${n <= 2 ? "≤" : ">"} 上限 2 件`);
  });

  it("an empty list is within the limits and counts every pavilion as zero", () => {
    expect(ok({ items: [] }).value).toEqual({ ok: true, perPavilion: zeros, failed: [] });
  });
});

describe("tops-listing-limits: 參、二(一)2, at most 10 items in total (5 pavilions × 2 = 10)", () => {
  it("9 items (2+2+2+2+1) are within the limits", () => {
    const list = [...PAVILIONS.slice(0, 4).flatMap((p) => times(p, 2)), "culture-design" as const];
    expect(ok({ items: items(...list) }).value).toMatchObject({ ok: true, failed: [] });
  });

  it("10 items (2 in each pavilion) are within both limits", () => {
    const out = ok({ items: items(...PAVILIONS.flatMap((p) => times(p, 2))) });
    expect(out.value).toEqual({ ok: true, perPavilion: { ...zeros, living: 2, "biotech-health": 2, "service-tech": 2, "sustainability-esg": 2, "culture-design": 2 }, failed: [] });
    expect(out.steps.find((s) => s.id === "p3-2-1-2-total-limit")?.value).toBe(10);
  });

  it("11 items can only be reached by putting 3 in some pavilion, so both limits fail", () => {
    const list = [...PAVILIONS.flatMap((p) => times(p, 2)), "living" as const];
    expect(ok({ items: items(...list) }).value).toEqual({
      ok: false,
      perPavilion: { living: 3, "biotech-health": 2, "service-tech": 2, "sustainability-esg": 2, "culture-design": 2 },
      failed: ["pavilion-limit:living", "total-limit"],
    });
  });

  it("the total step says, in both languages, that the 10 cap never binds on its own", () => {
    const s = ok({ items: [] }).steps.find((x) => x.id === "p3-2-1-2-total-limit");
    expect(s?.detail?.en).toContain("5 pavilions × 2 per pavilion = 10");
    expect(s?.detail?.en).toContain("never fails on its own");
    expect(s?.detail?.["zh-TW"]).toContain("5 個館別 × 每館 2 件 = 10 件");
  });

  it("steps: one-pavilion rule, each pavilion in order, then the total", () => {
    expect(ok({ items: [] }).steps.map((s) => s.id)).toEqual([
      "p3-2-1-2-one-pavilion-per-item",
      ...PAVILIONS.map((p) => `p3-2-1-2-pavilion-limit-${p}`),
      "p3-2-1-2-total-limit",
    ]);
  });

  it("property: ok exactly when no pavilion has more than 2; counts add up; total-limit never fails alone", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAVILIONS), { maxLength: 20 }), (list) => {
        const value = ok({ items: items(...list) }).value as { ok: boolean; perPavilion: Record<Pavilion, number>; failed: string[] };
        const counts = Object.values(value.perPavilion);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(list.length);
        expect(value.ok).toBe(counts.every((n) => n <= 2));
        if (value.failed.includes("total-limit")) expect(value.failed.some((f) => f.startsWith("pavilion-limit:"))).toBe(true);
      }),
    );
  });
});

describe("tops-listing-limits: edition and bad input", () => {
  it.each([
    ["2025-02-28", []],
    ["2026-11-22", []],
  ])("貳、二 執行時程「自公告日起」: asOf %s gives warnings %j (no end date to have passed)", (asOf, ids) => {
    expect(ok({ items: [], asOf }).warnings.map((w) => w.id)).toEqual(ids);
  });

  it.each([
    [{ items: [{ pavilion: "food" }] }, "items.0.pavilion"],
    [{ items: [{}] }, "items.0.pavilion"],
    [{ items: [{ pavilion: "living" }, "living"] }, "items.1"],
    [{ items: "living" }, "items"],
    [{}, "items"],
    [{ items: [], asOf: "2024-02-30" }, "asOf"],
  ])("%j → error on %s in both languages", (input, path) => {
    const out = run("tops-listing-limits", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });
});
