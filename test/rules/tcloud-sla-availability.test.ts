import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { run } from "../../src/rules/index.js";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-sla-availability" as const;

interface Value {
  availabilityPercent: number;
  meets: boolean;
  allowedDowntimeMinutes: number;
}

const sla = (year: number, month: number, downtimeMinutes: number) =>
  runOk<Value>(ID, { year, month, downtimeMinutes, asOf: IN_EDITION });

describe("tcloud-sla-availability: 九(二)2 SLA 1 (≥ 98% a month) by Form 3's formula", () => {
  it.each([
    // 30-day month: 43,200 minutes; exactly 2% is 864
    [2024, 4, 863, 98, true],
    [2024, 4, 864, 98, true],
    [2024, 4, 865, 97.99, false],
    // 31-day month: 44,640 minutes; 2% is 892.8
    [2024, 1, 892, 98, true],
    [2024, 1, 893, 97.99, false],
    // leap February 2024: 41,760 minutes; 2% is 835.2
    [2024, 2, 835, 98, true],
    [2024, 2, 836, 97.99, false],
    // common February 2023: 40,320 minutes; 2% is 806.4
    [2023, 2, 806, 98, true],
    [2023, 2, 807, 97.99, false],
  ])("%i-%i with %i minutes down is %f%% (meets: %s)", (year, month, downtimeMinutes, percent, meets) => {
    expect(sla(year, month, downtimeMinutes).value).toMatchObject({ availabilityPercent: percent, meets });
  });

  it.each([
    [2024, 2, 41_760],
    [2023, 2, 40_320],
    [2000, 2, 41_760],
    [2100, 2, 40_320],
    [2024, 4, 43_200],
    [2024, 12, 44_640],
  ])("counts the minutes of %i-%i from the calendar: %i", (year, month, minutes) => {
    expect(sla(year, month, 0).steps[0]?.value).toBe(minutes);
    expect(sla(year, month, minutes).value).toMatchObject({ availabilityPercent: 0, meets: false });
  });

  it("rounds down to two decimals so availability is never overstated, and says so", () => {
    const out = sla(2024, 4, 1); // 43,199 / 43,200 = 99.9977%
    expect(out.value.availabilityPercent).toBe(99.99);
    expect(out.steps[1]?.detail?.en).toContain("rounded down");
    expect(out.steps[1]?.detail?.["zh-TW"]).toContain("無條件捨去");
    expect(sla(2024, 4, 0).value).toEqual({ availabilityPercent: 100, meets: true, allowedDowntimeMinutes: 864 });
  });

  it("shows the threshold step with the 九(二)2 citation", () => {
    const out = sla(2024, 4, 864);
    expect(out.stepIds).toEqual(["p9-2-2-sla-1-minutes-in-month", "p9-2-2-sla-1-availability", "p9-2-2-sla-1-allowed-downtime", "p9-2-2-sla-1-threshold"]);
    expect(out.steps[3]?.cite.clause).toBe("九(二)2 SLA 1");
    expect(out.steps[3]?.detail?.en).toContain("≥ the committed 98%");
    expect(out.steps[3]?.detail?.["zh-TW"]).toContain("承諾 98%");
  });
});

