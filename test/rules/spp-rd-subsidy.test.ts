import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";

describe("spp-rd-subsidy: 研發型 第二節 二 (NT$1,000,000 and 50% of the budget)", () => {
  it.each([
    // 50% bound below the cap, and the cap at 2,000,000 ± 1
    [1_000_000, 500_000, false],
    [1_999_999, 999_999, false],
    [2_000_000, 1_000_000, false],
    [2_000_001, 1_000_000, false],
    [2_000_002, 1_000_000, true],
    [1, 0, false],
    [0, 0, false],
  ])("totalBudget %i gives maxSubsidy %i (capped %s)", (totalBudget, maxSubsidy, capped) => {
    const out = run("spp-rd-subsidy", { totalBudget, asOf: "2019-06-01" });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toEqual({ maxSubsidy, selfFunded: totalBudget - maxSubsidy, capped });
    // Below NT$2,000,000 the two readings of 「100萬元即總經費50%」 give different ceilings.
    expect(out.warnings.map((w) => w.id)).toEqual(totalBudget > 0 && totalBudget < 2_000_000 ? ["rd-cap-two-readings"] : []);
  });

  it("研發型 第二節 二 names both readings of 「100萬元即總經費50%」 and both figures, in both languages", () => {
    const out = run("spp-rd-subsidy", { totalBudget: 1_200_000, asOf: "2019-06-01" });
    if (!out.ok) throw new Error("failed");
    const w = out.warnings[0]!;
    expect(w.message["zh-TW"]).toContain("本試算為 600,000 元，另一讀法可達 1,000,000 元");
    expect(w.message.en).toContain("NT$600,000 here, up to NT$1,000,000 under the other");
    expect(w.cites[0]?.clause).toBe("研發型 第二節 二");
  });

  it("warns that the 2019 edition has ended when asOf is later", () => {
    const out = run("spp-rd-subsidy", { totalBudget: 10, asOf: "2026-11-22" });
    expect(out.ok && out.warnings.map((w) => w.id)).toEqual(["edition-ended", "rd-cap-two-readings"]);
  });

  it.each([
    [{ totalBudget: -1 }, "totalBudget"],
    [{ totalBudget: Number.NaN }, "totalBudget"],
    [{ totalBudget: "100" }, "totalBudget"],
    [{}, "totalBudget"],
    [{ totalBudget: 1, asOf: "2019-02-29" }, "asOf"],
  ])("rejects %j naming %s in both languages", (input, path) => {
    const out = run("spp-rd-subsidy", input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors[0]?.path).toBe(path);
    expect(out.errors[0]?.message["zh-TW"]).toMatch(/\S/);
    expect(out.errors[0]?.message.en).toMatch(/\S/);
  });
});
