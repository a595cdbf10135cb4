import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

interface Value {
  revisedSubsidy: number | null;
  borneByStartup: number | null;
  refundDue: number;
}

function ok(input: unknown) {
  const out = run("spp-rd-change-termination", { asOf: "2019-09-01", ...(input as object) });
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out as typeof out & { value: Value };
}

function refused(input: unknown) {
  const out = run("spp-rd-change-termination", { asOf: "2019-09-01", ...(input as object) });
  expect(out.ok).toBe(false);
  if (out.ok) throw new Error("accepted");
  for (const e of out.errors) {
    expect(e.message["zh-TW"]).toMatch(/\S/);
    expect(e.message.en).toMatch(/\S/);
  }
  return out.errors;
}

const MONEY_MAX = 1e12;
/** An approval within 研發型 第二節 二: NT$1,000,000 of a NT$2,500,000 plan (40%). */
const approved = { kind: "change", approvedSubsidy: 1_000_000, approvedStartupShare: 1_500_000 };

describe("spp-rd-change-termination, a change: 研發型 第五節 二 addition borne by the startup, reduction by the subsidy ratio", () => {
  it.each([
    // revisedTotal around the approved total of 2,500,000, with all 1,000,000 received
    [2_499_999, 999_999, 1_500_000, 1],
    [2_500_000, 1_000_000, 1_500_000, 0],
    [2_500_001, 1_000_000, 1_500_001, 0],
    [3_000_000, 1_000_000, 2_000_000, 0],
    [2_000_000, 800_000, 1_200_000, 200_000],
    [0, 0, 0, 1_000_000],
  ])("revisedTotal %i → subsidy %i, borne by the startup %i, refund %i", (revisedTotal, revisedSubsidy, borneByStartup, refundDue) => {
    const out = ok({ ...approved, revisedTotal, subsidyReceived: 1_000_000 });
    expect(out.value).toEqual({ revisedSubsidy, borneByStartup, refundDue });
    const decrease = revisedTotal < 2_500_000;
    expect(out.steps.map((s) => s.id)).toEqual([
      "rd-s5-2-approved-total",
      decrease ? "rd-s5-2-cost-decrease" : "rd-s5-2-cost-increase",
      "rd-s5-2-borne-by-startup",
      "rd-s5-2-refund",
    ]);
    expect(out.warnings.map((w) => w.id)).toEqual(decrease ? ["rd-change-prior-approval", "rd-change-ratio-interpretation"] : ["rd-change-prior-approval"]);
  });

  it.each([
    // subsidyReceived around the revised subsidy of 800,000
    [0, 0],
    [799_999, 0],
    [800_000, 0],
    [800_001, 1],
    [1_000_000, 200_000],
  ])("returns only what was received above the revised subsidy: received %i → refund %i", (subsidyReceived, refundDue) => {
    expect(ok({ ...approved, revisedTotal: 2_000_000, subsidyReceived }).value.refundDue).toBe(refundDue);
  });

  it("rounds the scaled subsidy down: 2/3 of 100 is 66", () => {
    expect(ok({ kind: "change", approvedSubsidy: 200, approvedStartupShare: 100, revisedTotal: 100, subsidyReceived: 0 }).value).toEqual({
      revisedSubsidy: 66,
      borneByStartup: 34,
      refundDue: 0,
    });
  });

  it("accepts an approval that is all subsidy or all own share", () => {
    expect(ok({ kind: "change", approvedSubsidy: 0, approvedStartupShare: 1, revisedTotal: 0, subsidyReceived: 0 }).value).toEqual({
      revisedSubsidy: 0,
      borneByStartup: 0,
      refundDue: 0,
    });
    expect(ok({ kind: "change", approvedSubsidy: 1, approvedStartupShare: 0, revisedTotal: 0, subsidyReceived: 1 }).value.refundDue).toBe(1);
  });

  it("stays exact at MONEY_MAX, where revisedTotal × approvedSubsidy passes 2^53", () => {
    const a = MONEY_MAX - 1;
    const out = ok({ kind: "change", approvedSubsidy: a, approvedStartupShare: 1, revisedTotal: a, subsidyReceived: a });
    expect(out.value).toEqual({ revisedSubsidy: 999_999_999_998, borneByStartup: 1, refundDue: 1 });
    const top = ok({ kind: "change", approvedSubsidy: MONEY_MAX, approvedStartupShare: MONEY_MAX, revisedTotal: MONEY_MAX, subsidyReceived: MONEY_MAX });
    expect(top.value).toEqual({ revisedSubsidy: 5e11, borneByStartup: 5e11, refundDue: 5e11 });
    expect(top.steps[0]?.value).toBe(2e12);
  });

  it("cites 研發型 第五節 二 on its anchors and says in both languages that the startup bears the addition", () => {
    const up = ok({ ...approved, revisedTotal: 3_000_000, subsidyReceived: 0 });
    expect(up.steps[1]?.cite).toEqual({ doc: "spp-subsidy-manual-2019", clause: "研發型 第五節 二", href: "/spp/rd-execution/#rd-change-cost-increase" });
    expect(up.steps[1]?.detail?.["zh-TW"]).toContain("追加部分 500,000 元由新創業者自行負擔");
    expect(up.steps[1]?.detail?.en).toContain("the addition of NT$500,000 is borne by the startup");
    const down = ok({ ...approved, revisedTotal: 2_000_000, subsidyReceived: 0 });
    expect(down.steps[1]?.cite.href).toBe("/spp/rd-execution/#rd-change-cost-decrease");
    const w = down.warnings.find((x) => x.id === "rd-change-ratio-interpretation");
    expect(w?.message["zh-TW"]).toContain("40%");
    expect(w?.message.en).toContain("40%");
    const prior = down.warnings.find((x) => x.id === "rd-change-prior-approval");
    expect(prior?.message["zh-TW"]).toContain("提案機關及新創業者雙方同意");
    expect(prior?.message.en).toContain("both the proposing agency and the startup");
    expect(prior?.cites.map((c) => c.href)).toEqual(["/spp/rd-execution/#rd-change"]);
  });

  it.each([
    // 研發型 第二節 二: at most 1,000,000 and 50% of the total
    [1_000_000, 1_000_000, false],
    [1_000_001, 1_000_001, true],
    [500_000, 500_000, false],
    [500_001, 499_999, true],
  ])("approved subsidy %i with own share %i: above-limit warning %s", (approvedSubsidy, approvedStartupShare, warned) => {
    const out = ok({ kind: "change", approvedSubsidy, approvedStartupShare, revisedTotal: 1, subsidyReceived: 0 });
    const w = out.warnings.find((x) => x.id === "rd-approved-above-limit");
    expect(Boolean(w)).toBe(warned);
    if (w) {
      expect(w.cites[0]?.clause).toBe("研發型 第二節 二");
      expect(w.message["zh-TW"]).toContain("1,000,000");
      expect(w.message.en).toContain("1,000,000");
    }
  });
});

