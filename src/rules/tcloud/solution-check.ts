import * as z from "zod/mini";
import { defineCalculator, step, warning } from "../core/calculator.js";
import { num, text } from "../core/format.js";
import { REQUIRED } from "../core/messages.js";
import { asOfField, count, yesNo } from "../core/schema.js";
import type { Step, Text, Warning } from "../core/types.js";
import { href } from "../anchors.js";
import { calendarMonthDays, cite, edition2023 } from "./params-2023.js";
import { solutionParams2023 } from "./solution-params-2023.js";
import { judged } from "./verdict.js";

export type SolutionFailure =
  | "original-vendor-china-capital"
  | "subscription-period"
  | "solutions-per-batch"
  | "no-free-data-export"
  | "single-function"
  | "hardware"
  | "private-cloud"
  | "core-not-on-public-cloud"
  | "onboarding-too-long"
  | "not-operable-by-sme"
  | "no-usage-log-charts";

const smeOperationCite = cite("九(二)1(1)", href("tcloud/review", "review-criteria"));
const usageLogCite = cite("九(二)1(6); 二(七)", href("tcloud/review", "review-criteria"));

const CLOUD = ["public", "hybrid", "private"] as const;

const cloudLabel = {
  public: text("100%公有雲", "100% public cloud"),
  hybrid: text("混合雲（公有雲＋私有雲）", "hybrid cloud (public + private)"),
  private: text("100%私有雲或自有機房", "100% private cloud or own data centre"),
} as const;

/**
 * 六 (submission rules) and 九(二) (review principles and plan-review criteria):
 * the conditions a cloud solution must meet before its review can succeed.
 */
