import { describe, expect, it } from "vitest";
import { num } from "../../src/rules/core/format";

describe("num: figures as both languages print them", () => {
  it("groups thousands", () => {
    expect(num(1_234_567)).toBe("1,234,567");
    expect(num(-1_500)).toBe("-1,500");
  });

  // Issue 13: -0 (typed as "-0", or 0 × a negative) printed as "-0".
  it("prints -0 as 0", () => {
    expect(num(-0)).toBe("0");
    expect(num(0 * -5)).toBe("0");
  });
});
