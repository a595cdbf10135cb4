/** 附表1 雲端解決方案申請書: one per company, filled in online (七(三)1). */
import { href } from "../rules/anchors.js";
import { applicationFormParams2023 as P } from "../rules/tcloud/form-params-2023.js";
import { cite } from "../rules/tcloud/params-2023.js";
import type { DrafterDefinition, Option } from "./types.js";

const t = (zh: string, en: string) => ({ "zh-TW": zh, en });
const fields = cite("附表1 基本資料", href("tcloud/forms", "form-1-fields"));
const attachments = cite("附表1", href("tcloud/forms", "form-1-attachments"));

const businessItems: Option[] = P.businessItems.ids.map((id) => ({ value: id, label: P.businessItems.labels[id] }));

const capacity: Option[] = [
  ["1-100", "1~100家", "1–100 companies"],
  ["101-300", "101~300家", "101–300 companies"],
  ["301-500", "301~500家", "301–500 companies"],
  ["501-700", "501~700家", "501–700 companies"],
  ["701-1000", "701~1000家", "701–1,000 companies"],
  ["1001+", "1001家以上", "1,001 companies or more"],
].map(([value, zh, en]) => ({ value: value!, label: t(zh!, en!) }));

export const tcloudApplication: DrafterDefinition = {
  sections: [
    {
      id: "company",
      title: t("基本資料", "Company details"),
      fields: [
        { key: "companyName", kind: "text", label: t("公司名稱", "Company name"), cite: fields },
        { key: "ubn", kind: "text", check: "ubn", label: t("統一編號", "Unified Business Number (UBN)"), cite: fields },
        {
          key: "businessItems",
          kind: "multi",
          options: businessItems,
          label: t("營業項目（可複選）", "Business items (tick all that apply)"),
          hint: t("資訊服務廠商須登記其中至少一項。", "An IT service vendor is registered for at least one of these."),
          cite: P.businessItems.cite,
        },
        { key: "registeredOn", kind: "date", label: t("設立登記日期", "Date of incorporation"), cite: fields },
        {
          key: "age",
          kind: "choice",
          options: [
            { value: "3+", label: t("設立三年以上", "Three years or more") },
            { value: "under-3", label: t("未滿三年", "Under three years") },
          ],
          label: t("設立年數", "Years since incorporation"),
          cite: fields,
        },
        { key: "paidInCapital", kind: "amount", min: P.minPaidInCapital, label: t("實收資本額", "Paid-in capital"), cite: fields },
        { key: "website", kind: "text", check: "url", label: t("公司官網", "Company website"), cite: fields },
        {
          key: "profile",
          kind: "textarea",
          max: P.profileMaxChars,
          label: t("公司簡介", "Company profile"),
          hint: t("300字以內。", "At most 300 characters."),
          cite: fields,
        },
        {
          key: "profileProof",
          kind: "confirm",
          upload: true,
          optional: true,
          statement: t("證明營運實力或品質之文件（獲獎紀錄、專業認證、技服機構能量登錄等），檔名標註文件及公司名稱", "Proof of track record or quality (awards, certifications, technical service provider registration), its file name giving the document and the company"),
          label: t("公司簡介佐證上傳（可上傳）", "Supporting file for the profile (optional)"),
          cite: fields,
        },
        {
          key: "capacity",
          kind: "choice",
          options: capacity,
          label: t("公司所有雲端解決方案可服務總能量上限（每年）", "Companies all your cloud solutions can serve per year, at most"),
          cite: fields,
        },
      ],
    },
    {
      id: "people",
      title: t("代表人與聯絡人", "Representative and contact"),
      fields: [
        { key: "repName", kind: "text", label: t("代表人姓名", "Representative: name"), cite: fields },
        { key: "repTitle", kind: "text", label: t("代表人職稱", "Representative: title"), cite: fields },
        { key: "contactName", kind: "text", label: t("聯絡人姓名", "Contact: name"), cite: fields },
        { key: "contactTitle", kind: "text", label: t("聯絡人職稱", "Contact: title"), cite: fields },
        { key: "contactPhone", kind: "text", check: "phone", label: t("聯絡電話", "Contact: phone"), cite: fields },
        { key: "contactExtension", kind: "text", optional: true, label: t("分機", "Extension"), cite: fields },
        { key: "contactMobile", kind: "text", check: "phone", label: t("手機", "Mobile"), cite: fields },
        { key: "contactEmail", kind: "text", check: "email", label: t("E-mail", "E-mail"), cite: fields },
        { key: "address", kind: "text", label: t("公司地址", "Company address"), cite: fields },
      ],
    },
    {
      id: "consents",
      title: t("同意書、切結書與聲明", "Consents, undertaking and declarations"),
      intro: t("三項均須在平台上勾選；請先讀過手冊所摘錄的全文。", "All three are ticked on the platform; read their text, quoted in the handbook, first."),
      fields: [
        {
          key: "privacyConsent",
          kind: "confirm",
          statement: t("本人已充分知悉貴署上述告知事項，並同意貴署蒐集、處理、利用本人之個人資料", "I have read the notice and agree to the collection, processing and use of my personal data"),
          label: t("個人資料提供同意書", "Personal data consent"),
          cite: attachments,
        },
        {
          key: "dataUndertaking",
          kind: "confirm",
          statement: t("本公司明確瞭解上述說明內容，並且同意遵守本切結書之所有規定", "The company understands and will comply with the undertaking on SME customers' data"),
          label: t("雲端解決方案中小企業客戶資料取用與提供切結書", "Undertaking on SME customers' data access and download"),
          cite: attachments,
        },
        {
          key: "declarations",
          kind: "confirm",
          statement: t("本公司已明確了解上述所有聲明與授權內容，並且同意遵守所有規定", "The company understands all the declarations and licences and will comply with them"),
          label: t("聲明與授權事項", "Declarations and licences"),
          cite: attachments,
        },
      ],
    },
  ],
};
