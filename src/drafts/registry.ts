/**
 * The drafters as the site lists them: forms that are filled in online on a program's
 * platform, so the site checks and drafts them instead of printing the form. The pages, the
 * forms index, the site map and the finder's links all come from this list.
 */
import { href } from "../rules/anchors.js";
import type { Cite, Program, Text } from "../rules/core/types.js";
import type { Audience } from "../lib/audiences.js";
import { tcloudApplication } from "./tcloud-application.js";
import { tcloudPromotion } from "./tcloud-promotion.js";
import { tcloudTechnical } from "./tcloud-technical.js";
import type { DrafterDefinition } from "./types.js";

export interface DrafterInfo {
  id: string;
  program: Program;
  /** Who fills it in: finder outcomes for these audiences link the drafter. */
  for: readonly Audience[];
  /** The form's own Chinese title. */
  official: string;
  title: Text;
  summary: Text;
  cite: Cite;
  definition: DrafterDefinition;
}

const form = (clause: string, anchor: "form-1" | "form-3" | "form-4"): Cite => ({ doc: "tcloud-vendor-guidelines", clause, href: href("tcloud/forms", anchor) });

export const drafters: readonly DrafterInfo[] = [
  {
    id: "tcloud-application",
    program: "tcloud",
    for: ["tcloud-vendor"],
    official: "附表1 雲端解決方案申請書",
    title: { "zh-TW": "臺灣雲市集 申請書（附表1）檢查與草稿", en: "Taiwan Cloud Marketplace application (Form 1): check and draft" },
    summary: {
      "zh-TW": "每家公司1份；公司簡介300字、營業項目、實收資本額、聯絡人與三項同意勾選，貼上平台前先檢查。",
      en: "One per company: the 300-character profile, business items, paid-in capital, contacts and the three consents, checked before you paste them into the platform.",
    },
    cite: form("附表1; 七(三)1", "form-1"),
    definition: tcloudApplication,
  },
  {
    id: "tcloud-technical",
    program: "tcloud",
    for: ["tcloud-vendor"],
    official: "附表3 雲端解決方案技術特性說明",
    title: { "zh-TW": "臺灣雲市集 技術特性說明（附表3）檢查與草稿", en: "Taiwan Cloud Marketplace technical characteristics (Form 3): check and draft" },
    summary: {
      "zh-TW": "每項方案1份；雲平台架構、六大技術特性（各100字）、上傳檔案與5項 SLA（可用性98%以上、回應至少2級、至少每24小時備份）。",
      en: "One per solution: the cloud architecture, six technical characteristics (100 characters each), the uploads and the five SLA commitments (98% availability or more, at least two response levels, a backup at least every 24 hours).",
    },
    cite: form("附表3; 七(三)3; 九(二)2", "form-3"),
    definition: tcloudTechnical,
  },
  {
    id: "tcloud-promotion",
    program: "tcloud",
    for: ["tcloud-vendor"],
    official: "附表4 雲端解決方案推廣計畫",
    title: { "zh-TW": "臺灣雲市集 推廣計畫（附表4）檢查與草稿", en: "Taiwan Cloud Marketplace promotion plan (Form 4): check and draft" },
    summary: {
      "zh-TW": "每項方案1份；類別1至3項、功能最多10項（每項15字）、訂閱4至12個月、線上支付至少1種、2至5分鐘演示影片與應上傳檔案。",
      en: "One per solution: one to three categories, up to 10 feature items of 15 characters, a 4 to 12 month subscription, at least one online payment method, a 2 to 5 minute video and the files to upload.",
    },
    cite: form("附表4; 七(三)4; 七(三)5", "form-4"),
    definition: tcloudPromotion,
  },
];