describe("spp-rd-change-termination, a termination: 研發型 第五節 三(一) force majeure and not attributable, each its own reason", () => {
  for (const [reason, stepId, anchor] of [
    ["force-majeure", "rd-s5-3-1-force-majeure", "rd-termination-force-majeure"],
    ["not-attributable", "rd-s5-3-1-not-attributable", "rd-termination-not-attributable"],
  ] as const) {
    it.each([
      // unexecutedSubsidy up to the 500,000 received
      [0, 300],
      [200_000, 200_300],
      [499_999, 500_299],
      [500_000, 500_300],
    ])(`${reason}: unexecuted %i + interest 300 → refund %i`, (unexecutedSubsidy, refundDue) => {
      const out = ok({ kind: "termination", reason, subsidyReceived: 500_000, unexecutedSubsidy, interest: 300 });
      expect(out.value).toEqual({ revisedSubsidy: null, borneByStartup: null, refundDue });
      expect(out.steps.map((s) => [s.id, s.value])).toEqual([
        [stepId, unexecutedSubsidy],
        ["rd-s5-3-1-refund", refundDue],
      ]);
      for (const s of out.steps) expect(s.cite).toEqual({ doc: "spp-subsidy-manual-2019", clause: "研發型 第五節 三(一)", href: `/spp/rd-execution/#${anchor}` });
    });

    it(`${reason}: refuses an unexecuted part above what was received (500,001 of 500,000)`, () => {
      const errors = refused({ kind: "termination", reason, subsidyReceived: 500_000, unexecutedSubsidy: 500_001, interest: 0 });
      expect(errors[0]).toEqual({
        path: "unexecutedSubsidy",
        message: { "zh-TW": "未執行部分之補助款不得超過已領取之補助款", en: "The unexecuted part cannot exceed the subsidy received" },
      });
    });
  }

  it("names the reason the reader chose in both languages: not attributable is not called force majeure", () => {
    const na = ok({ kind: "termination", reason: "not-attributable", subsidyReceived: 500_000, unexecutedSubsidy: 200_000, interest: 300 });
    expect(na.steps[0]?.label["zh-TW"]).toContain("不可歸責於新創業者");
    expect(na.steps[0]?.label.en).toContain("Not attributable to the startup");
    const fm = ok({ kind: "termination", reason: "force-majeure", subsidyReceived: 500_000, unexecutedSubsidy: 200_000, interest: 300 });
    expect(fm.steps[0]?.label["zh-TW"]).toContain("不可抗力");
    expect(fm.steps[0]?.label.en).toContain("Force majeure");
    expect(fm.warnings.map((w) => w.id)).toEqual(["rd-interest-part", "rd-refund-by-notice"]);
    expect(na.warnings.map((w) => w.id)).toEqual(["rd-interest-part", "rd-not-attributable-assumed", "rd-refund-by-notice"]);
  });

  it("not attributable: warns what the startup's fault would cost, and that the mature track's 要點 reads differently, with every clause cited", () => {
    const out = ok({ kind: "termination", reason: "not-attributable", subsidyReceived: 500_000, unexecutedSubsidy: 200_000, interest: 300 });
    const w = out.warnings.find((x) => x.id === "rd-not-attributable-assumed");
    expect(w?.cites.map((c) => [c.clause, c.href])).toEqual([
      ["研發型 第五節 三(一)", "/spp/rd-execution/#rd-termination-not-attributable"],
      ["研發型 第五節 三(二)", "/spp/rd-execution/#rd-termination-startup-fault"],
      ["附錄一 十(二)2", "/spp/guidelines/#point-10-2"],
      ["附錄一 三", "/spp/guidelines/#point-3"],
    ]);
    for (const lang of ["zh-TW", "en"] as const) {
      expect(w?.message[lang]).toContain("500,000");
      expect(w?.message[lang]).toContain("200,300");
    }
    const part = out.warnings.find((x) => x.id === "rd-interest-part");
    expect(part?.message["zh-TW"]).toContain("未執行部分 200,000 元所生之孳息");
    expect(part?.message.en).toContain("what the unexecuted NT$200,000 earned");
  });
});

