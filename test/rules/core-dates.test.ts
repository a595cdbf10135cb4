import { describe, expect, it } from "vitest";
import { addDays, daysAfter, monthsAfter, monthsPeriodEnd } from "../../src/rules/core/dates.js";

describe("民法 第120–121條: periods counted as the Civil Code counts them (domain-facts.md)", () => {
  it.each([
    // rules-api.md worked examples
    ["2019-05-10", 3, "2019-08-10"],
    ["2019-02-28", 3, "2019-05-31"],
    ["2019-10-31", 1, "2019-11-30"],
    // the first counted day is the 31st: February has no corresponding day, so its last day ends the period
    ["2019-01-30", 1, "2019-02-28"],
    ["2020-01-30", 1, "2020-02-29"],
    ["2020-01-28", 1, "2020-02-28"],
    ["2019-01-28", 1, "2019-02-28"],
    ["2019-01-27", 1, "2019-02-27"],
    // across a year end
    ["2019-11-15", 3, "2020-02-15"],
    ["2019-12-31", 1, "2020-01-31"],
  ])("within %s + %i month(s) (the event day not counted) ends on %s", (event, months, end) => {
    expect(monthsAfter(event, months)).toBe(end);
  });

  it.each([
    // a term that includes its start date
    ["2024-01-15", 6, "2024-07-14"],
    ["2024-01-15", 3, "2024-04-14"],
    ["2024-01-01", 12, "2024-12-31"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2023-11-30", 3, "2024-02-29"],
    ["2024-03-01", 1, "2024-03-31"],
  ])("a term from %s of %i month(s) ends on %s", (start, months, end) => {
    expect(monthsPeriodEnd(start, months)).toBe(end);
  });

  it.each([
    ["2024-07-14", 30, "2024-08-13"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
  ])("%s + %i day(s) after is %s", (day, days, end) => {
    expect(daysAfter(day, days)).toBe(end);
  });

  it("addDays goes back as well as forward and rejects a date that does not exist", () => {
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
    expect(() => monthsPeriodEnd("2023-13-01", 1)).toThrow(RangeError);
  });
});
