import { describe, expect, it } from "vitest";
import { emptyProfile, type Profile } from "../../src/forms/profile";
import { defineForm, type Section } from "../../src/forms/types";
import { DocumentBuilder } from "../../src/forms/doc";
import { effectiveAnswers, evaluateForm, fieldIssues, readValues } from "../../src/forms/values";

const sections: Section[] = [
  {
    id: "s",
    title: { "zh-TW": "測試", en: "Test" },
    fields: [
      { key: "org", kind: "text", label: { "zh-TW": "組織", en: "Org" }, profile: "orgName", max: 10 },
      { key: "n", kind: "integer", min: 1, max: 99, label: { "zh-TW": "數", en: "N" } },
      { key: "money", kind: "amount", label: { "zh-TW": "金額", en: "Amount" } },
      { key: "when", kind: "date", label: { "zh-TW": "日期", en: "Date" } },
      { key: "hidden", kind: "amount", label: { "zh-TW": "隱藏", en: "Hidden" }, showIf: (a) => a["n"] === "2" },
      {
        key: "lines",
        kind: "rows",
        max: 3,
        itemLabel: { "zh-TW": "列", en: "Row" },
        label: { "zh-TW": "列", en: "Rows" },
        columns: [{ key: "amount", kind: "amount", label: { "zh-TW": "金額", en: "Amount" } }],
      },
    ],
  },
];
const profile: Profile = { ...emptyProfile, orgName: "甲機關" };

describe("answers and the profile", () => {
  it("shows the profile's value until the form has its own, a blank one included", () => {
    expect(effectiveAnswers(sections, {}, profile)["org"]).toBe("甲機關");
    expect(effectiveAnswers(sections, { org: "乙機關" }, profile)["org"]).toBe("乙機關");
    expect(effectiveAnswers(sections, { org: "" }, profile)["org"]).toBe("");
  });

  it("reads amounts as parseAmount does and dates only when they exist", () => {
    const values = readValues({ sections }, { money: "１２０萬", when: "2024-02-30", n: "007" });
    expect(values.amount("money")).toBe(1_200_000);
    expect(values.date("when")).toBe("");
    expect(values.integer("n")).toBe(7);
    expect(readValues({ sections }, { money: "abc" }).amount("money")).toBeNull();
  });

  it("checks integers at their bounds: min − 1, min, max, max + 1", () => {
    const keys = (n: string) => fieldIssues(sections, { n }).map((i) => i.key);
    expect(keys("0")).toEqual(["n"]);
    expect(keys("1")).toEqual([]);
    expect(keys("99")).toEqual([]);
    expect(keys("100")).toEqual(["n"]);
    expect(keys("1.5")).toEqual(["n"]);
  });

  it("checks only the questions on show, and every row of a row list, up to its maximum", () => {
    expect(fieldIssues(sections, { hidden: "x" })).toEqual([]);
    expect(fieldIssues(sections, { n: "2", hidden: "x" }).map((i) => i.key)).toEqual(["hidden"]);
    expect(fieldIssues(sections, { "lines.rows": "2", "lines.1.amount": "x" }).map((i) => i.key)).toEqual(["lines.1.amount"]);
    expect(readValues({ sections }, { "lines.rows": "9" }).rows("lines")).toBe(3);
  });

  it("collects the issues of fields, cross-checks and calculators once each", () => {
    const def = defineForm<null>({
      id: "spp-expense-statement",
      sections,
      check: () => [{ key: "n", message: { "zh-TW": "錯", en: "Wrong" } }],
      compute: () => ({ data: null, figures: [], issues: [{ key: "n", message: { "zh-TW": "錯", en: "Wrong" } }], warnings: [] }),
      build: () => new DocumentBuilder("表").build(),
    });
    expect(evaluateForm(def, { n: "0" }, profile).issues.map((i) => `${i.key}:${i.message.en}`)).toEqual(["n:Enter a whole number from 1 to 99", "n:Wrong"]);
  });
});

describe("one-line text", () => {
  it("refuses punctuation alone but accepts any letter or digit, in any script", () => {
    const keys = (org: string) => fieldIssues(sections, { org }).map((i) => i.key);
    expect(keys("?")).toEqual(["org"]);
    expect(keys("－－")).toEqual(["org"]);
    expect(keys("甲")).toEqual([]);
    expect(keys("A")).toEqual([]);
    expect(keys("7")).toEqual([]);
  });
});
