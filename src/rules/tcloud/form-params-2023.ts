import { href } from "../anchors.js";
import { param } from "../core/params.js";
import type { Param, Text } from "../core/types.js";
import { cite, period2023, slaParams2023 } from "./params-2023.js";
import { solutionParams2023 } from "./solution-params-2023.js";
import { vendorParams2023 } from "./vendor-params-2023.js";

/**
 * The limits that Forms 1, 3 and 4 (附表1, 附表3, 附表4) put on what a vendor types into the
 * platform, with the clauses of 六, 七(三) and 九(二) they carry out. A limit the guidelines
 * already state elsewhere (subscription months, categories, SLA 98%, paid-in capital) is the
 * same parameter, not a copy: the drafters' checks read it from here.
 */
const chars = (value: number, clause: string, link: string, label: Text): Param =>
  param(value, "characters", period2023, cite(clause, link), label);

/** 附表1 雲端解決方案申請書. */
export const applicationFormParams2023 = {
  businessItems: vendorParams2023.businessItems,
  minPaidInCapital: vendorParams2023.minPaidInCapital,
  profileMaxChars: chars(300, "附表1 公司簡介", href("tcloud/forms", "form-1-fields"), {
    "zh-TW": "公司簡介字數上限",
    en: "Company profile, longest",
  }),
};

/** 附表3 雲端解決方案技術特性說明. */
export const technicalFormParams2023 = {
  characteristicMaxChars: chars(100, "附表3 六大技術特性說明 一至六", href("tcloud/forms", "form-3-characteristics"), {
    "zh-TW": "每項技術特性說明字數上限",
    en: "Each technical characteristic, longest",
  }),
  slaMaxChars: chars(100, "附表3 SLA 二至五", href("tcloud/forms", "form-3-sla"), {
    "zh-TW": "每項 SLA 指標說明字數上限",
    en: "Each SLA commitment, longest",
  }),
  minAvailabilityPercent: slaParams2023.minAvailabilityPercent,
  minResponseLevels: param(2, "count", period2023, cite("九(二)2 SLA 4", href("tcloud/review", "sla-incident-response")), {
    "zh-TW": "問題回應時間依嚴重程度分級之最少級數",
    en: "Severity levels of incident response, at least",
  }),
  maxBackupIntervalHours: param(24, "hours", period2023, cite("九(二)2 SLA 5", href("tcloud/review", "sla-rpo")), {
    "zh-TW": "備份間隔上限（至少每24小時備份一次）",
    en: "Longest time between backups (at least one every 24 hours)",
  }),
};

/** 附表4 雲端解決方案推廣計畫. */
export const promotionFormParams2023 = {
  categories: solutionParams2023.categories,
  minCategories: solutionParams2023.minCategories,
  maxCategories: solutionParams2023.maxCategories,
  minSubscriptionMonths: solutionParams2023.minSubscriptionMonths,
  maxSubscriptionMonths: solutionParams2023.maxSubscriptionMonths,
  maxFeatureItems: param(10, "count", period2023, cite("附表4 四、1", href("tcloud/forms", "form-4-features")), {
    "zh-TW": "功能規格、性能條列項數上限",
    en: "Feature and performance items, at most",
  }),
  featureItemMaxChars: chars(15, "附表4 四、1", href("tcloud/forms", "form-4-features"), {
    "zh-TW": "每項功能規格字數上限",
    en: "Each feature item, longest",
  }),
  featuresMaxChars: chars(300, "附表4 四、2; 四、3", href("tcloud/forms", "form-4-features"), {
    "zh-TW": "特色、成功應用案例字數上限",
    en: "Strengths and success story, each at most",
  }),
  renewalOfferMaxChars: chars(100, "附表4 五、2", href("tcloud/forms", "form-4-pricing"), {
    "zh-TW": "續約優惠說明字數上限",
    en: "Renewal offer, longest",
  }),
  promotionPlanMaxChars: chars(300, "附表4 七、1", href("tcloud/forms", "form-4-promotion"), {
    "zh-TW": "雲市集推廣規劃字數上限",
    en: "Marketplace promotion plan, longest",
  }),
  minPaymentMethods: param(1, "count", period2023, cite("附表4 八", href("tcloud/forms", "form-4-payment")), {
    "zh-TW": "線上支付方式至少勾選數",
    en: "Online payment methods, at least",
  }),
  orderProcessMaxChars: chars(500, "附表4 九、1", href("tcloud/forms", "form-4-service"), {
    "zh-TW": "訂單管理標準流程說明字數上限",
    en: "Order handling procedure, longest",
  }),
  serviceCapacityMaxChars: chars(100, "附表4 九、2", href("tcloud/forms", "form-4-service"), {
    "zh-TW": "服務能量說明字數上限",
    en: "Support capacity, longest",
  }),
  minVideoMinutes: param(2, "minutes", period2023, cite("附表4 十二; 七(三)5", href("tcloud/forms", "form-4-video")), {
    "zh-TW": "操作演示影片長度下限",
    en: "Demonstration video, shortest",
  }),
  maxVideoMinutes: param(5, "minutes", period2023, cite("附表4 十二; 七(三)5", href("tcloud/forms", "form-4-video")), {
    "zh-TW": "操作演示影片長度上限",
    en: "Demonstration video, longest",
  }),
};
