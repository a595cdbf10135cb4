/**
 * The described editions in words, for the footer and the finder's note: titles, periods and
 * years come from src/rules/editions.ts, only the joining is done here.
 */
import { htmlLang, type Locale } from "../../i18n/locales";
import { aside } from "../../i18n/fill";
import { t } from "../../i18n/ui";
import { describedEditions } from "../../rules/editions";

const entries = Object.entries(describedEditions) as [keyof typeof describedEditions, (typeof describedEditions)[keyof typeof describedEditions]][];
const joiner = (locale: Locale) => (locale === "en" ? "; " : "、");

/** "113年度台北好購…（採購金額計算期間 2024-09-01 至 2025-02-28）、…" */
export function editionSources(locale: Locale): string {
  const lang = htmlLang[locale];
  return entries.map(([, e]) => aside(e.title[lang], e.periodNote[lang], lang)).join(joiner(locale));
}

/** "台北好購 TOPS 2024、新創採購補助 2019、臺灣雲市集 2023" */
export function editionYears(locale: Locale): string {
  return entries.map(([program, e]) => `${t(locale, `program.${program}`)} ${e.id}`).join(locale === "en" ? ", " : "、");
}
