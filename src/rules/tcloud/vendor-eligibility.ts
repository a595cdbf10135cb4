import * as z from "zod/mini";
import { defineCalculator, step } from "../core/calculator.js";
import { num, text } from "../core/format.js";
import { asOfField, money, yesNo } from "../core/schema.js";
import type { Cite, Text } from "../core/types.js";
import { edition2023 } from "./params-2023.js";
import { vendorParams2023 } from "./vendor-params-2023.js";
import { judged } from "./verdict.js";

/** 營業項目代碼: a letter and six characters (I301010, F401010, ZZ99999). */
const BUSINESS_ITEM_CODE = /^[A-Z][A-Z0-9]\d{5}$/;

const businessItem = () =>
  z.string().check(
    z.trim(),
    z.toUpperCase(),
    z.refine((code) => BUSINESS_ITEM_CODE.test(code), {
      params: {
        text: {
          "zh-TW": "營業項目代碼格式應如 I301010（英文字母加數字共7碼）",
          en: "A business item code looks like I301010 (7 letters and digits)",
        },
      },
    }));

export type VendorFailure =
  | "business-items"
  | "paid-in-capital"
  | "sales-record"
  | "major-breach"
  | "suspended"
  | "tax-arrears"
  | "serious-violation"
  | "china-capital"
  | "foreign-branch"
  | "domestic-branch";

interface Check {
  id: string;
  failure: VendorFailure;
  pass: boolean;
  label: Text;
  cite: Cite;
  detail: Text;
}

/** A condition that fails when the vendor answers "yes" to a disqualifying fact. */
function absent(id: string, failure: VendorFailure, present: boolean, label: Text, cite: Cite, fact: Text): Check {
  return {
    id,
    failure,
    pass: !present,
    label,
    cite,
    detail: judged(
      present ? text(`有此情形：${fact["zh-TW"]}`, `This applies: ${fact.en}`) : text(`無此情形：${fact["zh-TW"]}`, `This does not apply: ${fact.en}`),
      !present,
    ),
  };
}

