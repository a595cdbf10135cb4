import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/calculators/evaluate";
import { buildInput, controlLabels, controlNameOf, isControlName, readNumber, rowCount } from "../../src/calculators/form-state";
import { addRow, appendRows, removeRow } from "../../src/calculators/list-rows";
import award from "../../src/calculators/specs/tops-award";
import eligibility from "../../src/calculators/specs/tops-supplier-eligibility";
import mature from "../../src/calculators/specs/spp-mature-subsidy";
import points from "../../src/calculators/specs/tcloud-points";
import review from "../../src/calculators/specs/spp-review-score";
import type { FieldSpec } from "../../src/calculators/types";
import { calculators } from "../../src/rules/index";
import type { Calculator } from "../../src/rules/core/types";

const calc = (id: keyof typeof calculators) => calculators[id] as unknown as Calculator;
const listOf = (fields: readonly FieldSpec[], key: string) => fields.find((f) => f.key === key) as Extract<FieldSpec, { kind: "list" }>;

describe("form state → calculator input", () => {
  it("reads amounts as people type them in Taiwan and keeps the typed text out of the input", () => {
    const { input, errors } = buildInput(mature.fields, { financialTier: "3", purchaseKind: "one-off", contractAmount: "１,２００萬" });
    expect(input).toEqual({ financialTier: 3, purchaseKind: "one-off", contractAmount: 12_000_000 });
    expect(errors).toEqual([]);
  });

  it("reports an unreadable amount with parseAmount's message, under the control's name", () => {
    const { input, errors } = buildInput(mature.fields, { purchaseKind: "one-off", contractAmount: "12abc" });
    expect(input).not.toHaveProperty("contractAmount");
    expect(errors.map((e) => e.name)).toEqual(["contractAmount"]);
    expect(errors[0]!.message.en).toMatch(/letters/);
  });

  it("leaves out fields a discriminated union does not ask (monthlyPrice for a one-off purchase)", () => {
    const { input } = buildInput(mature.fields, { financialTier: "2", purchaseKind: "one-off", contractAmount: "100", monthlyPrice: "5", months: "3" });
    expect(input).toEqual({ financialTier: 2, purchaseKind: "one-off", contractAmount: 100 });
  });

  it("maps yes/no radios to booleans and checkbox groups to arrays of ids in option order", () => {
    const { input } = buildInput(eligibility.fields, {
      registeredInTaipei: "true",
      foreignBranch: "false",
      "violations.4": "labour",
      "violations.2": "tax-arrears",
    });
    expect(input).toMatchObject({ registeredInTaipei: true, foreignBranch: false, violations: ["tax-arrears", "labour"] });
  });

  it("reads counts with full-width digits and commas, and passes other text to the schema", () => {
    expect(readNumber("１,２００")).toBe(1200);
    expect(readNumber(" 25 ")).toBe(25);
    expect(readNumber("2.5")).toBe(2.5);
    expect(readNumber("-3")).toBe(-3);
    expect(readNumber("twelve")).toBe("twelve");
    expect(readNumber("1e3")).toBe("1e3");
  });

  it("builds arrays of objects from purchases.N.key, skipping blank rows and renumbering errors back to their rows", () => {
    const state = {
      "purchases.0.date": "2024-10-01",
      "purchases.0.amount": "600,000",
      "purchases.0.supplierRegistered": "true",
      "purchases.0.supplierIsStartup": "false",
      "purchases.1.date": "",
      "purchases.1.amount": "",
      "purchases.2.date": "2024-10-02",
      "purchases.2.amount": "1",
      "purchases.2.supplierRegistered": "true",
    };
    const built = buildInput(award.fields, state);
    expect(built.input.purchases).toEqual([
      { date: "2024-10-01", amount: 600000, supplierRegistered: true, supplierIsStartup: false },
      { date: "2024-10-02", amount: 1, supplierRegistered: true },
    ]);
    expect(built.rows.get("purchases")).toEqual([0, 2]);
    expect(controlNameOf("purchases.1.supplierIsStartup", built.rows)).toBe("purchases.2.supplierIsStartup");
    const result = evaluate(calc("tops-award"), award.fields, state);
    expect(result.status).toBe("invalid");
    if (result.status === "invalid") expect(result.errors.map((e) => e.name)).toEqual(["purchases.2.supplierIsStartup"]);
  });

  it("builds scalar lists (prices.N) and leaves optional fields out when empty", () => {
    const { input } = buildInput(points.fields, { "prices.0": "36,000", "prices.1": "", "prices.2": "1萬" });
    expect(input).toEqual({ prices: [36000, 10000] });
  });

  it("builds objects from scores.<criterion> for the chosen track only", () => {
    const { input } = buildInput(review.fields, { track: "rd", "scores.foresight": "80", "scores.relevance": "50" });
    expect(input).toEqual({ track: "rd", scores: { foresight: 80 } });
  });
});

describe("list rows", () => {
  const purchases = listOf(award.fields, "purchases");

  it("adds an empty row after the last and removes a row, moving later rows up", () => {
    let state = addRow({ "purchases.0.amount": "1" }, purchases, "purchases");
    expect(rowCount(state, "purchases")).toBe(2);
    state = { ...state, "purchases.1.amount": "2" };
    state = addRow(state, purchases, "purchases");
    state = { ...state, "purchases.2.amount": "3" };
    state = removeRow(state, "purchases", 1);
    expect(state).toMatchObject({ "purchases.0.amount": "1", "purchases.1.amount": "3" });
    expect(rowCount(state, "purchases")).toBe(2);
  });

  it("appends imported rows after the filled ones, dropping blank rows", () => {
    const state = appendRows({ "purchases.0.amount": "1", "purchases.1.amount": "", other: "x" }, "purchases", [{ amount: "2", date: "2024-10-01" }]);
    expect(state).toEqual({ other: "x", "purchases.0.amount": "1", "purchases.1.amount": "2", "purchases.1.date": "2024-10-01" });
  });
});

describe("control names", () => {
  it("accepts only names the fields own", () => {
    expect(isControlName(award.fields, "purchases.3.amount")).toBe(true);
    expect(isControlName(award.fields, "purchases.x.amount")).toBe(false);
    expect(isControlName(award.fields, "purchases.3.price")).toBe(false);
    expect(isControlName(award.fields, "purchases")).toBe(false);
    expect(isControlName(eligibility.fields, "violations.6")).toBe(true);
    expect(isControlName(eligibility.fields, "violations.7")).toBe(false);
    expect(isControlName(points.fields, "prices.12")).toBe(true);
    expect(isControlName(points.fields, "prices.12.x")).toBe(false);
    expect(isControlName(review.fields, "scores.relevance")).toBe(true);
    expect(isControlName(review.fields, "scores.nope")).toBe(false);
    expect(isControlName(mature.fields, "utm_source")).toBe(false);
  });

  it("labels list cells by row, in both languages", () => {
    const labels = controlLabels(award.fields, { "purchases.1.amount": "5" });
    expect(labels.get("purchases.1.amount")).toEqual({ "zh-TW": "第 2 列：金額", en: "Row 2: Amount" });
  });
});
