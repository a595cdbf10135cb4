/**
 * What a reader is told when "Calculate" cannot give a result: with nothing answered, and
 * with answers edited in the URL (the query string is the form state, see url.ts).
 */
import { describe, expect, it } from "vitest";
import { catalog, specs } from "../../src/calculators/catalog";
import { evaluate, type Evaluation } from "../../src/calculators/evaluate";
import { controlLabels, NOT_AN_OPTION } from "../../src/calculators/form-state";
import type { FieldSpec } from "../../src/calculators/types";
import { fromQuery } from "../../src/calculators/url";
import { calculators, type CalculatorId } from "../../src/rules/index";
import type { Calculator } from "../../src/rules/core/types";

/** The calculator evaluated on a page opened with this query, as the island does. */
function fromUrl(id: CalculatorId, query: string): Evaluation {
  const spec = specs[id];
  return evaluate(calculators[id] as unknown as Calculator, spec.fields, fromQuery(query, spec.fields));
}

const errorsOf = (evaluation: Evaluation) => (evaluation.status === "invalid" ? evaluation.errors : []);

/** Every option value of every choice and tick box: what the reader never sees. */
function optionIds(fields: readonly FieldSpec[]): string[] {
  return fields.flatMap((f) => {
    if (f.kind === "choice" || f.kind === "multi") return f.options.map((o) => o.value).filter((v) => /[a-z]{3}/.test(v));
    if (f.kind === "group") return optionIds(f.fields);
    if (f.kind === "list") return optionIds(Array.isArray(f.item) ? f.item : [f.item as FieldSpec]);
    return [];
  });
}

describe("Calculate with nothing answered", () => {
  it.each(catalog.map((e) => [e.id, e] as const))("%s: names each question to answer, by a control on the page, in both languages", (_, { calc, spec }) => {
    const result = evaluate(calc, spec.fields, {});
    // "ok" here would be a valid empty answer that the island shows as nothing at all.
    expect(result.status).toBe("invalid");
    const errors = errorsOf(result);
    expect(errors.length).toBeGreaterThan(0);
    const labels = controlLabels(spec.fields, {});
    const ids = optionIds(spec.fields);
    for (const e of errors) {
      expect(labels.has(e.name), `${e.name} is a control the summary can link to`).toBe(true);
      expect(e.message["zh-TW"]).toMatch(/\S/);
      expect(e.message.en).toMatch(/\S/);
      for (const id of ids) expect(e.message.en, `${e.name} lists the id ${id}`).not.toContain(id);
    }
    expect(new Set(errors.map((e) => e.name)).size).toBe(errors.length);
  });

  it("asks for a row of a list that an empty list would let through (products to list, prices, purchases)", () => {
    for (const [id, list] of [["tops-listing-limits", "items"], ["tcloud-points", "prices"], ["tops-award", "purchases"]] as const) {
      expect(errorsOf(fromUrl(id, ""))).toEqual([{ name: list, message: { "zh-TW": "請至少填寫一列", en: "Fill in at least one row" } }]);
    }
  });

  it("still computes an empty list once anything else is answered (no solutions bought: NT$0)", () => {
    const result = fromUrl("tcloud-points", "?pointsAvailable=25000");
    expect(result.status === "ok" && result.outcome.value).toMatchObject({ pointsUsed: 0, pointsLeft: 25000, selfPayTotal: 0 });
  });

  it("asks for an unanswered choice instead of listing its ids", () => {
    const cloud = errorsOf(fromUrl("tcloud-solution-check", "")).find((e) => e.name === "cloud");
    expect(cloud?.message).toEqual({ "zh-TW": "此欄位必填", en: "This field is required" });
  });
});

describe("every message is about a question on the page", () => {
  // A hidden question the schema still needs would leave the reader a message they cannot act on.
  it.each(catalog.map((e) => [e.id, e] as const))("%s: each answer of each choice, from each example, names only shown controls", (_, { calc, spec }) => {
    for (const example of spec.examples) {
      for (const choice of spec.fields.filter((f) => f.kind === "choice")) {
        for (const option of choice.options) {
          const state = { ...example.state, [choice.key]: option.value };
          const shown = controlLabels(spec.fields, state);
          for (const e of errorsOf(evaluate(calc, spec.fields, state))) {
            expect(shown.has(e.name), `${choice.key}=${option.value}: ${e.name} (${e.message.en}) is not on the page`).toBe(true);
          }
        }
      }
    }
  });
});

