import * as z from "zod/mini";
import { href } from "../anchors.js";
import { asOfOf, defineCalculator, step, warning } from "../core/calculator.js";
import { anniversary, isUnderYears } from "../core/dates.js";
import { num, text } from "../core/format.js";
import { asOfField, isoDate, yesNo } from "../core/schema.js";
import type { Text } from "../core/types.js";
import { eligibilityParams2024 } from "../tops/params-2024.js";
import { manualCite, startupParams2019 } from "./manual-2019.js";
import { edition2019 } from "./params-2019.js";

/** TOPS's startup group, to show how the two programs' definitions differ (seeds/README.md). */
const topsStartupYears = eligibilityParams2024.startupYears;

/** Reason ids of `failed`, one per requirement of 二 / 要點 二 that was not met. */
export type StartupDefinitionFailure = "not-listed-on-joint-supply-contract" | "over-five-years";

const failureText = (P: typeof startupParams2019): Record<StartupDefinitionFailure, Text> => ({
  "not-listed-on-joint-supply-contract": text("未上架於共同供應契約", "not listed on the joint supply contract"),
  "over-five-years": text(
    `成立已滿 ${num(P.maxYears.value)} 年且未經主管機關認定`,
    `established ${num(P.maxYears.value)} years ago or more and not recognised by the authority`,
  ),
});

/**
 * 二 新創採購定義 (要點 二): a startup established within five years whose product or
 * service is listed on SMEA's joint supply contract; a startup recognised by the
 * competent authority is exempt from the five-year limit, not from the listing.
 */
