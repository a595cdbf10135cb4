import * as z from "zod/mini";
import { startupParams2019 } from "../spp/manual-2019.js";
import { asOfOf, defineCalculator, step, warning } from "../core/calculator.js";
import { anniversary, isIsoDate, isUnderYears, isWithin, todayInTaiwan } from "../core/dates.js";
import { num, text } from "../core/format.js";
import { asOfField, count, isoDate, money, yesNo } from "../core/schema.js";
import type { Cite, Step, Text, Warning } from "../core/types.js";
import { href } from "../anchors.js";
import {
  caseByCaseCite,
  conditionsCite,
  countingPeriod2024,
  registrationEdition2024,
  eligibilityParams2024,
  employeeProofCite,
  fourConditionsCites,
  invoiceOrReceiptCite,
  registrationDocumentsCite,
  rulesCite,
  smeLawParams as L,
  smeStandardCite,
  taipeiRegistrationCite,
} from "./params-2024.js";
import { type ViolationId, violationIds, violations2024 } from "./violations-2024.js";

/** SPP's own startup definition, for the comparison the seeds' README asks to show: here, so that
 * the award calculator, which shares params-2024.ts, does not load the SPP module. */
const startupDefinitionCites: readonly Cite[] = [
  rulesCite("參、二(一)1(2)", href("compare", "startup-definitions")),
  { ...startupParams2019.maxYears.cite, href: href("compare", "startup-definitions") },
];

export type EligibilityReason =
  | "not-registered-in-taipei"
  | "foreign-branch"
  | "not-sme"
  | "cannot-issue-invoice"
  | "bankrupt"
  | ViolationId;

interface SupplierEligibility {
  eligible: boolean;
  group: "startup" | "sme" | null;
  failed: EligibilityReason[];
}

const ESTABLISHED_AFTER_AS_OF: Text = {
  "zh-TW": "設立日期不可晚於基準日（asOf，未填則為今天）",
  en: "The date of establishment cannot be after the reference date (asOf, today when left empty)",
};

const REASONS: Record<Exclude<EligibilityReason, ViolationId>, Text> = {
  "not-registered-in-taipei": { "zh-TW": "未於臺北市設址登記", en: "not registered at a Taipei City address" },
  // 境外企業 (offshore enterprise) is the seed's term: wider than a foreign company, it covers any enterprise set up outside Taiwan.
  "foreign-branch": { "zh-TW": "為境外企業設於臺北市之分公司", en: "a Taipei branch of an offshore enterprise" },
  "not-sme": { "zh-TW": "不符中小企業認定標準", en: "not an SME" },
  "cannot-issue-invoice": { "zh-TW": "無法開立統一發票或收據", en: "cannot issue invoices or receipts" },
  bankrupt: { "zh-TW": "公司經破產宣告（立即下架）", en: "declared bankrupt (delisted at once)" },
};

const isViolation = (reason: EligibilityReason): reason is ViolationId => (violationIds as readonly string[]).includes(reason);
/** Each failed reason in words, for the result step and the calculator page alike. */
export const reasonText = (reason: EligibilityReason): Text => (isViolation(reason) ? violations2024[reason].label : REASONS[reason]);

/** 參、二(一)1(5)C: a bankrupt company is delisted at once, so it cannot be listed in the first place. */
const bankruptcyCite = rulesCite("參、二(一)1(5)C", href("tops/supplier-eligibility", "delisting"));

const yes = (ok: boolean): Text => (ok ? text("符合", "met") : text("不符合", "not met"));

const input = z
  .object({
    registeredInTaipei: yesNo(),
    foreignBranch: yesNo(),
    paidInCapital: money(),
    employees: count(),
    establishedOn: isoDate(),
    asOf: asOfField(),
    canIssueInvoiceOrReceipt: yesNo(),
    /** Optional so that callers of the first contract, which had no such key, keep working. */
    bankrupt: z.optional(yesNo()),
    violations: z.array(z.enum(violationIds)),
  })
  .check(z.refine(
    (v) => {
      const asOf = v.asOf ?? todayInTaiwan();
      // Only dates that exist are compared: a malformed one already has its own error.
      return !isIsoDate(v.establishedOn) || !isIsoDate(asOf) || v.establishedOn <= asOf;
    },
    {
      path: ["establishedOn"],
      params: { text: ESTABLISHED_AFTER_AS_OF },
    },
  ));