describe("answers edited in the URL", () => {
  it("a choice with a value no option has: one message, in words, not the ids", () => {
    expect(errorsOf(fromUrl("tops-listing-limits", "?items.0.pavilion=nope"))).toEqual([{ name: "items.0.pavilion", message: NOT_AN_OPTION }]);
    expect(errorsOf(fromUrl("spp-mature-subsidy", "?purchaseKind=lease"))).toEqual([{ name: "purchaseKind", message: NOT_AN_OPTION }]);
    // A numeric choice too: "zz" would otherwise be "Enter a number" for a question with radios.
    expect(errorsOf(fromUrl("spp-mature-subsidy", "?financialTier=zz&purchaseKind=one-off&contractAmount=1"))).toEqual([{ name: "financialTier", message: NOT_AN_OPTION }]);
    expect(errorsOf(fromUrl("tcloud-sla-availability", "?year=2024&month=13&downtimeMinutes=0"))).toEqual([{ name: "month", message: NOT_AN_OPTION }]);
    expect(NOT_AN_OPTION).toEqual({
      "zh-TW": "此答案不在選項中，請從列出的選項中選擇",
      en: "That answer is not one of the options; choose from those listed",
    });
  });

  const solution = "subscriptionMonths=12&includesHardware=false&cloud=public&coreOnPublicCloud=true&singleFunction=false&originalVendorChinaCapital=false&onboardingDays=10&smeOperatesItself=true&freeDataExport=true&usageLogCharts=true&solutionsThisBatch=1";

  it("tick boxes with values no option has: not one of the options, whatever their number (not \"at most 3\")", () => {
    const every = Array.from({ length: 15 }, (_, i) => `categories.${i}=%3F`).join("&");
    expect(errorsOf(fromUrl("tcloud-solution-check", `?${every}&${solution}`))).toEqual([{ name: "categories", message: NOT_AN_OPTION }]);
    expect(errorsOf(fromUrl("tcloud-solution-check", `?categories.0=%3F&${solution}`))).toEqual([{ name: "categories", message: NOT_AN_OPTION }]);
    // Box 0 is inventory-management: erp there would be an answer the page shows unticked.
    expect(errorsOf(fromUrl("tcloud-solution-check", `?categories.0=erp&${solution}`))).toEqual([{ name: "categories", message: NOT_AN_OPTION }]);
    expect(fromUrl("tcloud-solution-check", `?categories.1=erp&${solution}`).status).toBe("ok");
  });

  it("a malformed date: one message, the format, not also \"does not exist\"", () => {
    const answers = "certifiedByAuthority=false&listedOnJointSupplyContract=true";
    expect(errorsOf(fromUrl("spp-startup-definition", `?establishedOn=abc&${answers}`))).toEqual([
      { name: "establishedOn", message: { "zh-TW": "日期格式應為 YYYY-MM-DD", en: "Enter the date as YYYY-MM-DD" } },
    ]);
    expect(errorsOf(fromUrl("spp-startup-definition", `?establishedOn=2019-02-30&${answers}`))).toEqual([
      { name: "establishedOn", message: { "zh-TW": "此日期不存在", en: "This date does not exist" } },
    ]);
  });

  it("a count wrong twice over (not whole, below zero): one message for the one field", () => {
    const errors = errorsOf(fromUrl("tcloud-solution-check", `?categories.1=erp&${solution.replace("onboardingDays=10", "onboardingDays=-1.5")}`));
    expect(errors).toEqual([{ name: "onboardingDays", message: { "zh-TW": "請輸入整數", en: "Enter a whole number" } }]);
  });

  it("lists errors in the order the form asks, whichever step found them", () => {
    const errors = errorsOf(fromUrl("tcloud-solution-check", "?categories.0=%3F&cloud=nope"));
    const order = [...controlLabels(specs["tcloud-solution-check"].fields, {}).keys()];
    const names = errors.map((e) => e.name);
    expect(names.slice(0, 3)).toEqual(["subscriptionMonths", "categories", "includesHardware"]);
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
  });
});