/** 四(一) defines the vendor; 五(一)–(八) are the eight application conditions, all required. */
export const tcloudVendorEligibility = defineCalculator({
  id: "tcloud-vendor-eligibility",
  program: "tcloud",
  editions: [{ edition: edition2023, params: vendorParams2023 }],
  title: { "zh-TW": "臺灣雲市集資訊服務廠商申請資格檢核", en: "TCloud vendor eligibility check" },
  input: z.object({
    businessItems: z.array(businessItem()),
    paidInCapital: money(),
    hasCloudSalesRecord: yesNo(),
    majorBreachWithin5y: yesNo(),
    suspended: yesNo(),
    taxArrearsWithin3y: yesNo(),
    seriousViolationWithin3y: yesNo(),
    chinaCapital: yesNo(),
    foreignBranch: yesNo(),
    domesticBranch: yesNo(),
    asOf: asOfField(),
  }),
  compute(input, P) {
    const qualifying = P.businessItems.ids.filter((code) => input.businessItems.includes(code));
    const listed = P.businessItems.ids.join("、");
    const capitalOk = input.paidInCapital >= P.minPaidInCapital.value;

    const checks: Check[] = [
      {
        id: "p5-1-vendor-definition",
        failure: "business-items",
        pass: qualifying.length > 0,
        label: P.businessItems.label,
        cite: P.businessItems.cite,
        detail:
          qualifying.length > 0
            ? text(
                `登記營業項目含 ${qualifying.map((c) => P.businessItems.labels[c]["zh-TW"]).join("、")}（符合）`,
                `Registered items include ${qualifying.map((c) => P.businessItems.labels[c].en).join(", ")} (met)`,
              )
            : text(
                `登記營業項目須包含 ${listed} 其中之一（不符合）`,
                `The registered business items must include one of ${P.businessItems.ids.join(", ")} (not met)`,
              ),
      },
      {
        id: "p5-2-paid-in-capital",
        failure: "paid-in-capital",
        pass: capitalOk,
        label: P.minPaidInCapital.label,
        cite: P.minPaidInCapital.cite,
        detail: judged(
          text(
            `實收資本額 ${num(input.paidInCapital)} 元${capitalOk ? "≥" : "<"} ${num(P.minPaidInCapital.value)} 元`,
            `Paid-in capital NT$${num(input.paidInCapital)} ${capitalOk ? "≥" : "<"} NT$${num(P.minPaidInCapital.value)}`,
          ),
          capitalOk,
        ),
      },
      absent(
        "p5-3-cloud-sales-record",
        "sales-record",
        !input.hasCloudSalesRecord,
        text("具有雲端解決方案銷售實績", "Has a sales record for cloud solutions"),
        P.salesRecord,
        text("沒有雲端解決方案銷售實績", "no sales record for cloud solutions"),
      ),
      absent(
        "p5-4-major-breach",
        "major-breach",
        input.majorBreachWithin5y,
        text(`最近${P.majorBreachYears.value}年內無執行政府計畫之重大違約紀錄`, `No major breach of a government project in the last ${P.majorBreachYears.value} years`),
        P.majorBreachYears.cite,
        text(`最近${P.majorBreachYears.value}年內有重大違約紀錄`, `a major breach in the last ${P.majorBreachYears.value} years`),
      ),
      absent(
        "p5-5-suspension",
        "suspended",
        input.suspended,
        text("無尚未屆滿之停權處分", "Not under a suspension that is still running"),
        P.suspension,
        text("因執行政府計畫受停權處分且停權期間尚未屆滿", "suspended over a government project, and the suspension has not ended"),
      ),
      absent(
        "p5-6-tax-arrears",
        "tax-arrears",
        input.taxArrearsWithin3y,
        text(`最近${P.taxArrearsYears.value}年內無欠繳應納稅捐`, `No tax arrears in the last ${P.taxArrearsYears.value} years`),
        P.taxArrearsYears.cite,
        text(`最近${P.taxArrearsYears.value}年內有欠繳應納稅捐`, `tax arrears in the last ${P.taxArrearsYears.value} years`),
      ),
      absent(
        "p5-7-serious-violations",
        "serious-violation",
        input.seriousViolationWithin3y,
        text(
          `最近${P.seriousViolationYears.value}年內無經認定情節重大之環保、勞工、食安或身障權益違規`,
          `No violation found serious (environment, labour, food safety, disability rights) in the last ${P.seriousViolationYears.value} years`,
        ),
        P.seriousViolationYears.cite,
        text(
          `最近${P.seriousViolationYears.value}年內有經目的事業主管機關認定情節重大之違規`,
          `a violation the competent authority found serious in the last ${P.seriousViolationYears.value} years`,
        ),
      ),
      absent(
        "p5-8-china-capital",
        "china-capital",
        input.chinaCapital,
        text("非陸資企業", "Not a Chinese-capital enterprise"),
        P.excludedEntities,
        text("屬陸資企業（四(四)）", "a Chinese-capital enterprise (四(四))"),
      ),
      absent(
        "p5-8-foreign-branch",
        "foreign-branch",
        input.foreignBranch,
        text("非外國營利事業在臺分公司", "Not the Taiwan branch of a foreign business"),
        P.excludedEntities,
        text("屬外國營利事業在臺設立之分公司（四(五)）", "the Taiwan branch of a foreign business (四(五))"),
      ),
      absent(
        "p5-8-domestic-branch",
        "domestic-branch",
        input.domesticBranch,
        text("非本國企業分公司（應由總公司申請）", "Not a branch of a Taiwanese company (the head office applies)"),
        P.excludedEntities,
        text("屬本國企業分公司", "a branch of a Taiwanese company"),
      ),
    ];

    const failed = checks.filter((c) => !c.pass).map((c) => c.failure);
    return {
      value: { eligible: failed.length === 0, failed },
      steps: checks.map((c) => step(c.id, c.label, c.pass, c.cite, c.detail)),
      warnings: [],
    };
  },
});
