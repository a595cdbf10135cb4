/**
 * Who a tool is for, in the program finder's terms: each finder verdict names one of these,
 * and each calculator spec, form and checklist says which it serves, so a finder outcome
 * lists the tools that fit the answers without keeping its own list of ids. Navigation, not a
 * rule: who may apply is decided by each program's calculators in src/rules, with their clauses.
 */
export const audiences = ["tops-supplier", "tops-buyer", "spp-supplier", "spp-mature", "spp-rd", "tcloud-vendor", "tcloud-sme"] as const;

export type Audience = (typeof audiences)[number];
