import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

interface Installment {
  amount: number;
  when: string;
}

function ok(input: unknown) {
  const out = run("spp-installments", { asOf: "2019-06-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: { installments: Installment[] } };
}

describe("spp-installments: 附錄一 九(一) one-off price paid once after acceptance", () => {
  it.each([[undefined], [3], [24]])("one-off with contractMonths %s → one installment", (contractMonths) => {
    const out = ok({ purchaseKind: "one-off", contractMonths, subsidy: 3_000_000 });
    expect(out.value.installments).toEqual([{ amount: 3_000_000, when: "after-acceptance" }]);
    expect(out.steps.map((s) => s.id)).toEqual(["appx1-9-1-one-off"]);
    expect(out.steps[0]?.cite.clause).toBe("附錄一 九(一); 第五節 一(三)1");
    expect(out.steps[0]?.detail?.en).toContain("2019-12-10");
    expect(out.warnings.some((w) => w.id === "cross-year-payment")).toBe(false);
  });
});

describe("spp-installments: 附錄一 九(二) continuous services, six months", () => {
  it.each([
    [5, [{ amount: 1_001, when: "after-acceptance" }]],
    [6, [{ amount: 1_001, when: "after-acceptance" }]],
    [
      7,
      [
        { amount: 500, when: "after-half-term" },
        { amount: 501, when: "after-closing" },
      ],
    ],
  ])("九(二)1–2: a %i-month contract", (contractMonths, installments) => {
    const out = ok({ purchaseKind: "continuous", contractMonths, subsidy: 1_001 });
    expect(out.value.installments).toEqual(installments);
    expect(out.warnings.some((w) => w.id === "cross-year-payment")).toBe(contractMonths > 6);
    // 「未逾六個月」 and 「逾六個月以上」 overlap only at exactly six months.
    expect(out.warnings.some((w) => w.id === "six-month-contract")).toBe(contractMonths === 6);
  });

  it("九(二) at exactly six months names both clauses' words and the reading taken, in both languages", () => {
    const w = ok({ purchaseKind: "continuous", contractMonths: 6, subsidy: 1_001 }).warnings.find((x) => x.id === "six-month-contract")!;
    expect(w.message["zh-TW"]).toContain("逾六個月以上");
    expect(w.message.en).toContain("not over");
    expect(w.cites[0]?.clause).toContain("九(二)1");
  });

  it("九(二)2(1)–(2): half after half the term, the rest after closing, with both citations", () => {
    const out = ok({ purchaseKind: "continuous", contractMonths: 12, subsidy: 4_000_000 });
    expect(out.value.installments).toEqual([
      { amount: 2_000_000, when: "after-half-term" },
      { amount: 2_000_000, when: "after-closing" },
    ]);
    expect(out.steps.map((s) => [s.id, s.cite.clause])).toEqual([
      ["appx1-9-2-2-1-half-term", "附錄一 九(二)2(1)"],
      ["appx1-9-2-2-2-closing", "附錄一 九(二)2(2)"],
    ]);
    const w = out.warnings.find((x) => x.id === "cross-year-payment");
    expect(w?.cites.map((c) => c.clause)).toEqual(["第五節 一(三)2; 第二節 一(三)", "附錄一 九(二)2(1)"]);
    expect(w?.message["zh-TW"]).toContain("2019-12-10");
    expect(w?.message.en).toContain("50% after half the contract term");
  });

  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [3, 1, 2],
  ])("rounds the first installment down: subsidy %i → %i + %i", (subsidy, first, rest) => {
    expect(ok({ purchaseKind: "continuous", contractMonths: 8, subsidy }).value.installments.map((i) => i.amount)).toEqual([first, rest]);
  });

  it("a short continuous contract claims by the 2019 deadline (第五節 一(三)1)", () => {
    const out = ok({ purchaseKind: "continuous", contractMonths: 6, subsidy: 10 });
    expect(out.steps.map((s) => s.id)).toEqual(["appx1-9-2-1-short-contract"]);
    expect(out.steps[0]?.detail?.["zh-TW"]).toContain("2019-12-10");
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    expect(ok({ purchaseKind: "one-off", subsidy: 1, asOf }).warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });
});

describe("spp-installments: bad input", () => {
  it.each([
    [{ purchaseKind: "continuous", subsidy: 1 }, "contractMonths"],
    [{ purchaseKind: "continuous", contractMonths: 0, subsidy: 1 }, "contractMonths"],
    [{ purchaseKind: "continuous", contractMonths: 6.5, subsidy: 1 }, "contractMonths"],
    [{ purchaseKind: "one-off", contractMonths: -1, subsidy: 1 }, "contractMonths"],
    [{ purchaseKind: "one-off" }, "subsidy"],
    [{ purchaseKind: "one-off", subsidy: -1 }, "subsidy"],
    [{ purchaseKind: "one-off", subsidy: 0.5 }, "subsidy"],
    [{ purchaseKind: "one-off", subsidy: Number.NaN }, "subsidy"],
    [{ purchaseKind: "one-off", subsidy: "100" }, "subsidy"],
    [{ purchaseKind: "monthly", subsidy: 1 }, "purchaseKind"],
    [{ subsidy: 1 }, "purchaseKind"],
    [{ purchaseKind: "one-off", subsidy: 1, asOf: "2019-04-31" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-installments", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });
});

describe("spp-installments: properties", () => {
  it("installments are whole dollars ≥ 0 that sum to the subsidy, the first never larger than the rest", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("one-off", "continuous"),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 1e12 }),
        (purchaseKind, contractMonths, subsidy) => {
          const { installments } = ok({ purchaseKind, contractMonths, subsidy }).value;
          expect(installments.reduce((s, i) => s + i.amount, 0)).toBe(subsidy);
          for (const i of installments) expect(Number.isInteger(i.amount) && i.amount >= 0).toBe(true);
          expect(installments[0]!.amount).toBeLessThanOrEqual(installments.at(-1)!.amount);
          expect(installments).toHaveLength(purchaseKind === "continuous" && contractMonths > 6 ? 2 : 1);
        },
      ),
    );
  });
});
