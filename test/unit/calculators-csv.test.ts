import { describe, expect, it } from "vitest";
import { readCsv, readDate, splitCsv } from "../../src/calculators/csv";
import { itemFields } from "../../src/calculators/form-state";
import award from "../../src/calculators/specs/tops-award";
import type { FieldSpec } from "../../src/calculators/types";

const purchases = award.fields[0] as Extract<FieldSpec, { kind: "list" }>;
const read = (text: string) => readCsv(text, itemFields(purchases), purchases.csv!);

describe("CSV import of purchases", () => {
  it("reads rows with a header in any column order, keeping amounts as typed", () => {
    const { rows, problems } = read("amount,date,startup,registered\n\"1,200,000\",2024-10-01,no,yes\n120萬,2024/11/3,是,否\n");
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { date: "2024-10-01", amount: "1,200,000", supplierRegistered: "true", supplierIsStartup: "false" },
      { date: "2024-11-03", amount: "120萬", supplierRegistered: "false", supplierIsStartup: "true" },
    ]);
  });

  it("takes columns in the documented order when there is no header, and reads tab-separated spreadsheet pastes", () => {
    expect(read("2024-10-01\t500000\tyes\tno").rows).toEqual([{ date: "2024-10-01", amount: "500000", supplierRegistered: "true", supplierIsStartup: "false" }]);
  });

  it("reports bad lines by their line number and keeps the good ones", () => {
    const { rows, problems } = read("date,amount,registered,startup\n2024-10-01,100,yes,no\n2024-02-30,100,yes,no\n2024-10-02,abc,yes,no\n\n2024-10-03,100,maybe,no\n2024-10-04,100\n2024-10-05,5,y,n");
    expect(rows.map((r) => r.date)).toEqual(["2024-10-01", "2024-10-05"]);
    expect(problems.map((p) => p.line)).toEqual([3, 4, 6, 7]);
    expect(problems[0]!.reason.en).toMatch(/date/);
    expect(problems[1]!.reason.en).toMatch(/letters/);
    expect(problems[2]!.reason.en).toMatch(/registered/);
    expect(problems[3]!.reason.en).toMatch(/columns/);
  });

  it("does not guess an empty yes/no cell", () => {
    expect(read("2024-10-01,100,,no").problems).toHaveLength(1);
  });

  it("counts lines inside quoted fields and strips a byte-order mark", () => {
    const records = splitCsv('\uFEFFa,"two\nlines"\r\nb,c\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "two\nlines"] },
      { line: 3, cells: ["b", "c"] },
    ]);
  });

  it("reads ISO, slashed and ROC dates, and refuses dates that do not exist", () => {
    expect(readDate("113/9/1")).toBe("2024-09-01");
    expect(readDate("民國113年9月1日")).toBe("2024-09-01");
    expect(readDate("２０２４－０９－０１")).toBe("2024-09-01");
    expect(readDate("2024.2.29")).toBe("2024-02-29");
    expect(readDate("2023-02-29")).toBeNull();
    expect(readDate("yesterday")).toBeNull();
  });
});
