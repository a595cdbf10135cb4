/** 附表4 雲端解決方案推廣計畫: one per solution, filled in online (七(三)4, 七(三)5), reviewed under 九(二)3. */
import { href } from "../rules/anchors.js";
import { promotionFormParams2023 as P } from "../rules/tcloud/form-params-2023.js";
import { cite } from "../rules/tcloud/params-2023.js";
import { solutionParams2023 } from "../rules/tcloud/solution-params-2023.js";
import { textOf } from "./check.js";
import type { Draft, DrafterDefinition, FieldSpec, Option } from "./types.js";

const t = (zh: string, en: string) => ({ "zh-TW": zh, en });
const at = (anchor: Parameters<typeof href<"tcloud/forms">>[1], clause: string) => cite(clause ? `附表4 ${clause}` : "附表4", href("tcloud/forms", anchor));
const options = (rows: readonly (readonly [string, string, string])[]): Option[] => rows.map(([value, zh, en]) => ({ value, label: t(zh, en) }));
const upload = (key: string, zh: string, en: string, c: FieldSpec["cite"], showIf?: (d: Draft) => boolean): FieldSpec => ({
  key,
  kind: "confirm",
  upload: true,
  statement: t("檔案已備妥", "File ready"),
  label: t(zh, en),
  cite: c,
  ...(showIf ? { showIf } : {}),
});

const reseller = (d: Draft) => d["origin"] === "reseller";
const pricing = at("form-4-pricing", "五、1");

