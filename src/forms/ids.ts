/**
 * The form generators' ids and what a draft is, with no imports: the profile and the storage
 * read these, and the form definitions (types.ts) read the profile's keys, so keeping them here
 * leaves src/forms without an import cycle.
 */
export const formIds = [
  "tops-supplier-authorization",
  "tcloud-enterprise-authorization",
  "spp-mature-proposal",
  "spp-rd-proposal",
  "spp-expense-statement",
  "spp-settlement-certificate",
  "spp-budget-certificate",
  "spp-initial-inspection",
  "spp-change-application",
  "spp-termination-application",
] as const;

export type FormId = (typeof formIds)[number];

/** Control name → typed text: a form's draft, as saved in the browser. */
export type Answers = Readonly<Record<string, string>>;
