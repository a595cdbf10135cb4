/**
 * The tools a finder verdict links, gathered from each tool's own manifest (calculator
 * spec, form registry entry, drafter, checklist) by the audience it declares; read at build time.
 */
import { catalog } from "../../calculators/catalog.js";
import { drafters } from "../../drafts/registry.js";
import { forms } from "../../forms/registry.js";
import type { Audience } from "../../lib/audiences.js";
import { checklists } from "../../rules/checklists/index.js";

export function toolsFor(audience: Audience) {
  return {
    calculators: catalog.filter((e) => e.for.includes(audience)),
    forms: forms.filter((f) => f.for.includes(audience)),
    drafters: drafters.filter((d) => d.for.includes(audience)),
    checklists: checklists.filter((c) => c.for.includes(audience)),
  };
}