// rules-api.md Additions: the vendor's committed figure (附表3) binds it; 九(二)2 is only the floor.
describe("tcloud-sla-availability: committedPercent (附表3, floor 九(二)2)", () => {
  const committed = (month: number, downtimeMinutes: number, committedPercent: number) =>
    runOk<Value>(ID, { year: 2024, month, downtimeMinutes, committedPercent, asOf: IN_EDITION });

  it.each([
    // April 2024: 43,200 minutes
    [4, 98, 864],
    [4, 99.5, 216],
    [4, 99.9, 43], // 43.2 rounded down
    [4, 99.99, 4], // 4.32
    [4, 100, 0],
    // January 2024: 44,640 minutes
    [1, 99.95, 22], // 22.32
  ])("month %i at %f%% allows %i minutes of downtime", (month, percent, allowed) => {
    expect(committed(month, 0, percent).value.allowedDowntimeMinutes).toBe(allowed);
  });

  it.each([
    [4, 43, 99.9, true],
    [4, 44, 99.9, false],
    [4, 4, 99.99, true],
    [4, 5, 99.99, false],
    [4, 0, 100, true],
    [4, 1, 100, false],
  ])("month %i with %i minutes down against %f%%: meets %s", (month, down, percent, meets) => {
    expect(committed(month, down, percent).value.meets).toBe(meets);
  });

  it("defaults to the 98% floor when the commitment is not given", () => {
    expect(sla(2024, 4, 864).value.meets).toBe(true);
    expect(sla(2024, 4, 865).value.meets).toBe(false);
  });

  it.each([97.99, 100.01, 99.955, Number.NaN, "99.9", -1])("rejects a committed availability of %s", (committedPercent) => {
    expectRejected(ID, { year: 2024, month: 4, downtimeMinutes: 0, committedPercent, asOf: IN_EDITION }, "committedPercent");
  });

  it.each([
    [2024, 2, 41_760, true],
    [2024, 2, 41_761, false],
    [2023, 2, 40_320, true],
    [2023, 2, 40_321, false],
    [2024, 4, 43_201, false],
  ])("%i-%i: %i minutes of downtime fit in the month: %s", (year, month, downtimeMinutes, ok) => {
    if (ok) expect(sla(year, month, downtimeMinutes).value.availabilityPercent).toBe(0);
    else expectRejected(ID, { year, month, downtimeMinutes }, "downtimeMinutes");
  });

  it("the too-much-downtime error names the month's minutes in both languages", () => {
    const out = run(ID, { year: 2023, month: 2, downtimeMinutes: 40_321 });
    const message = out.ok ? undefined : out.errors[0]?.message;
    expect(message?.["zh-TW"]).toContain("40,320");
    expect(message?.en).toContain("40,320");
  });

  it("八(一) warns that the 2023 edition ended on 2024-12-31 (113年12月31日) only after that day", () => {
    expect(sla(2024, 12, 0).warningIds).toEqual([]);
    expect(runOk(ID, { year: 2024, month: 12, downtimeMinutes: 0, asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended"]);
  });

  it.each([
    [{ month: 0 }, "month"],
    [{ month: 13 }, "month"],
    [{ month: "4" }, "month"],
    [{ year: 999 }, "year"],
    [{ year: 10_000 }, "year"],
    [{ year: 2024.5 }, "year"],
    [{ year: undefined }, "year"],
    [{ downtimeMinutes: -1 }, "downtimeMinutes"],
    [{ downtimeMinutes: 1.5 }, "downtimeMinutes"],
    [{ downtimeMinutes: Number.NaN }, "downtimeMinutes"],
    [{ asOf: "2024-04-31" }, "asOf"],
  ])("rejects %j naming the field in both languages", (patch, path) => {
    expectRejected(ID, { year: 2024, month: 4, downtimeMinutes: 10, ...patch }, path);
  });

  it("properties: availability in [0, 100] with two decimals, rounded down, and meets exactly at ≥ 98%", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (year, month, share) => {
          const total = sla(year, month, 0).steps[0]?.value as number;
          const down = Math.floor(share * total);
          const { value } = sla(year, month, down);
          expect(value.availabilityPercent).toBeGreaterThanOrEqual(0);
          expect(value.availabilityPercent).toBeLessThanOrEqual(100);
          expect(Number.isInteger(Math.round(value.availabilityPercent * 100))).toBe(true);
          const exact = ((total - down) / total) * 100;
          expect(value.availabilityPercent).toBeLessThanOrEqual(exact + 1e-9);
          expect(value.availabilityPercent).toBeGreaterThan(exact - 0.01);
          // Integer comparison: (total − down) / total ≥ 98 / 100.
          expect(value.meets).toBe((total - down) * 100 >= 98 * total);
        },
      ),
    );
  });
});