export const tcloudSolutionCheck = defineCalculator({
  id: "tcloud-solution-check",
  program: "tcloud",
  editions: [{ edition: edition2023, params: solutionParams2023 }],
  title: { "zh-TW": "臺灣雲市集雲端解決方案遞件規範檢核", en: "TCloud cloud solution submission check" },
  input: z
    .object({
      subscriptionMonths: count(),
      categories: z
        .array(z.enum(solutionParams2023.categories.ids))
        .check(z.minLength(solutionParams2023.minCategories.value), z.maxLength(solutionParams2023.maxCategories.value), z.refine((ids) => new Set(ids).size === ids.length, {
          params: { text: { "zh-TW": "同一類別請勿重複選擇", en: "Choose each category only once" } },
        })),
      includesHardware: yesNo(),
      cloud: z.enum(CLOUD),
      // Only public and hybrid clouds are asked: a private cloud fails 九(二)1(5) whatever its core.
      coreOnPublicCloud: z.optional(yesNo()),
      singleFunction: yesNo(),
      originalVendorChinaCapital: yesNo(),
      onboardingDays: count(),
      freeDataExport: yesNo(),
      // Optional so that callers of the first contract, which had neither key, keep working; an
      // unanswered one is shown as not checked, never as met.
      smeOperatesItself: z.optional(yesNo()),
      usageLogCharts: z.optional(yesNo()),
      // The solution being checked is itself one of the batch, so at least one.
      solutionsThisBatch: count(1),
      asOf: asOfField(),
    })
    .check(z.refine((d) => d.cloud === "private" || d.coreOnPublicCloud !== undefined, {
      path: ["coreOnPublicCloud"],
      params: { text: REQUIRED },
      // As soon as the cloud is known, so it is asked with the other missing answers, not after them.
      when: ({ value }) => typeof value === "object" && value !== null && (CLOUD as readonly unknown[]).includes((value as { cloud?: unknown }).cloud),
    })),
  compute(input, P) {
    const steps: Step[] = [];
    const warnings: Warning[] = [];
    const failed: SolutionFailure[] = [];
    const check = (pass: boolean, failure: SolutionFailure, s: Step) => {
      steps.push(s);
      if (!pass) failed.push(failure);
    };

    const vendorOk = !input.originalVendorChinaCapital;
    check(
      vendorOk,
      "original-vendor-china-capital",
      step(
        "p6-2-original-vendor",
        text("方案原廠非陸資企業", "The solution's original vendor is not a Chinese-capital enterprise"),
        vendorOk,
        P.originalVendor,
        vendorOk
          ? text("原廠非陸資企業（符合）", "The original vendor is not Chinese-capital (met)")
          : text("原廠為陸資企業，不得遞件（不符合）", "The original vendor is Chinese-capital: the solution may not be submitted (not met)"),
      ),
    );

    const min = P.minSubscriptionMonths.value;
    const max = P.maxSubscriptionMonths.value;
    const periodOk = input.subscriptionMonths >= min && input.subscriptionMonths <= max;
    check(
      periodOk,
      "subscription-period",
      step(
        "p6-3-subscription-period",
        text(`應用軟體訂閱期${min}至${max}個月`, `Software subscription of ${min} to ${max} months`),
        periodOk,
        P.minSubscriptionMonths.cite,
        judged(
          text(`訂閱期 ${input.subscriptionMonths} 個月，須介於 ${min} 至 ${max} 個月`, `${input.subscriptionMonths} months; it must be ${min} to ${max} months`),
          periodOk,
        ),
      ),
    );

    steps.push(
      step(
        "p6-4-categories",
        P.categories.label,
        input.categories.length,
        P.categories.cite,
        text(
          `已選 ${input.categories.map((id) => P.categories.labels[id]["zh-TW"]).join("、")}（${P.minCategories.value}至${P.maxCategories.value}類）`,
          `Chosen: ${input.categories.map((id) => P.categories.labels[id].en).join("; ")} (${P.minCategories.value} to ${P.maxCategories.value})`,
        ),
      ),
    );
    if (input.categories.length > P.minCategories.value) {
      warnings.push(
        warning(
          "categories-one-or-up-to-three",
          text(
            `六(四)要求方案「符合下列類別之一」，附表4 一則容許「複選至多${P.maxCategories.value}項」。須知未說明複選類別時如何審查，建議向執行單位確認。`,
            `六(四) asks that a solution "fit one of the following categories", while Form 4 一 lets the vendor tick "up to ${P.maxCategories.value}". The guidelines do not say how a solution in several categories is reviewed: confirm with the executing agency.`,
          ),
          P.categories.cite,
          P.maxCategories.cite,
        ),
      );
    }

    const batchOk = input.solutionsThisBatch <= P.maxSolutionsPerBatch.value;
    check(
      batchOk,
      "solutions-per-batch",
      step(
        "p6-5-solutions-per-batch",
        P.maxSolutionsPerBatch.label,
        batchOk,
        P.maxSolutionsPerBatch.cite,
        judged(
          text(
            `本梯次遞交 ${input.solutionsThisBatch} 個方案，上限 ${P.maxSolutionsPerBatch.value} 個`,
            `${input.solutionsThisBatch} solutions in this batch; at most ${P.maxSolutionsPerBatch.value}`,
          ),
          batchOk,
        ),
      ),
    );

    /** A principle asked by an optional question: unanswered, its step says so and nothing fails. */
    const asked = (answer: boolean | undefined, failure: SolutionFailure, id: string, label: Text, c: typeof P.dataExport, ok: Text, notOk: Text) => {
      if (answer === undefined) steps.push(step(id, label, null, c, text("未回答（未檢核）", "Not answered (not checked)")));
      else check(answer, failure, step(id, label, answer, c, judged(answer ? ok : notOk, answer)));
    };

    asked(
      input.smeOperatesItself,
      "not-operable-by-sme",
      "p9-2-1-1-sme-operates-it",
      text("應用軟體可由中小微型企業獨立經營與操作", "The SME can run and operate the application on its own"),
      smeOperationCite,
      text("企業可自行操作", "The business operates it itself"),
      text("須由廠商代為操作，不符九(二)1(1)", "The vendor has to operate it, against 九(二)1(1)"),
    );

    check(
      input.freeDataExport,
      "no-free-data-export",
      step(
        "p9-2-1-2-data-export",
        text("企業可免費、隨時、自行完整下載資料與紀錄", "The SME can download all its data and records, free, at any time, by itself"),
        input.freeDataExport,
        P.dataExport,
        input.freeDataExport
          ? text("提供免費完整下載（符合）", "Free full download offered (met)")
          : text("未提供免費、隨時、自行完整下載，不符資料自主權原則（不符合）", "No free, any-time, self-service full download: the SME's data autonomy is not met (not met)"),
      ),
    );

    check(
      !input.singleFunction,
      "single-function",
      step(
        "p9-2-1-4-single-function",
        text("非單一功能方案", "Not a single-function offering"),
        !input.singleFunction,
        P.excludedContent,
        input.singleFunction
          ? text(
              "單一功能（如雲端空間租賃、數位廣告或簡訊購買、遠距視訊、SEO）不納入考量（不符合）",
              "Single-function offerings (cloud storage rental, digital ads or SMS bundles, video conferencing, SEO) are not considered (not met)",
            )
          : text("非單一功能（符合）", "Not single-function (met)"),
      ),
    );

    check(
      !input.includesHardware,
      "hardware",
      step(
        "p9-2-1-4-hardware",
        text("方案價格不含硬體", "The price includes no hardware"),
        !input.includesHardware,
        P.excludedContent,
        input.includesHardware
          ? text("含硬體（如 POS 機、平板、感應器），方案價格不得包含硬體（不符合）", "Includes hardware (POS terminals, tablets, sensors); the price may not include hardware (not met)")
          : text("不含硬體（符合）", "No hardware (met)"),
      ),
    );

    const privateOnly = input.cloud === "private";
    const coreOk = input.cloud !== "hybrid" || input.coreOnPublicCloud === true;
    check(
      !privateOnly,
      "private-cloud",
      step(
        "p9-2-1-5-not-private-cloud",
        text("非100%私有雲", "Not 100% private cloud"),
        !privateOnly,
        P.cloudArchitecture,
        judged(text(`雲平台架構：${cloudLabel[input.cloud]["zh-TW"]}`, `Cloud architecture: ${cloudLabel[input.cloud].en}`), !privateOnly),
      ),
    );
    if (input.cloud === "hybrid") {
      check(
        coreOk,
        "core-not-on-public-cloud",
        step(
          "p9-2-1-5-hybrid-core-on-public-cloud",
          text("混合雲之核心服務資料運算、儲存全部置於公有雲", "Hybrid cloud: all core data computing and storage on the public cloud"),
          coreOk,
          P.cloudArchitecture,
          coreOk
            ? text("核心服務全部置於公有雲（符合）", "Core services entirely on the public cloud (met)")
            : text("核心服務之資料運算、儲存未全部置於公有雲（不符合）", "Core data computing or storage is not entirely on the public cloud (not met)"),
        ),
      );
    }
    if (input.cloud === "public" && input.coreOnPublicCloud === false) {
      warnings.push(
        warning(
          "public-cloud-core-answer",
          text(
            "已選「100%公有雲」，卻表示核心服務未全部置於公有雲；兩者矛盾，請確認架構。九(二)1(5)只對混合雲要求核心服務置於公有雲，本檢核以「100%公有雲」判斷。",
            'You chose "100% public cloud" but said the core services are not all on the public cloud; the two answers conflict. 九(二)1(5) asks this only of hybrid clouds, so the check goes by "100% public cloud": please confirm the architecture.',
          ),
          P.cloudArchitecture,
        ),
      );
    }

    asked(
      input.usageLogCharts,
      "no-usage-log-charts",
      "p9-2-1-6-usage-log-charts",
      text("使用歷程可由雲端資料庫產生 log data 並轉成圖表", "Usage can be logged by the cloud database and turned into charts"),
      usageLogCite,
      text("可產生 log data 並轉成折線圖或長條圖等", "Log data can be produced and charted (line or bar charts)"),
      text("無法產生企業使用紀錄（log data 圖表），點數核銷所需之使用紀錄無從提出", "No usage records (log data charts) can be produced, and redeeming points needs them"),
    );

    // Only beyond the longest calendar month is "one month" surely exceeded; 29 to 31 days is for
    // the agency to judge (the warning below), not a failure this check can declare.
    const onboardingOk = input.onboardingDays <= calendarMonthDays.longest;
    const toConfirm = onboardingOk && input.onboardingDays > P.maxOnboardingDays.value;
    check(
      onboardingOk,
      "onboarding-too-long",
      step(
        "p9-2-3-onboarding-time",
        P.maxOnboardingDays.label,
        onboardingOk,
        P.maxOnboardingDays.cite,
        judged(
          text(
            `安裝、導入及教育訓練合計 ${num(input.onboardingDays)} 日，上限 ${P.maxOnboardingDays.value} 日`,
            `Installation, onboarding and training take ${num(input.onboardingDays)} days; at most ${P.maxOnboardingDays.value}`,
          ),
          onboardingOk,
          toConfirm ? text("待確認", "to confirm") : undefined,
        ),
      ),
    );
    if (input.onboardingDays > calendarMonthDays.shortest && input.onboardingDays <= calendarMonthDays.longest) {
      warnings.push(
        warning(
          "onboarding-month-in-days",
          text(
            `須知只寫「合計最長不得超過1個月」，未說明以幾日計；本檢核以 ${P.maxOnboardingDays.value} 日計。曆月為 ${calendarMonthDays.shortest} 至 ${calendarMonthDays.longest} 日，${num(input.onboardingDays)} 日是否超過1個月因月份而異，請向執行單位確認。`,
            `The guidelines only say "no more than one month in total", not how many days; this check uses ${P.maxOnboardingDays.value}. Calendar months run ${calendarMonthDays.shortest} to ${calendarMonthDays.longest} days, so whether ${num(input.onboardingDays)} days exceed a month depends on the month: confirm with the executing agency.`,
          ),
          P.maxOnboardingDays.cite,
        ),
      );
    }

    return { value: { acceptable: failed.length === 0, failed }, steps, warnings };
  },
});