export const tcloudPromotion: DrafterDefinition = {
  sections: [
    {
      id: "origin",
      title: t("方案與原廠", "Solution and original vendor"),
      intro: t("方案如為供應商代為操作、無法由中小企業客戶自行操作產生 system log，請勿申請；原廠如為陸資請勿申請。", "A solution the vendor operates for its customers, so that SMEs cannot produce their own system log, may not apply; nor may one whose original vendor is Chinese-funded."),
      fields: [
        { key: "solutionName", kind: "text", label: t("方案名稱", "Solution name"), cite: at("form-4", "") },
        {
          key: "origin",
          kind: "choice",
          options: options([
            ["original", "本公司為本方案之原廠", "We are the solution's original vendor"],
            ["reseller", "本公司為本方案之代理經銷商", "We are a reseller of the solution"],
          ]),
          label: t("是否代理經銷", "Original vendor or reseller"),
          cite: solutionParams2023.originalVendor,
        },
        { key: "originalName", kind: "text", label: t("原廠公司全名", "Original vendor's full name"), cite: at("form-4-reseller", ""), showIf: reseller },
        { key: "originalUbn", kind: "text", check: "ubn", optional: true, label: t("原廠統編（非必填）", "Original vendor's UBN (optional)"), cite: at("form-4-reseller", ""), showIf: reseller },
        { key: "originalCountry", kind: "text", label: t("原廠國別", "Original vendor's country"), cite: at("form-4-reseller", ""), showIf: reseller },
        upload("fileResellerLicence", "原廠授權證明（1個檔案）", "The original vendor's authorisation (one file)", at("form-4-reseller", ""), reseller),
      ],
    },
    {
      id: "profile",
      title: t("一至三、方案類別、行業別與企業規模", "1–3. Category, industries and company sizes"),
      fields: [
        {
          key: "categories",
          kind: "multi",
          options: P.categories.ids.map((id) => ({ value: id, label: P.categories.labels[id] })),
          min: P.minCategories,
          max: P.maxCategories,
          label: t("一、方案類別（複選至多3項）", "1. Solution category (up to three)"),
          cite: P.categories.cite,
        },
        {
          key: "industries",
          kind: "multi",
          options: [
            ...options([
              ["any", "不限產業", "Any industry"],
              ["manufacturing", "製造業", "Manufacturing"],
              ["retail", "批發零售業", "Wholesale and retail"],
              ["hospitality", "住宿及餐飲業", "Accommodation and food"],
              ["logistics", "運輸及倉儲物流", "Transport, storage and logistics"],
              ["media-ict", "出版、影音、傳播及資通訊服務", "Publishing, media and ICT services"],
              ["education", "教育業", "Education"],
              ["arts", "藝術娛樂休閒", "Arts, entertainment and recreation"],
              ["finance", "金融保險", "Finance and insurance"],
              ["health", "醫療", "Health care"],
              ["construction", "營建工程", "Construction"],
            ]),
            { value: "other", label: t("其他", "Other"), other: t("行業", "The industry") },
          ],
          label: t("二、方案適用行業別（可複選）", "2. Industries served (tick all)"),
          cite: at("form-4-profile", "二"),
        },
        {
          key: "sizes",
          kind: "multi",
          options: options([
            ["1-9", "9人以下", "9 people or fewer"],
            ["10-20", "10~20人", "10–20 people"],
            ["21-50", "21~50人", "21–50 people"],
            ["51-100", "51~100人", "51–100 people"],
            ["101-200", "101~200人", "101–200 people"],
          ]),
          label: t("三、方案適用企業規模（可複選）", "3. Company sizes served (tick all)"),
          cite: at("form-4-profile", "三"),
        },
      ],
    },
    {
      id: "features",
      title: t("四、方案內容及特色", "4. What the solution does"),
      fields: [
        {
          key: "features",
          kind: "list",
          itemLabel: t("項", "Item"),
          maxItems: P.maxFeatureItems,
          itemMax: P.featureItemMaxChars,
          label: t("四、1. 功能規格、性能", "4.1 Features and performance"),
          hint: t("請具體條列，最多10項，每項15字以內。", "List them: at most 10 items of at most 15 characters each."),
          cite: P.maxFeatureItems.cite,
        },
        {
          key: "strengths",
          kind: "textarea",
          max: P.featuresMaxChars,
          label: t("四、2. 特色", "4.2 Why it suits SMEs"),
          hint: t("請說明為何適用中小微企業，例如哪些特性有對應目標客戶的需求；300字以內。", "Why it suits micro, small and medium businesses, which features meet their needs; at most 300 characters."),
          cite: at("form-4-features", "四、2"),
        },
        {
          key: "successStory",
          kind: "textarea",
          max: P.featuresMaxChars,
          label: t("四、3. 成功應用案例", "4.3 Success story"),
          hint: t("請用客戶案例說明如何提升中小微企業營運效率或增加客戶／營收；300字以內。", "A customer case: how the solution made an SME more efficient or won it customers or revenue; at most 300 characters."),
          cite: at("form-4-features", "四、3"),
        },
      ],
    },
    {
      id: "pricing",
      title: t("五、方案定價及續約優惠", "5. Price and renewal offer"),
      fields: [
        { key: "price", kind: "amount", label: t("五、1. 價格（含稅，新臺幣元）", "5.1 Price including tax (NT$)"), hint: t("不得高於市價，將與實績證明文件之市價比對。", "No higher than the market price; it is compared with the sales records."), cite: pricing },
        {
          key: "months",
          kind: "number",
          whole: true,
          min: P.minSubscriptionMonths,
          max: P.maxSubscriptionMonths,
          unit: t(" 個月", " months"),
          label: t("五、1. 訂閱期程（個月）", "5.1 Subscription (months)"),
          hint: t("只能填數字4~12。", "A whole number from 4 to 12."),
          cite: pricing,
        },
        { key: "seats", kind: "number", whole: true, optional: true, unit: t(" 人", " users"), label: t("五、1. （數字）人版", "5.1 Users included (a number)"), hint: t("人版與其他規格至少填1項。", "Give the users, another specification, or both."), cite: pricing },
        { key: "otherSpec", kind: "text", optional: true, label: t("五、1. 其他規格", "5.1 Other specification"), cite: pricing },
        {
          key: "renewal",
          kind: "choice",
          options: [
            { value: "yes", label: t("有", "Yes"), other: t("優惠內容", "The offer") },
            { value: "no", label: t("無", "No") },
          ],
          label: t("五、2. 中小企業全額自付續約優惠", "5.2 Renewal offer for SMEs paying in full"),
          cite: at("form-4-pricing", "五、2"),
        },
      ],
    },
    {
      id: "market",
      title: t("六、方案市場實績", "6. Market record"),
      fields: [
        {
          key: "customers",
          kind: "choice",
          options: options([
            ["1-100", "1~100家", "1–100"],
            ["101-300", "101~300家", "101–300"],
            ["301-500", "301~500家", "301–500"],
            ["501-700", "501~700家", "501–700"],
            ["701-1000", "701~1000家", "701–1,000"],
            ["1001+", "1001家以上", "1,001 or more"],
          ]),
          label: t("六、1. 仍在訂閱期之付費客戶數", "6.1 Paying customers still subscribed"),
          cite: at("form-4-market-record", "六、1"),
        },
        {
          key: "revenue",
          kind: "choice",
          options: options([
            ["0-3m", "300萬元以下", "NT$3 million or less"],
            ["3m-10m", "301萬元~1000萬元", "NT$3.01–10 million"],
            ["10m-30m", "1001萬元~3000萬元", "NT$10.01–30 million"],
            ["30m-50m", "3001萬元~5000萬元", "NT$30.01–50 million"],
            ["50m+", "5001萬元以上", "Over NT$50 million"],
          ]),
          label: t("六、2. 年均營業額", "6.2 Average yearly revenue"),
          cite: at("form-4-market-record", "六、2"),
        },
        upload("fileSalesRecord", "六、3. 實績證明文件（合約須雙方簽署或發票；含廠商名稱、方案名稱、客戶名稱或統編、金額及訂閱期）", "6.3 Sales record (a contract signed by both sides, or an invoice, naming vendor, solution, customer or UBN, amount and subscription)", at("form-4-market-record", "六、3")),
      ],
    },
    {
      id: "promotion",
      title: t("七、方案推廣計畫", "7. Promotion plan"),
      fields: [
        { key: "plan", kind: "textarea", max: P.promotionPlanMaxChars, label: t("七、1. 雲市集推廣規劃", "7.1 Marketplace promotion plan"), hint: t("300字以內。", "At most 300 characters."), cite: at("form-4-promotion", "七、1") },
        {
          key: "salesTeam",
          kind: "choice",
          options: options([
            ["0-5", "5人以下", "5 or fewer"],
            ["6-10", "6~10人", "6–10"],
            ["11-20", "11~20人", "11–20"],
            ["21+", "21人以上", "21 or more"],
          ]),
          label: t("七、2.(1) 本公司業務團隊自行推廣人數", "7.2(1) Own sales team"),
          cite: at("form-4-promotion", "七、2"),
        },
        {
          key: "resellers",
          kind: "choice",
          options: options([
            ["0-5", "5家以下", "5 or fewer"],
            ["6-10", "6~10家", "6–10"],
            ["11-20", "11~20家", "11–20"],
            ["21+", "21家以上", "21 or more"],
            ["none", "無", "None"],
          ]),
          label: t("七、2.(2) 正式簽約授權之經銷商、代理商家數", "7.2(2) Contracted resellers and agents"),
          cite: at("form-4-promotion", "七、2"),
        },
        {
          key: "unsignedResellers",
          kind: "choice",
          options: options([
            ["yes", "有，如經銷/地推違反本計畫規定，本公司將負全責", "Yes, and we take full responsibility if they break the programme's rules"],
            ["no", "無，本公司禁止未簽約授權之經銷／地推代為推廣", "No, we forbid promotion by unsigned resellers"],
          ]),
          label: t("七、2.(3) 透過未簽約之經銷／地推推廣", "7.2(3) Promotion by unsigned resellers"),
          cite: at("form-4-promotion", "七、2"),
        },
      ],
    },
    {
      id: "payment",
      title: t("八、線上支付方式", "8. Online payment"),
      fields: [
        {
          key: "payments",
          kind: "multi",
          options: [
            { value: "third-party", label: t("第三方支付", "Third-party payment"), other: t("名稱", "Its name") },
            { value: "mobile", label: t("行動支付", "Mobile payment"), other: t("名稱", "Its name") },
            { value: "online-banking", label: t("網路銀行（如網銀 ATM、虛擬繳款帳號）", "Online banking (web ATM, virtual account)") },
            { value: "card", label: t("線上信用卡", "Credit card online") },
            { value: "other", label: t("其他（非線上支付請勿填寫）", "Other (online only)"), other: t("名稱", "Its name") },
          ],
          min: P.minPaymentMethods,
          label: t("八、線上支付方式（至少勾選1種）", "8. Online payment methods (at least one)"),
          cite: P.minPaymentMethods.cite,
        },
      ],
    },
    {
      id: "service",
      title: t("九至十二、服務能量、使用紀錄、資料可攜與演示影片", "9–12. Service, usage records, data export and video"),
      fields: [
        {
          key: "orderProcess",
          kind: "textarea",
          max: P.orderProcessMaxChars,
          label: t("九、1. 訂單管理標準流程明確作法與所需時間", "9.1 Order handling: steps and time"),
          hint: t("依序說明：(1)接單（簽約、付款）；(2)導入（開通、教育訓練）；(3)客服（關懷與諮詢）；(4)解約處理；500字以內。安裝、導入及教育訓練合計最長不得超過1個月。", "In order: (1) taking the order (contract, payment); (2) onboarding (activation, training); (3) support; (4) cancellation; at most 500 characters. Installation, onboarding and training take one month at most."),
          cite: at("form-4-service", "九、1"),
        },
        {
          key: "supportStaff",
          kind: "choice",
          options: options([
            ["none", "無", "None"],
            ["1-5", "1~5人", "1–5"],
            ["6-10", "6~10人", "6–10"],
            ["11-15", "11~15人", "11–15"],
            ["16-20", "16~20人", "16–20"],
            ["21+", "21人以上", "21 or more"],
          ]),
          label: t("九、2. 客服人力配置", "9.2 Support staff"),
          cite: at("form-4-service", "九、2"),
        },
        { key: "supportCapacity", kind: "textarea", max: P.serviceCapacityMaxChars, label: t("九、2. 服務能量說明", "9.2 Support capacity"), hint: t("100字以內。", "At most 100 characters."), cite: at("form-4-service", "九、2") },
        {
          key: "usageLog",
          kind: "confirm",
          statement: t("本方案提供中小企業每月親自操作、使用主要功能，並產生 log data（例如登入次數、工作互動數）之使用紀錄", "SMEs operate the main functions themselves each month, and the solution records it as log data (logins, interactions)"),
          label: t("十、企業使用紀錄", "10. Usage records"),
          cite: at("form-4-usage-sample", "十"),
        },
        upload("fileUsageChart", "十、使用紀錄樣本（log data 折線圖或長條圖；含廠商名稱、方案名稱、企業名稱、每週使用時間 X 軸、使用次數 Y 軸）", "10. Usage chart sample (line or bar chart from log data, with vendor, solution, SME, weeks on X, uses on Y)", at("form-4-usage-sample", "十")),
        {
          key: "portability",
          kind: "confirm",
          statement: t("本方案提供客戶因使用方案產生之紀錄或資料可下載 CSV 或 excel 檔案格式", "Customers can download the records and data the solution holds as CSV or Excel"),
          label: t("十一、客戶資料可攜／移轉", "11. Data portability"),
          cite: solutionParams2023.dataExport,
        },
        upload("filePortability", "十一、操作步驟之系統畫面截圖", "11. Screenshots of the export steps", at("form-4-portability", "十一")),
        { key: "videoUrl", kind: "text", check: "url", label: t("十二、方案操作演示說明影片連結網址", "12. Demonstration video: link"), cite: at("form-4-video", "十二") },
        {
          key: "videoLength",
          kind: "duration",
          min: P.minVideoMinutes,
          max: P.maxVideoMinutes,
          label: t("十二、影片長度（分:秒，供自我檢查）", "12. Video length (m:ss, for your own check)"),
          hint: t("影片長度2~5分鐘；平台只填連結，此欄不必填入平台。", "2 to 5 minutes; the platform asks only for the link."),
          cite: P.minVideoMinutes.cite,
        },
      ],
    },
  ],
  check(draft) {
    // 五、1「以下至少填1項」: the users included, another specification, or both.
    if (textOf(draft, "seats").trim() !== "" || textOf(draft, "otherSpec").trim() !== "") return [];
    return [{ key: "seats", kind: "missing", message: t("「五、1. 人版」或「其他規格」至少填1項", "5.1 Users included or another specification: give at least one"), cite: pricing }];
  },
};
