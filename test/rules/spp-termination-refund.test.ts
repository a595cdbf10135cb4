import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

function ok(input: unknown) {
  const out = run("spp-termination-refund", { asOf: "2019-06-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: { refundDue: number } };
}

describe("spp-termination-refund: 第五節 二(二)1; 附錄一 十(二)1 force majeure", () => {
  it.each([
    // unexecutedSubsidy up to the 1,000,000 received
    [0, 1_234],
    [400_000, 401_234],
    [999_999, 1_001_233],
    [1_000_000, 1_001_234],
  ])("unexecuted %i + interest 1,234 → refund %i", (unexecutedSubsidy, refundDue) => {
    const out = ok({ reason: "force-majeure", subsidyReceived: 1_000_000, unexecutedSubsidy, interest: 1_234 });
    expect(out.value).toEqual({ refundDue });
    expect(out.steps.map((s) => [s.id, s.value])).toEqual([
      ["s5-2-2-1-unexecuted", unexecutedSubsidy],
      ["s5-2-2-1-refund", refundDue],
    ]);
    expect(out.steps[0]?.cite.clause).toBe("第五節 二(二)1; 附錄一 十(二)1; 表5-6 補充說明 一");
    expect(out.warnings.map((w) => w.id)).toEqual(["force-majeure-interest-part", "refund-computed-by-agency"]);
  });

  it("第五節 二(二)1 「該未執行部分已領取之補助款及孳息」: the step and a warning say only the unexecuted part's interest, in both languages", () => {
    const out = ok({ reason: "force-majeure", subsidyReceived: 1_000_000, unexecutedSubsidy: 400_000, interest: 500 });
    const s = out.steps.find((x) => x.id === "s5-2-2-1-refund");
    expect(s?.label["zh-TW"]).toContain("該部分之孳息");
    expect(s?.label.en).toContain("the interest it earned");
    expect(s?.detail?.en).toContain("400,000 + the unexecuted part's interest 500 = 400,500");
    const w = out.warnings.find((x) => x.id === "force-majeure-interest-part");
    expect(w?.cites.map((c) => c.clause)).toEqual(["第五節 二(二)1; 附錄一 十(二)1; 表5-6 補充說明 一"]);
    expect(w?.message["zh-TW"]).toContain("未執行部分 400,000 元所生之孳息");
    expect(w?.message.en).toContain("not all the account's interest");
    expect(ok({ reason: "other", subsidyReceived: 1_000_000, interest: 500 }).warnings.map((x) => x.id)).not.toContain("force-majeure-interest-part");
  });

  it("rejects an unexecuted part above what was received (1,000,001 of 1,000,000)", () => {
    const out = run("spp-termination-refund", { reason: "force-majeure", subsidyReceived: 1_000_000, unexecutedSubsidy: 1_000_001, interest: 0 });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe("unexecutedSubsidy");
    expect(out.errors[0]?.message).toEqual({
      "zh-TW": "未執行部分之補助款不得超過已領取之補助款",
      en: "The unexecuted part cannot exceed the subsidy received",
    });
  });
});

describe("spp-termination-refund: 第五節 二(二)2 other reasons, and the interest quirk (附錄一 十(二)2; 表5-6)", () => {
  it("refunds everything received plus interest, and shows both amounts with both citations", () => {
    const out = ok({ reason: "other", subsidyReceived: 1_000_000, interest: 1_234 });
    expect(out.value).toEqual({ refundDue: 1_001_234 });
    expect(out.steps.map((s) => s.id)).toEqual(["s5-2-2-2-refund"]);
    const w = out.warnings.find((x) => x.id === "termination-interest-quirk");
    expect(w?.cites.map((c) => [c.clause, c.href])).toEqual([
      ["第五節 二(二)2", "/spp/mature-change-termination/#termination-interest-quirk"],
      ["附錄一 十(二)2", "/spp/guidelines/#point-10-2"],
      ["表5-6 補充說明 二", "/spp/mature-tables/#table-5-6"],
    ]);
    for (const lang of ["zh-TW", "en"] as const) {
      expect(w?.message[lang]).toContain("1,001,234");
      expect(w?.message[lang]).toContain("1,000,000");
      expect(w?.message[lang]).toContain("1,234");
    }
  });

  it("warns even when no interest has accrued", () => {
    const out = ok({ reason: "other", subsidyReceived: 5, interest: 0 });
    expect(out.value.refundDue).toBe(5);
    expect(out.warnings.some((w) => w.id === "termination-interest-quirk")).toBe(true);
  });

  it("ignores an unexecuted amount, which only force majeure uses", () => {
    expect(ok({ reason: "other", subsidyReceived: 5, unexecutedSubsidy: 50, interest: 1 }).value.refundDue).toBe(6);
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    expect(ok({ reason: "other", subsidyReceived: 1, interest: 0, asOf }).warnings.some((w) => w.id === "edition-ended")).toBe(ended);
  });
});

describe("spp-termination-refund: bad input", () => {
  it.each([
    [{ reason: "breach", subsidyReceived: 1, interest: 0 }, "reason"],
    [{ subsidyReceived: 1, interest: 0 }, "reason"],
    [{ reason: "other", interest: 0 }, "subsidyReceived"],
    [{ reason: "other", subsidyReceived: 1 }, "interest"],
    [{ reason: "other", subsidyReceived: 1, interest: -1 }, "interest"],
    [{ reason: "other", subsidyReceived: Number.NaN, interest: 0 }, "subsidyReceived"],
    [{ reason: "force-majeure", subsidyReceived: 1, interest: 0 }, "unexecutedSubsidy"],
    [{ reason: "force-majeure", subsidyReceived: 1, unexecutedSubsidy: "1", interest: 0 }, "unexecutedSubsidy"],
    [{ reason: "other", subsidyReceived: 1, interest: 0, asOf: "2019-6-1" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-termination-refund", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });
});

describe("spp-termination-refund: properties", () => {
  it("refuses a refund past NT$1,000,000,000,000 at the interest, so it can still be written in words", () => {
    const out = run("spp-termination-refund", { asOf: "2019-06-01", reason: "other", subsidyReceived: 1e12, interest: 1 });
    expect(out.ok).toBe(false);
    expect(JSON.stringify(out)).toContain("interest");
    expect(run("spp-termination-refund", { asOf: "2019-06-01", reason: "other", subsidyReceived: 1e12 - 1, interest: 1 }).ok).toBe(true);
  });

  it("never refunds more than received plus interest, in whole dollars ≥ 0", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("force-majeure", "other"),
        // Received plus interest stays within MONEY_MAX (1e12): a larger refund is refused, tested below.
        fc.integer({ min: 0, max: 1e12 - 1e9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1e9 }),
        (reason, subsidyReceived, share, interest) => {
          const unexecutedSubsidy = Math.floor(subsidyReceived * share);
          const { refundDue } = ok({ reason, subsidyReceived, unexecutedSubsidy, interest }).value;
          expect(refundDue).toBeLessThanOrEqual(subsidyReceived + interest);
          expect(refundDue).toBeGreaterThanOrEqual(interest);
          expect(Number.isInteger(refundDue)).toBe(true);
        },
      ),
    );
  });
});
