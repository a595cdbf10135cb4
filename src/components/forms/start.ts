/**
 * Starts one form page: loads that form's definition only (each is its own chunk)
 * and builds the page inside `root`. Imported by entry.ts after the first paint.
 */
// First, before any schema runs: zod must not probe for eval under the site's CSP.
import "../../rules/core/zod-config.js";
import type { Lang } from "../../rules/core/types.js";
import type { FormDefinition, FormId } from "../../forms/types.js";
import { FormPage } from "./app.js";

type Loaded = { def: FormDefinition<unknown>; addendumNote?: { "zh-TW": string; en: string } };

const loaders: Record<FormId, () => Promise<Loaded>> = {
  "tops-supplier-authorization": () => import("../../forms/tops-supplier-authorization.js").then((m) => ({ def: m.topsSupplierAuthorization as FormDefinition<unknown> })),
  "tcloud-enterprise-authorization": () =>
    import("../../forms/tcloud-enterprise-authorization.js").then((m) => ({ def: m.tcloudEnterpriseAuthorization as FormDefinition<unknown> })),
  "spp-mature-proposal": () => import("../../forms/spp-mature-proposal.js").then((m) => ({ def: m.sppMatureProposal as FormDefinition<unknown> })),
  "spp-rd-proposal": () => import("../../forms/spp-rd-proposal.js").then((m) => ({ def: m.sppRdProposal as FormDefinition<unknown>, addendumNote: m.RD_PAGE_LIMIT })),
  "spp-expense-statement": () => import("../../forms/spp-expense-statement.js").then((m) => ({ def: m.sppExpenseStatement as FormDefinition<unknown> })),
  "spp-settlement-certificate": () =>
    import("../../forms/spp-settlement-certificate.js").then((m) => ({ def: m.sppSettlementCertificate as FormDefinition<unknown> })),
  "spp-budget-certificate": () => import("../../forms/spp-budget-certificate.js").then((m) => ({ def: m.sppBudgetCertificate as FormDefinition<unknown> })),
  "spp-initial-inspection": () => import("../../forms/spp-initial-inspection.js").then((m) => ({ def: m.sppInitialInspection as FormDefinition<unknown> })),
  "spp-change-application": () => import("../../forms/spp-change-application.js").then((m) => ({ def: m.sppChangeApplication as FormDefinition<unknown> })),
  "spp-termination-application": () =>
    import("../../forms/spp-termination-application.js").then((m) => ({ def: m.sppTerminationApplication as FormDefinition<unknown> })),
};

export async function start(root: HTMLElement): Promise<void> {
  const id = root.dataset["form"] as FormId;
  const lang: Lang = root.dataset["lang"] === "en" ? "en" : "zh-TW";
  const { def, addendumNote } = await loaders[id]();
  const { filledFrom: from, filledKeys, filledChoices, filledLists, filledTitle } = root.dataset;
  const prefill =
    from && filledKeys && filledTitle
      ? { from, keys: filledKeys.split(" "), title: filledTitle, ...(filledChoices ? { choices: JSON.parse(filledChoices) } : {}), ...(filledLists ? { lists: JSON.parse(filledLists) } : {}) }
      : null;
  new FormPage(root, { def, lang, ...(addendumNote ? { addendumNote } : {}), ...(prefill ? { prefill } : {}) }).start();
}
