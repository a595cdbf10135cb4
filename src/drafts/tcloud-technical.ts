/** 附表3 雲端解決方案技術特性說明: one per solution, filled in online (七(三)3), reviewed under 九(二)2. */
import { href } from "../rules/anchors.js";
import { technicalFormParams2023 as P } from "../rules/tcloud/form-params-2023.js";
import { cite } from "../rules/tcloud/params-2023.js";
import { solutionParams2023 } from "../rules/tcloud/solution-params-2023.js";
import type { DrafterDefinition, FieldSpec, Option } from "./types.js";

const t = (zh: string, en: string) => ({ "zh-TW": zh, en });
const architecture = cite("附表3 雲平台架構", href("tcloud/forms", "form-3-architecture"));
const characteristics = cite("附表3 六大技術特性說明", href("tcloud/forms", "form-3-characteristics"));
const uploads = cite("附表3 七、資料上傳", href("tcloud/review", "technical-uploads"));
const sla = cite("附表3 SLA", href("tcloud/forms", "form-3-sla"));

const other = (label = t("名稱", "Its name")): Option => ({ value: "other", label: t("其他", "Other"), other: label });
const clouds: Option[] = [
  { value: "azure", label: t("Azure", "Azure") },
  { value: "aws", label: t("AWS", "AWS") },
  { value: "gcp", label: t("Google Cloud", "Google Cloud") },
  { value: "hicloud", label: t("中華電信 Hicloud", "Chunghwa Telecom hicloud") },
  other(),
];
const uses: Option[] = [{ value: "storage", label: t("儲存", "Storage") }, { value: "compute", label: t("運算", "Computing") }, other(t("用途", "The use"))];

const isHybrid = (d: Parameters<NonNullable<FieldSpec["showIf"]>>[0]) => d["architecture"] === "hybrid";
const ownRoom = (d: Parameters<NonNullable<FieldSpec["showIf"]>>[0]) => isHybrid(d) && d["privateHost"] === "own-room";

const characteristic = (key: string, zh: string, en: string, example: string): FieldSpec => ({
  key,
  kind: "textarea",
  max: P.characteristicMaxChars,
  label: t(zh, en),
  hint: t(`100字以內。範例：${example}`, "At most 100 characters; the form's example is in Chinese."),
  cite: characteristics,
});
const slaText = (key: string, zh: string, en: string, hint: string): FieldSpec => ({
  key,
  kind: "textarea",
  max: P.slaMaxChars,
  label: t(zh, en),
  hint: t(`100字以內。${hint}`, "At most 100 characters."),
  cite: sla,
});
const upload = (key: string, zh: string, en: string, c = architecture): FieldSpec => ({
  key,
  kind: "confirm",
  upload: true,
  statement: t("檔案已備妥", "File ready"),
  label: t(zh, en),
  cite: c,
});

