import { programs } from "../../rules/sources";
import type { Locale } from "../../i18n/locales";
import { t } from "../../i18n/ui";
import { kinds } from "../../search/index-format";

/** The words for each result's kind and program, as data attributes the search scripts read (search-client.ts kindLine). */
export function resultLabels(locale: Locale): Record<string, string> {
  return Object.fromEntries([
    ...kinds.map((k) => [`data-kind-${k}`, t(locale, `search.kind.${k}`)]),
    ...programs.map((p) => [`data-program-${p}`, t(locale, `program.${p}`)]),
  ]);
}