describe("spp-rd-change-termination, a termination: 研發型 第五節 三(二) attributable to the startup", () => {
  it.each([
    [0, 0, 0],
    [500_000, 0, 500_000],
    [500_000, 750, 500_750],
  ])("received %i + interest %i → refund %i, all of it", (subsidyReceived, interest, refundDue) => {
    const out = ok({ kind: "termination", reason: "attributable", subsidyReceived, interest });
    expect(out.value).toEqual({ revisedSubsidy: null, borneByStartup: null, refundDue });
    expect(out.steps.map((s) => [s.id, s.value, s.cite.href])).toEqual([["rd-s5-3-2-attributable-refund", refundDue, "/spp/rd-execution/#rd-termination-startup-fault"]]);
    expect(out.warnings.map((w) => w.id)).toEqual(["rd-attributable-after-notice", "rd-refund-by-notice"]);
  });

  it("ignores an unexecuted amount, which only the other two reasons use", () => {
    expect(ok({ kind: "termination", reason: "attributable", subsidyReceived: 5, unexecutedSubsidy: 50, interest: 1 }).value.refundDue).toBe(6);
  });

  it("says in both languages that interest goes back too (no interest quirk in the R&D text)", () => {
    const w = ok({ kind: "termination", reason: "attributable", subsidyReceived: 5, interest: 1 }).warnings.find((x) => x.id === "rd-attributable-after-notice");
    expect(w?.message["zh-TW"]).toContain("補助款及孳息全部繳回");
    expect(w?.message.en).toContain("the subsidy and its interest back in full");
  });
});