/** 參、二(一)1(5)A, one step per row of the table, in the table's order. */
function violationSteps(declared: ReadonlySet<string>): Step[] {
  return violationIds.map((id) => {
    const row = violations2024[id];
    const found = declared.has(id);
    return step(
      `p3-2-1-1-5a-row-${row.row}-${id}`,
      row.label,
      !found,
      row.cite,
      found
        ? text(`已勾選此違規事證：不符合登錄資格（主辦單位查核來源：${row.checkedIn["zh-TW"]}）`, `Declared: not eligible (the organizers check ${row.checkedIn.en})`)
        : text(`未勾選此違規事證（主辦單位查核來源：${row.checkedIn["zh-TW"]}）`, `Not declared (the organizers check ${row.checkedIn.en})`),
    );
  });
}

/** The TOPS and SPP startup definitions differ (seeds/README.md): say so whenever the TOPS age test matters. */
function startupDefinitionWarning(P: typeof eligibilityParams2024, isStartupAge: boolean, leavesOn: string): Warning | null {
  const sppYears = num(startupParams2019.maxYears.value);
  const spp = text(
    `新創採購補助（經濟部中小企業處108年度手冊 二、附錄一 二）所稱新創事業則為成立 ${sppYears} 年內者（經主管機關認定者不在此限），故 TOPS 新創事業組不一定符合新創採購的新創定義。`,
    `The MOEA startup procurement subsidy (2019 manual §二, Appendix 1 point 2) counts only companies established within ${sppYears} years (unless the competent authority certifies them), so a TOPS startup is not necessarily an SPP startup.`,
  );
  if (isStartupAge) {
    return warning(
      "startup-definitions",
      text(
        `TOPS 以設立未滿 ${num(P.startupYears.value)} 年者為新創事業組（參、二(一)1(2)），本公司於 ${leavesOn} 起改列中小企業組。${spp["zh-TW"]}`,
        `TOPS puts companies under ${num(P.startupYears.value)} years since establishment in the startup group (參、二(一)1(2)); this one moves to the SME group on ${leavesOn}. ${spp.en}`,
      ),
      ...startupDefinitionCites,
    );
  }
  if (turnsEightInCountingPeriod(leavesOn)) {
    return warning(
      "startup-definitions",
      text(
        `本公司於 ${leavesOn} 設立滿 ${num(P.startupYears.value)} 年，已改列中小企業組。${spp["zh-TW"]}`,
        `This company reached ${num(P.startupYears.value)} years on ${leavesOn} and is now in the SME group. ${spp.en}`,
      ),
      ...startupDefinitionCites,
    );
  }
  return null;
}

const turnsEightInCountingPeriod = (leavesOn: string) => isWithin(leavesOn, countingPeriod2024.value.from, countingPeriod2024.value.to);

/**
 * A buyer's purchases from this company count as startup purchases (awards letter 三(二)(三)) only while it is in
 * the startup group; when it leaves the group inside the counting period, which date decides is not written down.
 */
function purchaseDateWarning(P: typeof eligibilityParams2024, leavesOn: string): Warning | null {
  if (!turnsEightInCountingPeriod(leavesOn)) return null;
  const period = countingPeriod2024.value;
  return warning(
    "startup-group-purchase-date",
    text(
      `本公司於 ${leavesOn} 設立滿 ${num(P.startupYears.value)} 年，落在獎勵採購金額計算期間（${period.from} 至 ${period.to}）內：${leavesOn} 以前的採購或可算向新創事業組採購。簡章與函文未說明以採購日或評獎日認定，請向執行單位確認。`,
      `This company reaches ${num(P.startupYears.value)} years on ${leavesOn}, inside the award counting period (${period.from} to ${period.to}): purchases before ${leavesOn} may count as from the startup group. Neither the rules nor the awards letter say whether the purchase or the award date decides; confirm with the executing agency.`,
    ),
    P.startupYears.cite,
    countingPeriod2024.cite,
  );
}