export const tcloudTechnical: DrafterDefinition = {
  sections: [
    {
      id: "architecture",
      title: t("雲平台架構（IaaS/PaaS）", "Cloud platform architecture (IaaS/PaaS)"),
      intro: t("方案如為100%私有雲或自有機房之架構，請勿申請；混合雲之核心服務資料運算、儲存應全部置於公有雲。", "A solution that runs 100% on a private cloud or in the vendor's own server room may not apply; in a hybrid cloud, the core service's computing and storage must all be on the public cloud."),
      fields: [
        { key: "solutionName", kind: "text", label: t("方案名稱", "Solution name"), cite: architecture },
        {
          key: "architecture",
          kind: "choice",
          options: [
            { value: "public", label: t("(一) 100%採用公有雲", "(1) 100% public cloud") },
            { value: "hybrid", label: t("(二) 採用混合雲（公有雲＋私有雲）", "(2) Hybrid cloud (public + private)") },
          ],
          label: t("雲平台架構", "Architecture"),
          cite: solutionParams2023.cloudArchitecture,
        },
        { key: "publicClouds", kind: "multi", options: clouds, label: t("公有雲（可複選）", "Public clouds used (tick all)"), cite: architecture, showIf: (d) => d["architecture"] === "public" },
        { key: "hybridPublicUse", kind: "multi", options: uses, label: t("公有雲用途", "Public cloud: used for"), cite: architecture, showIf: isHybrid },
        { key: "hybridPublicClouds", kind: "multi", options: clouds, label: t("公有雲採用", "Public cloud: which"), cite: architecture, showIf: isHybrid },
        { key: "hybridPrivateUse", kind: "multi", options: uses, label: t("私有雲用途", "Private cloud: used for"), cite: architecture, showIf: isHybrid },
        {
          key: "privateHost",
          kind: "choice",
          options: [
            { value: "in-iaas", label: t("公有雲（IaaS）內之私有雲", "A private cloud inside a public IaaS") },
            { value: "own-room", label: t("私有機房（不對外營運）", "Own server room (not run for others)") },
          ],
          label: t("私有雲採用", "Private cloud: where"),
          cite: architecture,
          showIf: isHybrid,
        },
        {
          key: "migrationPlan",
          kind: "choice",
          options: [
            { value: "planned", label: t("有規劃投入公有雲", "Moving to the public cloud is planned") },
            { value: "not-planned", label: t("無規劃投入公有雲", "No plan to move to the public cloud"), other: t("原因", "The reason") },
          ],
          label: t("私有機房之公有雲規劃", "Own server room: plan for the public cloud"),
          cite: architecture,
          showIf: ownRoom,
        },
        {
          key: "hybridReasons",
          kind: "multi",
          options: [
            { value: "customer", label: t("客戶要求", "Customers ask for it") },
            { value: "cost", label: t("成本", "Cost") },
            { value: "security", label: t("安全性", "Security") },
            { value: "control", label: t("資源掌握程度高", "More control of resources") },
            other(t("考量", "The reason")),
          ],
          label: t("採用混合雲之考量", "Why a hybrid cloud"),
          cite: architecture,
          showIf: isHybrid,
        },
        upload("fileDiagram", "上傳（合併為1個 PDF）：(1) 雲平台架構圖", "Upload (one PDF with all three): (1) architecture diagram"),
        upload("fileLease", "(2) 公有雲平台（IaaS/PaaS）租用佐證：合約或最近一期費用發票或支付證明", "(2) Proof of the public cloud lease: contract, latest invoice or payment"),
        upload("fileTraffic", "(3) 公有雲使用流量證明（系統畫面截圖）", "(3) Proof of public cloud traffic (screenshot)"),
      ],
    },
    {
      id: "characteristics",
      title: t("雲端解決方案六大技術特性說明", "Six technical characteristics"),
      fields: [
        characteristic("connections", "一、大量連線", "1. Many connections", "經本公司壓力測試，本方案同時最多可服務 N 條來自客戶的連線而不會造成服務品質下降。"),
        characteristic("computation", "二、大量計算", "2. Heavy computation", "經本公司壓力測試，本方案每秒最多可服務 N 個來自客戶的服務請求而不會造成服務品質下降。"),
        characteristic("elasticity", "三、資源彈性調度", "3. Elastic resources", "本方案有註冊且啟用公有雲之資源使用量監控機制和資源彈性調度機制（例：auto-scaling）。"),
        characteristic("continuity", "四、服務不中斷", "4. Uninterrupted service", "同時使用多個虛擬機或容器供資源彈性調度，某虛擬機或容器故障後仍能持續提供服務。"),
        characteristic("loadBalancing", "五、雲端負載機制", "5. Load balancing", "啟用負載平衡機制，真實網路環境下量測使用者的服務請求可在 N 秒內完成。"),
        characteristic("security", "六、資安風險暨個資保護機制：資安機制", "6. Security and personal data: security", "啟用公有雲上的主機和網站弱點掃描機制（例如 AWS 上的 inspector）。"),
        characteristic("privacy", "六、資安風險暨個資保護機制：個資保護機制", "6. Security and personal data: personal data", "提供適當的資料存取控管機制，相關個資存取有記錄（Log）可供查詢。"),
        upload("fileStressTest", "七、資料上傳：1年內壓力測試報告", "7. Upload: stress test report from the past year", uploads),
        upload("fileSecurityTest", "七、資料上傳：1年內資安檢測報告至少1種（弱點掃描、程式碼檢測、滲透測試、第三方開源元件安全及授權等）", "7. Upload: at least one security test report from the past year (vulnerability scan, code review, penetration test, open-source components)", uploads),
      ],
    },
    {
      id: "sla",
      title: t("5項服務水準協議（SLA）必訂指標承諾", "Five required SLA commitments"),
      fields: [
        {
          key: "availability",
          kind: "number",
          min: P.minAvailabilityPercent,
          ceiling: 100,
          unit: t("%", "%"),
          label: t("一、系統可用性（%）", "1. System availability (%)"),
          hint: t("（全月分鐘數－當月服務中斷分鐘數）/全月分鐘數 ×100%；每月應達98%以上。", "(Minutes in the month − minutes of outage) / minutes in the month × 100%; at least 98% each month."),
          cite: sla,
        },
        slaText("supportHours", "二、客服支援時段", "2. Support hours", "範例：服務時間為週一至週日 OO 時至 OO 時，於接獲客戶通知後於標準服務時間之 X 小時內恢復正常使用。"),
        slaText("compensation", "三、服務中斷補償", "3. Compensation for outages", "範例：中斷滿 N 小時以上，延長使用中斷時數之 N 倍，或月租費扣減每小時 OO 元。"),
        {
          key: "responseLevels",
          kind: "list",
          itemLabel: t("級", "Level"),
          minItems: P.minResponseLevels,
          totalMax: P.slaMaxChars,
          label: t("四、問題回應時間", "4. Incident response time"),
          hint: t("依問題嚴重程度至少分2級，每級一行，例如「一級（系統無法登入）問題，2小時內回應」；合計100字以內。", "At least two severity levels, one line each, e.g. “Level 1 (cannot log in): answered within 2 hours”; 100 characters in all."),
          cite: sla,
        },
        slaText("rpo", "五、復原點目標（RPO）", "5. Recovery point objective (RPO)", "範例：系統將每 N 小時備份一次。"),
        {
          key: "backupHours",
          kind: "number",
          max: P.maxBackupIntervalHours,
          unit: t(" 小時", " hours"),
          label: t("備份間隔（小時）", "Hours between backups"),
          hint: t("RPO 說明中的「每 N 小時備份一次」；至少每24小時備份一次。", "The N of “a backup every N hours” in the RPO text; at least one backup every 24 hours."),
          cite: P.maxBackupIntervalHours.cite,
        },
      ],
    },
  ],
};
