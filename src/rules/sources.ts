/**
 * The programs and the source documents, declared once: the rules' types, the content schema,
 * the pages that list programs and the citation tests all read these lists.
 */
export const programs = ["tops", "spp", "tcloud"] as const;

/** Source files of `shared/seeds/` (without `.txt`), plus the outside facts file. */
export const docIds = [
  "tops-registration-rules",
  "tops-awards-letter",
  "spp-subsidy-manual-2019",
  "spp-policy-article",
  "tcloud-vendor-guidelines",
  "domain-facts",
] as const;
