import * as z from "zod/mini";
import { href } from "../anchors.js";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { isWithin } from "../core/dates.js";
import { text } from "../core/format.js";
import { asOfField, isoDate, yesNo } from "../core/schema.js";
import type { Cite, Text, Warning } from "../core/types.js";
import { cite, edition2023, period2023 } from "./params-2023.js";
import { judged } from "./verdict.js";

export type PurchaseFailure =
  | "outside-programme-period"
  | "renewal-by-existing-customer"
  | "vendor-own-solution"
  | "self-pay-not-online"
  | "no-full-e-invoice"
  | "bundled-with-unselected"
  | "self-pay-collected-or-advanced";

const periodCite = cite("八(一)", href("tcloud/vendor-duties", "program-period"));
const platformCite = cite("八(二)", href("tcloud/vendor-duties", "platform-operation"));
const bundlingCite = cite("八(七)3", href("tcloud/vendor-duties", "cooperation"));
const selfPayCite = cite("八(七)4", href("tcloud/vendor-duties", "cooperation"));

/** 八(一) ends: points used against it and already redeemed may be recovered. */
const recovered = text("；如已核銷撥款，執行單位得追回", "; if already redeemed and paid, the executing agency may recover the money");

interface Check {
  id: string;
  failure: PurchaseFailure;
  pass: boolean;
  label: Text;
  cite: Cite;
  detail: Text;
}

/** One condition: `ok` or `notOk` says, in the step's detail, which way the answer went. */
function check(id: string, failure: PurchaseFailure, pass: boolean, label: Text, c: Cite, ok: Text, notOk: Text): Check {
  return { id, failure, pass, label, cite: c, detail: judged(pass ? ok : notOk, pass) };
}

/**
 * 八(一), 八(二) and 八(七)3–4: whether a small business may pay for this purchase with its digital
 * points, and what the purchase must look like for the vendor to redeem them.
 */
export const tcloudPurchaseCheck = defineCalculator({
  id: "tcloud-purchase-check",
  program: "tcloud",
  editions: [{ edition: edition2023, params: { period: period2023, periodNote: edition2023.periodNote } }],
  title: { "zh-TW": "臺灣雲市集點數購買檢核", en: "TCloud point purchase check" },
  input: z.object({
    purchaseDate: isoDate(),
    renewalByExistingCustomer: yesNo(),
    vendorBuysOwnSolution: yesNo(),
    selfPayPaidOnline: yesNo(),
    fullAmountEInvoice: yesNo(),
    bundledWithUnselected: yesNo(),
    selfPayCollectedOrAdvanced: yesNo(),
    asOf: asOfField(),
  }),
  compute(input, { period, periodNote }) {
    const inPeriod = isWithin(input.purchaseDate, period.from, period.to);
    const checks: Check[] = [
      check(
        "p8-1-programme-period",
        "outside-programme-period",
        inPeriod,
        text("於計畫期間內購買", "Bought within the programme period"),
        periodCite,
        text(`購買日 ${input.purchaseDate} 在計畫期間（${periodNote["zh-TW"]}）內`, `Bought on ${input.purchaseDate}, within the programme period (${periodNote.en})`),
        text(`購買日 ${input.purchaseDate} 不在計畫期間（${periodNote["zh-TW"]}）內`, `Bought on ${input.purchaseDate}, outside the programme period (${periodNote.en})`),
      ),
      check(
        "p8-1-no-renewal-by-existing-customer",
        "renewal-by-existing-customer",
        !input.renewalByExistingCustomer,
        text("非既有客戶以點數續購原方案", "Not an existing customer renewing the same solution with points"),
        periodCite,
        text("不是廠商既有客戶續購原雲端解決方案", "Not an existing customer of the vendor renewing the solution it already has"),
        text(`既有客戶不得以點數折抵續購原雲端解決方案${recovered["zh-TW"]}`, `An existing customer may not renew the same solution with points${recovered.en}`),
      ),
      check(
        "p8-1-not-vendors-own-solution",
        "vendor-own-solution",
        !input.vendorBuysOwnSolution,
        text("非廠商以點數購買自家方案", "Not a vendor buying its own solution with points"),
        periodCite,
        text("購買者不是提供此方案的資訊服務廠商", "The buyer is not the IT service vendor that offers the solution"),
        text(`資訊服務廠商不得以點數購買自家提供之雲端解決方案${recovered["zh-TW"]}`, `A vendor may not buy its own solution with points${recovered.en}`),
      ),
      check(
        "p8-2-online-self-pay",
        "self-pay-not-online",
        input.selfPayPaidOnline,
        text("自付額以線上支付方式繳付", "The self-pay is paid online"),
        platformCite,
        text("自付額以信用卡、webATM、行動支付或第三方支付等線上方式繳付", "The self-pay is paid by card, web ATM, mobile or third-party payment, or another online method"),
        text("自付額須以線上支付方式向廠商繳付", "The self-pay must be paid to the vendor by an online method"),
      ),
      check(
        "p8-2-full-amount-e-invoice",
        "no-full-e-invoice",
        input.fullAmountEInvoice,
        text("廠商開立方案費用總額（含稅）之全額電子發票", "The vendor issues an e-invoice for the full price, tax included"),
        platformCite,
        text("電子發票金額為方案費用總額（含稅），不只自付額", "The e-invoice is for the whole price with tax, not only the self-pay"),
        text("廠商須依方案費用總額（含稅）開立全額電子發票並上傳平台", "The vendor must issue an e-invoice for the whole price with tax and upload it to the platform"),
      ),
      check(
        "p8-7-3-not-bundled",
        "bundled-with-unselected",
        !input.bundledWithUnselected,
        text("未與未入選方案共同包裝銷售", "Not sold bundled with a solution the programme did not select"),
        bundlingCite,
        text("方案單獨銷售，未與其他未經遴選之方案包裝", "The solution is sold on its own, not in a package with unselected ones"),
        text("禁止將上架方案與其他未經本計畫遴選通過之方案共同包裝銷售", "A listed solution may not be sold in a package with solutions the programme did not select"),
      ),
      check(
        "p8-7-4-self-pay-not-collected-or-advanced",
        "self-pay-collected-or-advanced",
        !input.selfPayCollectedOrAdvanced,
        text("自付額由企業自行支付", "The business pays its own self-pay"),
        selfPayCite,
        text("廠商或其委託之第三方未代收或代墊自付額", "Neither the vendor nor anyone it engaged collected or advanced the self-pay"),
        text("廠商及其委託之第三方（含推廣計畫）皆禁止代收或代墊自付額", "The vendor and any third party it engaged (promotion schemes included) may not collect or advance the self-pay"),
      ),
    ];

    const failed = checks.filter((c) => !c.pass).map((c) => c.failure);
    const warnings: Warning[] = [];
    // The start is the site's reading (params-2023.ts): say so when it is what fails the purchase.
    if (input.purchaseDate < period.from) {
      warnings.push(
        warning(
          "programme-start-assumed",
          text(
            `計畫期間自「本計畫公告日期」起，須知未載公告日；本站依 112 年度之遴選時程推定不早於 ${period.from}。如有疑義，請向執行單位確認。`,
            `The programme ran from "the date of its announcement", which the guidelines do not give; from the 2023 (ROC 112) selection schedule this site takes it to be no earlier than ${period.from}. If in doubt, confirm with the executing agency.`,
          ),
          periodCite,
          edition2023.cite,
        ),
      );
    }
    return {
      value: { pointsUsable: failed.length === 0, failed },
      steps: checks.map((c) => step(c.id, c.label, c.pass, c.cite, c.detail)),
      warnings,
    };
  },
});