/** 參、二(一)1: whether a company may register as a TOPS supplier, and in which group. */
export const topsSupplierEligibility = defineCalculator({
  id: "tops-supplier-eligibility",
  program: "tops",
  editions: [{ edition: registrationEdition2024, params: eligibilityParams2024 }],
  title: { "zh-TW": "TOPS 供應方登錄資格檢核", en: "TOPS supplier eligibility check" },
  input,
  compute(parsed, P) {
    const { registeredInTaipei, foreignBranch, paidInCapital, employees, establishedOn, canIssueInvoiceOrReceipt } = parsed;
    const bankrupt = parsed.bankrupt ?? false;
    const asOf = asOfOf(parsed);
    const declared = new Set<string>(parsed.violations);

    const taipeiOk = registeredInTaipei && !foreignBranch;
    const capitalOk = paidInCapital <= P.smeCapitalMax.value;
    const employeesOk = employees < P.smeEmployeesBelow.value;
    const smeOk = capitalOk || employeesOk;
    const isStartupAge = isUnderYears(establishedOn, asOf, P.startupYears.value);
    const leavesOn = anniversary(establishedOn, P.startupYears.value);

    const failed: EligibilityReason[] = [];
    if (!registeredInTaipei) failed.push("not-registered-in-taipei");
    if (foreignBranch) failed.push("foreign-branch");
    if (!smeOk) failed.push("not-sme");
    if (!canIssueInvoiceOrReceipt) failed.push("cannot-issue-invoice");
    if (bankrupt) failed.push("bankrupt");
    failed.push(...violationIds.filter((id) => declared.has(id)));
    const eligible = failed.length === 0;
    const ageGroup = isStartupAge ? "startup" : "sme";

    const steps: Step[] = [
      step(
        "p3-2-1-1-1-taipei-registration",
        { "zh-TW": "公司或商業登記設址於臺北市，且非境外企業設於臺北市之分公司", en: "Company or business registered at a Taipei City address, and not a Taipei branch of an offshore enterprise" },
        taipeiOk,
        taipeiRegistrationCite,
        text(
          `登記設址於臺北市：${registeredInTaipei ? "是" : "否"}；境外企業之分公司：${foreignBranch ? "是" : "否"} → ${yes(taipeiOk)["zh-TW"]}`,
          `Registered in Taipei: ${registeredInTaipei ? "yes" : "no"}; branch of an offshore enterprise: ${foreignBranch ? "yes" : "no"} → ${yes(taipeiOk).en}`,
        ),
      ),
      step(
        "p3-2-1-1-2-paid-in-capital",
        P.smeCapitalMax.label,
        capitalOk,
        P.smeCapitalMax.cite,
        text(
          `實收資本額 ${num(paidInCapital)} 元 ${capitalOk ? "≤" : ">"} ${num(P.smeCapitalMax.value)} 元`,
          `Paid-in capital NT$${num(paidInCapital)} ${capitalOk ? "≤" : ">"} NT$${num(P.smeCapitalMax.value)}`,
        ),
      ),
      step(
        "p3-2-1-1-2-employees",
        P.smeEmployeesBelow.label,
        employeesOk,
        P.smeEmployeesBelow.cite,
        text(
          `經常僱用員工 ${num(employees)} 人 ${employeesOk ? "<" : "≥"} ${num(P.smeEmployeesBelow.value)} 人`,
          `${num(employees)} regular employees ${employeesOk ? "<" : "≥"} ${num(P.smeEmployeesBelow.value)}`,
        ),
      ),
      step(
        "p3-2-1-1-2-sme-standard",
        { "zh-TW": "符合〈中小企業認定標準〉（資本額或員工數擇一）", en: "An SME under the SME standard (capital or employees, either suffices)" },
        smeOk,
        P.smeCapitalMax.cite,
        text(
          `實收資本額 ${num(P.smeCapitalMax.value)} 元以下「或」經常僱用員工未滿 ${num(P.smeEmployeesBelow.value)} 人，即符合（與中小企業認定標準第2條相同）→ ${yes(smeOk)["zh-TW"]}`,
          `Paid-in capital of NT$${num(P.smeCapitalMax.value)} or less OR fewer than ${num(P.smeEmployeesBelow.value)} regular employees suffices (as in Art. 2 of the SME standard) → ${yes(smeOk).en}`,
        ),
      ),
      step(
        "p3-2-1-1-2-startup-group",
        { "zh-TW": "身分規模（依設立年數）", en: "Group (by years since establishment)" },
        ageGroup,
        P.startupYears.cite,
        text(
          `設立日 ${establishedOn} 滿 ${num(P.startupYears.value)} 年之日為 ${leavesOn}；基準日 ${asOf} ${isStartupAge ? "在其之前 → 新創事業組" : "已達該日 → 中小企業組"}${eligible ? "" : "（因不符登錄資格，不分組）"}`,
          `The ${num(P.startupYears.value)}th anniversary of ${establishedOn} is ${leavesOn}; ${asOf} is ${isStartupAge ? "before it → startup group" : "on or after it → SME group"}${eligible ? "" : " (not eligible, so no group is assigned)"}`,
        ),
        isStartupAge ? text("新創事業組", "Startup group") : text("中小企業組", "SME group"),
      ),
      step(
        "p3-2-1-1-3-registration-documents",
        { "zh-TW": "需檢附公司登記或商業登記證明文件（上傳文件，非試算項目）", en: "Company or business registration documents to attach (uploaded, not computed)" },
        null,
        registrationDocumentsCite,
        text(
          "公司：最新公司登記核准函影本及公司設立/變更登記表影本；商號：最新商業登記核准函影本及商業登記抄本。",
          "Company: copies of the latest registration approval letter and of the registration/amendment form. Business: copies of the latest business registration approval letter and a transcript of the business registration.",
        ),
      ),
      step(
        "p3-2-1-1-4-invoice-or-receipt",
        { "zh-TW": "可開立統一發票或收據（需蓋公司大小章及免用統一發票章）", en: "Can issue uniform invoices or receipts (stamped with the company seals and the invoice-exemption seal)" },
        canIssueInvoiceOrReceipt,
        invoiceOrReceiptCite,
        yes(canIssueInvoiceOrReceipt),
      ),
      ...violationSteps(declared),
      step(
        "p3-2-1-1-5c-bankruptcy",
        { "zh-TW": "公司未經破產宣告", en: "The company has not been declared bankrupt" },
        !bankrupt,
        bankruptcyCite,
        bankrupt
          ? text("已經破產宣告，依 參、二(一)1(5)C 應立即下架", "Declared bankrupt: delisted at once under 參、二(一)1(5)C")
          : text("未經破產宣告", "Not declared bankrupt"),
      ),
      step(
        "p3-2-1-1-eligible",
        { "zh-TW": "登錄資格", en: "Eligible to register" },
        eligible,
        conditionsCite,
        eligible
          ? text(
              `(1)(2)(4)(5) 均符合；分組：${ageGroup === "startup" ? "新創事業組" : "中小企業組"}；(3) 之文件於登錄時上傳`,
              `(1), (2), (4) and (5) are met; group: ${ageGroup === "startup" ? "startup" : "SME"}; the documents of (3) are uploaded when registering`,
            )
          : text(
              `不符合：${failed.map((r) => reasonText(r)["zh-TW"]).join("；")}`,
              `Not eligible: ${failed.map((r) => reasonText(r).en).join("; ")}`,
            ),
      ),
    ];

    const warnings: Warning[] = [
      warning(
        "four-conditions-quirk",
        text(
          "簡章寫「需同時符合以下四項條件」，其後卻列出 (1) 至 (5) 共五項；本試算五項全部檢核（(3) 為應檢附之文件）。",
          "The rules say suppliers must meet \"the following four conditions\" and then list five, (1) to (5); this check applies all five ((3) is a document to attach).",
        ),
        ...fourConditionsCites,
      ),
    ];
    if (eligible) {
      warnings.push(
        warning(
          "case-by-case",
          text(
            "此結果僅依所填答案檢核上列條件；主辦單位得就其他重大情事個案認定資格，並由執行單位審核上傳文件。",
            "This result only checks the conditions above against your answers; the organizer may decide eligibility case by case for other serious matters, and the executing agency reviews the uploaded documents.",
          ),
          caseByCaseCite,
        ),
      );
    }
    // An ineligible company has no group, so nothing about groups applies to it.
    if (eligible) {
      for (const w of [startupDefinitionWarning(P, isStartupAge, leavesOn), purchaseDateWarning(P, leavesOn)]) if (w) warnings.push(w);
    }
    if (!capitalOk) {
      warnings.push(
        warning(
          "sme-employee-count",
          text(
            `實收資本額超過 ${num(P.smeCapitalMax.value)} 元，是否為中小企業只看經常僱用員工數。簡章要求以最近一期勞保繳費清單證明員工數（參、二(四)2(3)），而〈中小企業認定標準〉第5條以前 ${num(L.headcountMonths.value)} 個月勞保平均投保人數計算；第6條另規定因擴充而超過標準者於 ${num(L.graceYears.value)} 年內（合併者 ${num(L.graceYearsAfterMerger.value)} 年）仍視為中小企業，簡章未提及。結果在門檻附近時，請向執行單位確認。`,
            `Paid-in capital is above NT$${num(P.smeCapitalMax.value)}, so only the number of regular employees decides. The rules prove it with the latest Labour Insurance bill (參、二(四)2(3)), while Art. 5 of the SME standard uses the average insured headcount of the last ${num(L.headcountMonths.value)} months, and Art. 6 keeps an SME that outgrew the thresholds an SME for ${num(L.graceYears.value)} years (${num(L.graceYearsAfterMerger.value)} after a merger), which the rules do not mention. Near the threshold, confirm with the executing agency.`,
          ),
          P.smeEmployeesBelow.cite,
          employeeProofCite,
          smeStandardCite,
        ),
      );
    }

    return {
      value: { eligible, group: eligible ? ageGroup : null, failed } satisfies SupplierEligibility,
      steps,
      warnings,
    };
  },
});
