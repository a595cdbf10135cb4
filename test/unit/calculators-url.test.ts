import fc from "fast-check";
import { describe, expect, it } from "vitest";
import award from "../../src/calculators/specs/tops-award";
import eligibility from "../../src/calculators/specs/tops-supplier-eligibility";
import { catalog } from "../../src/calculators/catalog";
import { fromQuery, toQuery } from "../../src/calculators/url";
import { rowCount } from "../../src/calculators/form-state";

describe("URL encoding of the form state", () => {
  it("writes non-empty controls in the form's order and reads them back", () => {
    const state = {
      "purchases.0.supplierIsStartup": "false",
      "purchases.0.amount": "１２０萬",
      "purchases.0.date": "2024-10-01",
      "purchases.0.supplierRegistered": "",
    };
    const query = toQuery(state, award.fields);
    expect(query).toBe("?purchases.0.date=2024-10-01&purchases.0.amount=%EF%BC%91%EF%BC%92%EF%BC%90%E8%90%AC&purchases.0.supplierIsStartup=false");
    expect(fromQuery(query, award.fields)).toEqual({
      "purchases.0.date": "2024-10-01",
      "purchases.0.amount": "１２０萬",
      "purchases.0.supplierIsStartup": "false",
    });
  });

  it("gives an empty query for an empty form", () => {
    expect(toQuery({ paidInCapital: "" }, eligibility.fields)).toBe("");
  });

  it("ignores query keys that are no control (tracking parameters, typos)", () => {
    expect(fromQuery("?utm_source=x&paidInCapital=1&violations.9=labour", eligibility.fields)).toEqual({ paidInCapital: "1" });
  });

  it("round-trips every example of every calculator", () => {
    for (const { spec } of catalog) {
      for (const example of spec.examples) expect(fromQuery(toQuery(example.state, spec.fields), spec.fields)).toEqual(example.state);
    }
  });

  it("round-trips any text typed into the controls (unicode, &, =, spaces)", () => {
    const names = ["paidInCapital", "employees", "establishedOn", "violations.3"];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), fc.string({ minLength: 1, unit: "grapheme" })), (state) => {
        expect(fromQuery(toQuery(state, eligibility.fields), eligibility.fields)).toEqual(state);
      }),
    );
  });

  it("numbers list rows from 0 in their order, so an edited row index far beyond the rows draws no empty rows", () => {
    const state = fromQuery("?purchases.9999.amount=100&purchases.5.date=2024-10-01&purchases.5.amount=200", award.fields);
    expect(state).toEqual({ "purchases.0.date": "2024-10-01", "purchases.0.amount": "200", "purchases.1.amount": "100" });
    expect(rowCount(state, "purchases")).toBe(2);
    // Rows already numbered from 0 are left as they are.
    expect(fromQuery("?purchases.0.amount=1&purchases.1.amount=2", award.fields)).toEqual({ "purchases.0.amount": "1", "purchases.1.amount": "2" });
  });
});
