import { tcloudPurchaseCheck, type PurchaseFailure } from "../../rules/tcloud/purchase-check.js";
import { asOf } from "../fields.js";
import { labelled, yesNo } from "../format.js";
import { defineSpec, type FieldSpec, pageOnly } from "../types.js";

const reasons: Record<PurchaseFailure, { "zh-TW": string; en: string }> = {
  "outside-programme-period": { "zh-TW": "購買日不在計畫期間內", en: "bought outside the programme period" },
  "renewal-by-existing-customer": { "zh-TW": "既有客戶續購原方案", en: "an existing customer renewing the same solution" },
  "vendor-own-solution": { "zh-TW": "廠商購買自家方案", en: "a vendor buying its own solution" },
  "self-pay-not-online": { "zh-TW": "自付額未以線上支付", en: "the self-pay not paid online" },
  "no-full-e-invoice": { "zh-TW": "未開立全額電子發票", en: "no e-invoice for the full price" },
  "bundled-with-unselected": { "zh-TW": "與未入選方案包裝銷售", en: "bundled with an unselected solution" },
  "self-pay-collected-or-advanced": { "zh-TW": "自付額遭代收或代墊", en: "the self-pay collected or advanced by others" },
};

const fact = (key: string, zh: string, en: string, hint?: [string, string]): FieldSpec => ({
  key,
  kind: "yesno",
  label: { "zh-TW": zh, en },
  ...(hint ? { hint: { "zh-TW": hint[0], en: hint[1] } } : {}),
});

export default defineSpec(tcloudPurchaseCheck, {
  group: "eligible",
  question: import.meta.env.SSR ? { "zh-TW": "這筆雲端方案採購可以用數位點數折抵嗎？", en: "Can digital points pay for this cloud purchase?" } : pageOnly,
  intro: import.meta.env.SSR ? {
    "zh-TW": "依申請須知 八(一)、八(二) 及 八(七)3、4 檢核購買日、既有客戶續購、自家方案、線上支付自付額、全額電子發票及代收代墊。",
    en: "Checks the purchase date, renewals by existing customers, vendors' own solutions, online self-pay, the full-price e-invoice and collected or advanced self-pay under 八(一), 八(二) and 八(七)3–4 of the guidelines.",
  } : pageOnly,
  handbook: "tcloud",
  fields: [
    {
      key: "purchaseDate",
      kind: "date",
      label: { "zh-TW": "購買（簽約）日", en: "Date of the purchase (contract)" },
      example: { "zh-TW": "2024-05-20", en: "2024-05-20" },
    },
    fact("renewalByExistingCustomer", "企業是否為該廠商的既有客戶，續購原本使用的同一方案？", "Is the business an existing customer of the vendor, renewing the solution it already uses?"),
    fact("vendorBuysOwnSolution", "購買者是否就是提供此方案的資訊服務廠商？", "Is the buyer the IT service vendor that offers this solution?"),
    fact("selfPayPaidOnline", "自付額是否以線上方式支付？", "Is the self-pay paid online?", ["信用卡、webATM、行動支付、第三方支付等。", "By card, web ATM, mobile or third-party payment, or similar."]),
    fact("fullAmountEInvoice", "廠商是否依方案費用總額（含稅）開立全額電子發票？", "Does the vendor issue an e-invoice for the full price, tax included?", [
      "發票金額是整個方案的價格，不是只有自付額。",
      "The invoice is for the whole price, not only the part the business pays.",
    ]),
    fact("bundledWithUnselected", "方案是否與其他未經本計畫遴選的方案一起包裝銷售？", "Is the solution sold in a package with solutions the programme did not select?"),
    fact("selfPayCollectedOrAdvanced", "廠商或其委託的第三方是否代收或代墊自付額？", "Did the vendor, or anyone it engaged, collect or advance the self-pay?"),
    asOf(),
  ],
  headline: (v, lang) =>
    v.pointsUsable
      ? lang === "en"
        ? "Yes: points may pay for this purchase."
        : "可以：這筆採購可用點數折抵。"
      : lang === "en"
        ? `No: ${labelled(v.failed, reasons, lang)}.`
        : `不可以：${labelled(v.failed, reasons, lang)}。`,
  outputs: {
    pointsUsable: { label: { "zh-TW": "可用點數折抵", en: "Points may be used" }, format: yesNo },
    failed: { label: { "zh-TW": "不符合的條件", en: "Conditions not met" }, format: (ids, lang) => labelled(ids, reasons, lang) },
  },
  examples: import.meta.env.SSR
    ? [
        {
          label: { "zh-TW": "新客戶線上付款", en: "A new customer paying online" },
          state: {
            purchaseDate: "2024-05-20",
            renewalByExistingCustomer: "false",
            vendorBuysOwnSolution: "false",
            selfPayPaidOnline: "true",
            fullAmountEInvoice: "true",
            bundledWithUnselected: "false",
            selfPayCollectedOrAdvanced: "false",
          },
        },
        {
          label: { "zh-TW": "既有客戶續約", en: "An existing customer renewing" },
          state: {
            purchaseDate: "2024-11-02",
            renewalByExistingCustomer: "true",
            vendorBuysOwnSolution: "false",
            selfPayPaidOnline: "true",
            fullAmountEInvoice: "true",
            bundledWithUnselected: "false",
            selfPayCollectedOrAdvanced: "false",
          },
        },
      ]
    : [],
});
