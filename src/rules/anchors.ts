/**
 * The handbook anchors that rules cite, in one list, so that the handbook can
 * be tested against it: every `page` below is a page under `content/{lang}/`
 * and every id is an element id on that page, in both languages.
 * Rules build their `cite.href` with `href(page, id)`, which the type checker
 * holds to this list.
 */
export const handbookAnchors = {
  // TOPS: tops-registration-rules.txt and tops-awards-letter.txt
  "tops": ["purpose", "goals", "buyer-benefits", "supplier-benefits", "schedule"],
  "tops/buyer-registration": ["buyer-eligibility", "buyer-rights", "buyer-exposure", "buyer-fees", "buyer-steps", "buyer-fields"],
  "tops/supplier-eligibility": [
    "conditions", "four-conditions-quirk", "taipei-registration", "sme-standard", "startup-group",
    "registration-documents", "invoice-or-receipt", "violations",
    "violation-major-conviction", "violation-government-contract-breach", "violation-tax-arrears",
    "violation-environmental", "violation-labour", "violation-food-safety", "violation-disability-rights",
    "delisting", "case-by-case",
  ],
  "tops/supplier-pavilions": ["groups", "pavilions", "listing-limits", "one-pavilion-per-item"],
  "tops/supplier-application": ["rights-duties", "fees", "steps", "documents", "review"],
  "tops/awards": [
    "basis", "counting-period", "registered-suppliers", "purchase-contribution", "tiers", "top-3-buyback",
    "startup-contribution", "startup-pioneer", "sustainability", "sustainability-themes", "council-approval",
  ],
  "tops/contacts": ["contacts", "reservations"],
  "tops/annex-1-authorization": ["authorization-letter", "fields"],

  // Startup procurement: spp-subsidy-manual-2019.txt and spp-policy-article.txt
  "spp": ["basis", "startup-procurement-definition", "framework"],
  "spp/mature-subsidy": ["applicants", "scope", "items", "rates", "financial-tiers", "cap", "local-share"],
  "spp/mature-timeline": [
    "timeline", "rounds-2019", "procurement-deadline", "payment-deadline", "cross-year",
    "late-procurement", "extension", "process",
  ],
  "spp/mature-proposal": ["required-documents", "cover", "summary-sheet", "contents", "format", "page-rules"],
  "spp/mature-review": ["review-process", "criteria", "revision"],
  "spp/mature-execution": ["earmarked", "local-budget", "disbursement", "installments", "budget-retention"],
  "spp/mature-change-termination": [
    "change", "change-cost-increase", "change-cost-decrease", "termination", "termination-force-majeure",
    "termination-other", "termination-interest-quirk", "cancellation", "monitoring",
  ],
  "spp/mature-tables": ["table-5-1", "table-5-2", "table-5-3", "table-5-4", "table-5-5", "table-5-6"],
  "spp/rd-track": ["rd-applicants", "rd-timeline", "rd-process", "rd-subsidy", "rd-cap"],
  "spp/rd-proposal": ["rd-documents", "rd-cover", "rd-summary-sheet", "rd-contents", "rd-format", "rd-review", "rd-criteria", "rd-revision", "rd-proposal-form"],
  "spp/rd-execution": [
    "rd-execution", "rd-change", "rd-change-cost-increase", "rd-change-cost-decrease", "rd-termination",
    "rd-termination-force-majeure", "rd-termination-not-attributable", "rd-termination-startup-fault", "rd-acceptance",
  ],
  "spp/guidelines": [
    "point-1", "point-2", "point-3", "point-4", "point-4-1", "point-4-2", "point-4-3", "point-4-4",
    "point-5", "point-6", "point-7", "point-8", "point-9", "point-10", "point-10-1", "point-10-2",
    "point-11", "point-12", "point-13",
  ],
  "spp/policy-article": ["why", "joint-supply-contracts", "two-types", "results", "six-domains", "case-studies"],

  // Taiwan Cloud Marketplace: tcloud-vendor-guidelines.txt
  "tcloud": ["basis", "digital-points", "co-pay", "installments-overview", "adjustments"],
  "tcloud/schedule-definitions": [
    "selection-schedule", "deadlines", "definitions", "def-vendor", "def-sme", "def-solution",
    "def-china-capital", "def-foreign", "def-original-vendor", "def-usage-record",
  ],
  "tcloud/vendor-eligibility": [
    "vendor-eligibility", "business-items", "paid-in-capital", "sales-record", "major-breach",
    "suspension", "tax-arrears", "serious-violations", "excluded-entities",
  ],
  "tcloud/solution-rules": ["solution-definition", "original-vendor", "subscription-period", "categories", "solutions-per-batch"],
  "tcloud/application": ["application-method", "documents", "online-fields", "corrections"],
  "tcloud/vendor-duties": [
    "program-period", "platform-operation", "contract", "sla", "quality", "redemption",
    "redemption-first", "redemption-second", "redemption-cap", "cooperation", "penalties",
  ],
  "tcloud/review": [
    "review-process", "qualification-review", "technical-review", "plan-review", "consensus", "contracting",
    "review-criteria", "technical-characteristics", "technical-uploads", "sla-criteria", "sla-availability",
    "sla-incident-response", "sla-rpo",
  ],
  "tcloud/forms": [
    "form-1", "form-1-fields", "form-1-attachments", "form-2", "form-3", "form-3-architecture", "form-3-characteristics",
    "form-3-sla", "form-4", "form-4-reseller", "form-4-profile", "form-4-features", "form-4-pricing", "form-4-market-record",
    "form-4-promotion", "form-4-payment", "form-4-service", "form-4-usage-sample", "form-4-portability", "form-4-video",
  ],
  "tcloud/privacy-and-portability": ["privacy-notice", "data-portability"],

  // Across programs
  "compare": ["who-for", "startup-definitions"],
  "editions": ["tops-2024", "spp-2019", "tcloud-2023"],
  "glossary": ["terms"],
  "about": ["sources", "domain-facts", "fact-civil-code-periods"],
} as const;

export type HandbookPage = keyof typeof handbookAnchors;
export type AnchorId<P extends HandbookPage> = (typeof handbookAnchors)[P][number];

/** Language-neutral handbook link; the site prefixes "/zh-tw" or "/en". */
export function href<P extends HandbookPage>(page: P, id: AnchorId<P>): string {
  return `/${page}/#${id}`;
}

/**
 * Every anchor as a language-neutral href, for link tests. A function, not a constant computed
 * on import: then a browser bundle that only calls `href` leaves the list out (1.5 KB gzip).
 */
export function allAnchorHrefs(): string[] {
  return Object.entries(handbookAnchors).flatMap(([page, ids]) => (ids as readonly string[]).map((id) => `/${page}/#${id}`));
}