export const sppStartupDefinition = defineCalculator({
  id: "spp-startup-definition",
  program: "spp",
  editions: [{ edition: edition2019, params: startupParams2019 }],
  title: { "zh-TW": "新創採購之新創事業定義檢核", en: "Startup procurement: does the company count as a startup?" },
  input: z
    .object({
      establishedOn: isoDate(),
      asOf: asOfField(),
      certifiedByAuthority: yesNo(),
      listedOnJointSupplyContract: yesNo(),
    })
    .check(z.superRefine((data, ctx) => {
      if (data.establishedOn > asOfOf(data)) {
        ctx.addIssue({
          code: "custom",
          path: ["establishedOn"],
          params: { text: text("成立日期不得晚於基準日", "The date of establishment cannot be after the reference date") },
        });
      }
    })),
  compute(parsed, P) {
    const { establishedOn, certifiedByAuthority, listedOnJointSupplyContract } = parsed;
    const asOf = asOfOf(parsed);
    const years = P.maxYears.value;
    const limitDate = anniversary(establishedOn, years);
    const underLimit = isUnderYears(establishedOn, asOf, years);
    const ageAccepted = underLimit || certifiedByAuthority;

    const failed: StartupDefinitionFailure[] = [];
    if (!listedOnJointSupplyContract) failed.push("not-listed-on-joint-supply-contract");
    if (!ageAccepted) failed.push("over-five-years");
    const qualifies = failed.length === 0;

    // A company between the SPP and TOPS age limits is a startup for TOPS only.
    const topsOnly = !underLimit && isUnderYears(establishedOn, asOf, topsStartupYears.value);

    return {
      value: { qualifies, failed },
      steps: [
        step(
          "def-2-joint-supply-contract",
          { "zh-TW": "產品或服務上架於中小企業處共同供應契約", en: "Product or service listed on SMEA's joint supply contract" },
          listedOnJointSupplyContract,
          P.listing,
          listedOnJointSupplyContract
            ? text("已上架：符合定義之共同供應契約要件（要點 二 稱「新創共同供應契約」）", "Listed: meets the joint supply contract requirement (要點 二 calls it the startup joint supply contract)")
            : text("未上架：新創採購僅指上架於共同供應契約之品項，主管機關認定亦不能免除此要件", "Not listed: startup procurement only covers items listed on the joint supply contract; recognition by the authority does not waive this"),
        ),
        step(
          "def-2-five-years",
          P.maxYears.label,
          underLimit,
          P.maxYears.cite,
          text(
            `成立日 ${establishedOn}，成立滿 ${num(years)} 年之日為 ${limitDate}；基準日 ${asOf} ${underLimit ? `早於該日，屬成立 ${num(years)} 年內` : `已達或晚於該日，已非成立 ${num(years)} 年內`}`,
            `Established ${establishedOn}; ${num(years)} years from then is ${limitDate}. The reference date ${asOf} is ${underLimit ? `before it: within ${num(years)} years` : `on or after it: no longer within ${num(years)} years`}`,
          ),
        ),
        step(
          "def-2-authority-recognition",
          text(
            `經主管機關認定（不受 ${num(years)} 年成立期限之限制）`,
            `Recognised by the competent authority (exempt from the ${num(years)}-year limit)`,
          ),
          certifiedByAuthority,
          P.certification,
          underLimit
            ? text(`成立未滿 ${num(years)} 年，無須主管機關認定`, `Within ${num(years)} years: no recognition needed`)
            : certifiedByAuthority
              ? text(`已經主管機關認定，不受 ${num(years)} 年成立期限之限制`, `Recognised by the authority: the ${num(years)}-year limit does not apply`)
              : text(`未經主管機關認定，${num(years)} 年成立期限適用`, `Not recognised by the authority: the ${num(years)}-year limit applies`),
        ),
        step(
          "def-2-qualifies",
          { "zh-TW": "符合新創採購之新創事業定義", en: "Meets the startup procurement definition" },
          qualifies,
          P.listing,
          qualifies
            ? text("上架且年限符合（或經認定）", "Listed, and within the age limit or recognised")
            : text(
                `未符合：${failed.map((id) => failureText(P)[id]["zh-TW"]).join("；")}`,
                `Not met: ${failed.map((id) => failureText(P)[id].en).join("; ")}`,
              ),
        ),
      ],
      warnings: [
        warning(
          "tops-startup-definition-differs",
          text(
            `新創採購所稱新創事業為「成立 ${num(years)} 年內」（經主管機關認定者不受此限）；TOPS 的新創事業組則為「設立未滿 ${num(topsStartupYears.value)} 年」。兩計畫的定義不同，請依各自規定判斷。` +
              (topsOnly ? `此事業成立已滿 ${num(years)} 年、未滿 ${num(topsStartupYears.value)} 年：在 TOPS 可列新創事業組，在新創採購則須經主管機關認定。` : ""),
            `Startup procurement counts a startup as "established within ${num(years)} years" (unless recognised by the competent authority); TOPS's startup group is "established under ${num(topsStartupYears.value)} years". The two programs define a startup differently: apply each program's own rule.` +
              (topsOnly ? ` This company is ${num(years)} years old or more but under ${num(topsStartupYears.value)}: a startup for TOPS, but for startup procurement only if recognised by the authority.` : ""),
          ),
          manualCite("二; 附錄一 二", href("compare", "startup-definitions")),
          topsStartupYears.cite,
        ),
        warning(
          "age-date-undefined",
          text(
            `作業手冊只說「成立五年內」，未說明以提案日、訂約日或採購日計算成立年限；本試算以基準日 ${asOf} 計算（成立滿 ${num(years)} 年之日為 ${limitDate}），接近該日者請向主管機關確認。`,
            `The manual only says "established within five years"; it does not say whether the age is counted on the proposal, contract or purchase date. This check counts it on the reference date ${asOf} (${num(years)} years are reached on ${limitDate}); near that day, confirm with the competent authority.`,
          ),
          P.maxYears.cite,
        ),
        warning(
          "innovation-not-assessed",
          text(
            "定義另要求產品或服務係「以科學方法或技術手段從事具備一定創新程度」之活動所生產或提供；本試算不判斷此項。",
            'The definition also requires the product or service to come from "activities that use scientific methods or technical means with a certain degree of innovation"; this check does not judge that.',
          ),
          P.products,
        ),
      ],
    };
  },
});
