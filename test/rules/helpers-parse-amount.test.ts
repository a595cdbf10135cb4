import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAmount } from "../../src/rules/index.js";

/** Half-width ASCII to full-width (1,200 → １，２００). */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseAmount: NT$ amounts as people type them", () => {
  it.each([
    ["0", 0],
    ["1200000", 1_200_000],
    ["1,200,000", 1_200_000],
    ["１，２００，０００", 1_200_000],
    ["１２０萬", 1_200_000],
    ["120 萬元", 1_200_000],
    ["1.5億", 150_000_000],
    ["3千", 3000],
    ["3仟", 3000],
    ["1億2000萬", 120_000_000],
    ["1億2千萬", 120_000_000],
    ["1億5萬", 100_050_000],
    ["1千萬", 10_000_000],
    ["5百萬", 5_000_000],
    ["1萬5千", 15_000],
    ["1萬5000", 15_000],
    ["1萬0500", 10_500],
    ["3千500", 3500],
    ["0.5萬", 5000],
    ["1.25萬", 12_500],
    ["1,200萬", 12_000_000],
    ["1万", 10_000],
    ["2亿", 200_000_000],
    ["NT$1,000", 1000],
    ["nt$ 1,000", 1000],
    ["NTD 500", 500],
    ["NT 500", 500],
    ["$500", 500],
    ["ＮＴ＄５００", 500],
    ["新臺幣 5,000 元", 5000],
    ["新台幣5000元整", 5000],
    ["100.00", 100],
    ["  42  ", 42],
    ["1 200 000", 1_200_000],
    ["12 345 678", 12_345_678],
    ["1 200萬", 12_000_000],
    ["NT$ 500", 500],
    ["1\u3000200", 1200],
    ["007", 7],
    ["1,000,000,000,000", 1e12],
    ["1萬億", 1e12],
  ])("%j → %i", (input, value) => {
    expect(parseAmount(input)).toEqual({ ok: true, value });
  });

  it.each([
    ["", "請輸入金額", "Enter an amount"],
    ["   ", "請輸入金額", "Enter an amount"],
    ["NT$", "請輸入金額", "Enter an amount"],
    ["元", "請輸入金額", "Enter an amount"],
    ["abc", "英文字母", "letters"],
    ["12a", "英文字母", "letters"],
    ["USD 100", "英文字母", "letters"],
    ["1e6", "英文字母", "letters"],
    ["-1", "負數", "negative"],
    ["−1,000", "負數", "negative"],
    ["－１００", "負數", "negative"],
    ["NT$-5", "負數", "negative"],
    ["-NT$5", "負數", "negative"],
    ["1.5", "整數元", "whole NT dollars"],
    ["100.50", "整數元", "whole NT dollars"],
    ["1.23456萬", "整數元", "whole NT dollars"],
    ["1,000,000,000,001", "不得超過 1,000,000,000,000", "more than NT$1,000,000,000,000"],
    ["10001億", "不得超過", "more than"],
    ["1,20,000", "每三位一組", "group three digits"],
    ["1,0000", "每三位一組", "group three digits"],
    ["1,000,", "每三位一組", "group three digits"],
    // Issue 13: two numbers side by side are not one amount (was read as 10,002,000).
    ["1000 2000", "以空格分隔的數字應每三位一組", "groups of three"],
    ["12 34", "以空格分隔的數字應每三位一組", "groups of three"],
    ["1 2000", "以空格分隔的數字應每三位一組", "groups of three"],
    ["1 200 00", "以空格分隔的數字應每三位一組", "groups of three"],
    ["2000萬1億", "由大到小", "largest to smallest"],
    ["1萬1萬", "由大到小", "largest to smallest"],
    ["1億20000萬", "由大到小", "largest to smallest"],
    ["1萬5", "不明確", "ambiguous"],
    ["1萬200", "不明確", "ambiguous"],
    ["1.5萬3千", "無法辨識", "cannot be read"],
    ["壹佰萬元", "無法辨識", "cannot be read"],
    ["100元50", "無法辨識", "cannot be read"],
    [".5萬", "無法辨識", "cannot be read"],
    ["+5", "無法辨識", "cannot be read"],
    ["萬", "無法辨識", "cannot be read"],
  ])("%j is refused in both languages", (input, zh, en) => {
    const out = parseAmount(input);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.error["zh-TW"]).toContain(zh);
    expect(out.error.en).toContain(en);
  });

  it("refuses a value that is not a string", () => {
    expect(parseAmount(5 as unknown as string).ok).toBe(false);
  });

  it("property: every integer from 0 to 10^12 reads back from its en-US form, its full-width form, and with NT$ … 元", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(parseAmount(grouped)).toEqual({ ok: true, value: n });
        expect(parseAmount(fullWidth(grouped))).toEqual({ ok: true, value: n });
        expect(parseAmount(fullWidth(String(n)))).toEqual({ ok: true, value: n });
        expect(parseAmount(`NT$ ${grouped} 元`)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 2000 },
    );
  });

  it("property: N萬 and N億 scale exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        expect(parseAmount(`${n}億`)).toEqual({ ok: true, value: n * 1e8 });
        expect(parseAmount(`${n}萬`)).toEqual({ ok: true, value: n * 1e4 });
      }),
    );
  });
});
