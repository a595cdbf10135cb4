import { describe, expect, it } from "vitest";
import { decodeCsv, readCsv, readDate, splitCsv } from "../../src/calculators/csv";
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

  it("an unclosed quote costs its own line only: the lines after it are read, and the line is reported", () => {
    const { rows, problems } = read('2024-10-01,"100,yes,no\n2024-10-02,200,yes,no\n2024-10-03,300,no,no\n');
    expect(rows.map((r) => r.amount)).toEqual(["200", "300"]);
    expect(problems).toEqual([{ line: 1, reason: expect.objectContaining({ en: expect.stringMatching(/never closed/) }) }]);
    expect(problems[0]!.reason["zh-TW"]).toContain("引號");
    // Unclosed on a later line, after a quoted field that spans two lines: numbering still holds.
    expect(splitCsv('a,"b\nc"\nd,"e\nf,g\n')).toEqual([
      { line: 1, cells: ["a", "b\nc"] },
      { line: 3, cells: [], unclosed: true },
      { line: 4, cells: ["f", "g"] },
    ]);
  });

  it("reads a file as UTF-8 when it is, and as Big5 (Traditional Chinese Excel's CSV) when it is not", () => {
    const utf8 = new TextEncoder().encode("日期,金額\n2024-10-01,100\n");
    expect(decodeCsv(utf8.buffer as ArrayBuffer)).toEqual({ text: "日期,金額\n2024-10-01,100\n", big5: false });
    // 「日期,金額」 in Big5: 0xA4E9 0xB4C1, 0xAAF7 0xC342.
    const big5 = new Uint8Array([0xa4, 0xe9, 0xb4, 0xc1, 0x2c, 0xaa, 0xf7, 0xc3, 0x42, 0x0a]);
    expect(decodeCsv(big5.buffer)).toEqual({ text: "日期,金額\n", big5: true });
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