describe("spp-rd-change-termination: MONEY_MAX and edition bounds", () => {
  it.each([
    [{ kind: "termination", reason: "attributable", subsidyReceived: MONEY_MAX, interest: 0 }, true],
    [{ kind: "termination", reason: "attributable", subsidyReceived: MONEY_MAX - 1, interest: 1 }, true],
    [{ kind: "termination", reason: "attributable", subsidyReceived: MONEY_MAX, interest: 1 }, false],
    [{ kind: "termination", reason: "force-majeure", subsidyReceived: MONEY_MAX, unexecutedSubsidy: MONEY_MAX - 1, interest: 1 }, true],
    [{ kind: "termination", reason: "not-attributable", subsidyReceived: MONEY_MAX, unexecutedSubsidy: MONEY_MAX, interest: 1 }, false],
  ])("a refund of at most NT$10^12: %j accepted %s (refused at the interest)", (input, accepted) => {
    if (accepted) expect(ok(input).value.refundDue).toBe(MONEY_MAX);
    else expect(refused(input)[0]?.path).toBe("interest");
  });

  it.each(["approvedSubsidy", "approvedStartupShare", "revisedTotal", "subsidyReceived"])("change: %s above NT$10^12 is refused", (key) => {
    const input = { ...approved, revisedTotal: 1, subsidyReceived: 0, [key]: MONEY_MAX + 1 };
    expect(refused(input).map((e) => e.path)).toContain(key);
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("asOf %s: edition-ended %s", (asOf, ended) => {
    for (const input of [
      { ...approved, revisedTotal: 1, subsidyReceived: 0 },
      { kind: "termination", reason: "not-attributable", subsidyReceived: 1, unexecutedSubsidy: 1, interest: 0 },
    ]) {
      expect(ok({ ...input, asOf }).warnings.some((w) => w.id === "edition-ended")).toBe(ended);
    }
  });
});

describe("spp-rd-change-termination: bad input", () => {
  it.each([
    [{}, "kind"],
    [{ kind: "cancel", subsidyReceived: 1 }, "kind"],
    [{ kind: "termination", subsidyReceived: 1, interest: 0 }, "reason"],
    // The mature calculator's "other" is no reason here: the R&D text splits it in two.
    [{ kind: "termination", reason: "other", subsidyReceived: 1, interest: 0 }, "reason"],
    [{ kind: "termination", reason: "not-attributable", subsidyReceived: 1, interest: 0 }, "unexecutedSubsidy"],
    [{ kind: "termination", reason: "force-majeure", subsidyReceived: 1, unexecutedSubsidy: "1", interest: 0 }, "unexecutedSubsidy"],
    [{ kind: "termination", reason: "attributable", subsidyReceived: 1 }, "interest"],
    [{ kind: "termination", reason: "attributable", subsidyReceived: -1, interest: 0 }, "subsidyReceived"],
    [{ kind: "termination", reason: "attributable", subsidyReceived: 1.5, interest: 0 }, "subsidyReceived"],
    [{ kind: "termination", reason: "attributable", subsidyReceived: Number.POSITIVE_INFINITY, interest: 0 }, "subsidyReceived"],
    [{ kind: "change", approvedSubsidy: 0, approvedStartupShare: 0, revisedTotal: 1, subsidyReceived: 0 }, "approvedSubsidy"],
    [{ ...approved, revisedTotal: 1, subsidyReceived: 1_000_001 }, "subsidyReceived"],
    [{ ...approved, revisedTotal: Number.NaN, subsidyReceived: 0 }, "revisedTotal"],
    [{ ...approved, subsidyReceived: 0 }, "revisedTotal"],
    [{ kind: "change", approvedSubsidy: 1, approvedLocalShare: 1, revisedTotal: 1, subsidyReceived: 0 }, "approvedStartupShare"],
    [{ ...approved, revisedTotal: 1, subsidyReceived: 0, asOf: "2019-02-30" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-rd-change-termination", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });

  it("names the startup's own share when the approval is empty", () => {
    const errors = refused({ kind: "change", approvedSubsidy: 0, approvedStartupShare: 0, revisedTotal: 1, subsidyReceived: 0 });
    expect(errors[0]?.message).toEqual({ "zh-TW": "核定補助款與自籌款不得皆為 0", en: "The approved subsidy and the startup's own share cannot both be 0" });
  });
});

describe("spp-rd-change-termination: properties", () => {
  const money = fc.integer({ min: 0, max: MONEY_MAX });

  it("a change never returns more than was received, never raises the subsidy, and splits the revised total", () => {
    fc.assert(
      fc.property(
        fc.tuple(money, money, money, fc.double({ min: 0, max: 1, noNaN: true })).filter(([a, b]) => a + b > 0),
        ([approvedSubsidy, approvedStartupShare, revisedTotal, share]) => {
          const subsidyReceived = Math.floor(approvedSubsidy * share);
          const v = ok({ kind: "change", approvedSubsidy, approvedStartupShare, revisedTotal, subsidyReceived }).value;
          expect(v.refundDue).toBeLessThanOrEqual(subsidyReceived);
          expect(v.revisedSubsidy).toBeLessThanOrEqual(approvedSubsidy);
          expect((v.revisedSubsidy ?? Number.NaN) + (v.borneByStartup ?? Number.NaN)).toBe(revisedTotal);
        },
      ),
    );
  });

  it("a termination for the startup's fault never returns less than one that is not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MONEY_MAX - 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1e9 }), (subsidyReceived, share, interest) => {
        const unexecutedSubsidy = Math.floor(subsidyReceived * share);
        const base = { kind: "termination", subsidyReceived, unexecutedSubsidy, interest };
        const fault = ok({ ...base, reason: "attributable" }).value.refundDue;
        for (const reason of ["force-majeure", "not-attributable"]) {
          const v = ok({ ...base, reason }).value;
          expect(v.refundDue).toBe(unexecutedSubsidy + interest);
          expect(v.refundDue).toBeLessThanOrEqual(fault);
        }
      }),
    );
  });
});
