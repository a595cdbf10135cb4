import { href } from "../anchors.js";
import { param } from "../core/params.js";
import { cite, codeList, period2023 } from "./params-2023.js";

/**
 * Who may apply as an IT service vendor (tcloud-vendor-guidelines.txt, 2023 edition), apart from params-2023.ts: its labelled
 * lists are the bulk of the TCloud parameters, and the points and purchase calculators need none.
 */
/** 四(一) and 五: who may apply as an IT service vendor (資訊服務廠商). */
export const vendorParams2023 = {
  businessItems: codeList(
    {
      I301010: { "zh-TW": "I301010 資訊軟體服務業", en: "I301010 Information software services" },
      I301020: { "zh-TW": "I301020 資料處理服務業", en: "I301020 Data processing services" },
      I301030: { "zh-TW": "I301030 電子資訊供應服務業", en: "I301030 Electronic information supply services" },
    },
    period2023,
    cite("四(一); 五(一)", href("tcloud/vendor-eligibility", "business-items")),
    { "zh-TW": "資訊服務廠商之登記營業項目（至少一項）", en: "Registered business items that make an IT service vendor (at least one)" },
  ),
  minPaidInCapital: param(1_000_000, "NTD", period2023, cite("五(二)", href("tcloud/vendor-eligibility", "paid-in-capital")), {
    "zh-TW": "實收資本額下限",
    en: "Minimum paid-in capital",
  }),
  salesRecord: cite("五(三)", href("tcloud/vendor-eligibility", "sales-record")),
  majorBreachYears: param(5, "years", period2023, cite("五(四)", href("tcloud/vendor-eligibility", "major-breach")), {
    "zh-TW": "無政府計畫重大違約紀錄之期間",
    en: "Look-back period for major breaches of government projects",
  }),
  suspension: cite("五(五)", href("tcloud/vendor-eligibility", "suspension")),
  taxArrearsYears: param(3, "years", period2023, cite("五(六)", href("tcloud/vendor-eligibility", "tax-arrears")), {
    "zh-TW": "無欠繳應納稅捐之期間",
    en: "Look-back period for tax arrears",
  }),
  seriousViolationYears: param(3, "years", period2023, cite("五(七)", href("tcloud/vendor-eligibility", "serious-violations")), {
    "zh-TW": "無經認定情節重大之環保、勞工、食安或身障權益違規之期間",
    en: "Look-back period for serious environmental, labour, food-safety or disability-rights violations",
  }),
  excludedEntities: cite("五(八); 四(四); 四(五)", href("tcloud/vendor-eligibility", "excluded-entities")),
};
