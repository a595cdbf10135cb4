import type { CalculatorId } from "../../src/rules/index";

/**
 * One realistic, valid input per calculator (the worked examples of rules-api.md
 * where it gives one), shared by the citation check and the benchmark.
 */
export const examples: Record<CalculatorId, unknown> = {
  "tops-supplier-eligibility": {
    registeredInTaipei: true,
    foreignBranch: false,
    paidInCapital: 5_000_000,
    employees: 12,
    establishedOn: "2020-03-01",
    asOf: "2024-10-01",
    canIssueInvoiceOrReceipt: true,
    violations: [],
  },
  "tops-listing-limits": { items: [{ pavilion: "living" }, { pavilion: "living" }, { pavilion: "service-tech" }], asOf: "2024-10-01" },
  "tops-award": {
    purchases: [
      { date: "2024-09-15", amount: 300_000, supplierRegistered: true, supplierIsStartup: true },
      { date: "2025-01-10", amount: 800_000, supplierRegistered: true, supplierIsStartup: false },
      { date: "2025-03-01", amount: 100_000, supplierRegistered: true, supplierIsStartup: false },
    ],
    asOf: "2025-02-28",
  },
  "spp-startup-definition": {
    establishedOn: "2016-05-01",
    asOf: "2019-06-01",
    certifiedByAuthority: true,
    listedOnJointSupplyContract: true,
  },
  "spp-mature-subsidy": { financialTier: 1, purchaseKind: "one-off", contractAmount: 4_000_000, asOf: "2019-06-01" },
  "spp-rd-subsidy": { totalBudget: 2_400_000, asOf: "2019-06-01" },
  "spp-installments": { purchaseKind: "continuous", contractMonths: 12, subsidy: 900_000, asOf: "2019-06-01" },
  "spp-change-refund": {
    approvedSubsidy: 3_000_000,
    approvedLocalShare: 1_000_000,
    revisedTotal: 3_200_000,
    subsidyReceived: 3_000_000,
    asOf: "2019-06-01",
  },
  "spp-termination-refund": { reason: "other", subsidyReceived: 1_500_000, unexecutedSubsidy: 500_000, interest: 1_200, asOf: "2019-06-01" },
  "spp-deadlines": { track: "mature", approvedOn: "2019-05-10", acceptedOn: "2019-10-31", asOf: "2019-06-01" },
  "spp-settlement-total": { contractAmount: 5_000_000, increases: [200_000], decreases: [50_000], inspectionDeductions: 50_000, asOf: "2019-06-01" },
  "spp-review-score": {
    track: "mature",
    scores: { relevance: 80, completeness: 75, budget: 70, benefits: 85, sustainability: 60 },
    asOf: "2019-06-01",
  },
  "tcloud-vendor-eligibility": {
    businessItems: ["I301010"],
    paidInCapital: 5_000_000,
    hasCloudSalesRecord: true,
    majorBreachWithin5y: false,
    suspended: false,
    taxArrearsWithin3y: false,
    seriousViolationWithin3y: false,
    chinaCapital: false,
    foreignBranch: false,
    domesticBranch: false,
    asOf: "2024-06-01",
  },
  "tcloud-solution-check": {
    subscriptionMonths: 12,
    categories: ["erp"],
    includesHardware: false,
    cloud: "public",
    coreOnPublicCloud: true,
    singleFunction: false,
    originalVendorChinaCapital: false,
    onboardingDays: 14,
    freeDataExport: true,
    solutionsThisBatch: 3,
    asOf: "2024-06-01",
  },
  "tcloud-points": { prices: [24_000, 40_000], pointsAvailable: 30_000, asOf: "2024-06-01" },
  "tcloud-redemption": { contractPoints: 30_000, contractMonths: 12, usageRecordMonths: 12, claimedThisYear: 0, asOf: "2024-06-01" },
  "tcloud-redemption-timeline": { contractStart: "2024-01-15", contractMonths: 6, asOf: "2024-06-01" },
  "tcloud-sla-availability": { year: 2024, month: 2, downtimeMinutes: 600, asOf: "2024-06-01" },
};
