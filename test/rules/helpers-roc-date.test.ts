import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toRocDate } from "../../src/rules/index.js";

const rocParts = new Intl.DateTimeFormat("zh-TW-u-ca-roc", { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });

describe("toRocDate: 民國 dates as forms write them (rules-api.md; domain-facts.md)", () => {
  it.each([
    ["2024-09-19", "中華民國113年9月19日", "tops-awards-letter 發文日期"],
    ["2024-09-01", "中華民國113年9月1日", "tops-awards-letter 三, counting period start"],
    ["2024-11-30", "中華民國113年11月30日", "tops-awards-letter 三(三), pioneer window end"],
    ["2025-02-28", "中華民國114年2月28日", "tops-awards-letter 三, counting period end"],
    ["2024-02-29", "中華民國113年2月29日", "a leap day"],
    ["2019-12-31", "中華民國108年12月31日", "the SPP 2019 edition's year"],
    ["1912-01-01", "中華民國1年1月1日", "the first day of the ROC calendar"],
  ])("%s → %s (%s)", (iso, roc) => {
    expect(toRocDate(iso)).toBe(roc);
  });

  it.each([
    ["1911-12-31", "before 1912 (民國前), out of scope"],
    ["2023-02-29", "a day that does not exist"],
    ["2024-13-01", "month 13"],
    ["2024-9-19", "not zero-padded"],
    ["20240919", "no hyphens"],
    ["", "empty"],
  ])("throws RangeError for %j (%s)", (iso) => {
    expect(() => toRocDate(iso)).toThrow(RangeError);
  });

  it("throws RangeError for a non-string", () => {
    expect(() => toRocDate(20240919 as unknown as string)).toThrow(RangeError);
  });

  it("property: agrees with the platform's ROC calendar (Intl zh-TW-u-ca-roc) on year, month and day", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1912-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const parts = Object.fromEntries(rocParts.formatToParts(date).map((p) => [p.type, p.value]));
        expect(parts.era).toBe("民國");
        expect(toRocDate(iso)).toBe(`中華民國${parts.year}年${parts.month}月${parts.day}日`);
      }),
      { numRuns: 1000 },
    );
  });
});
