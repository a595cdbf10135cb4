import { withBase } from "../lib/url";

/** URL segment of each site language and the BCP 47 tag of its content. */
export const locales = ["zh-tw", "en"] as const;
export type Locale = (typeof locales)[number];

export const htmlLang: Record<Locale, "zh-TW" | "en"> = { "zh-tw": "zh-TW", en: "en" };

export function isLocale(value: string | undefined): value is Locale {
  return value === "zh-tw" || value === "en";
}

export function otherLocale(locale: Locale): Locale {
  return locale === "zh-tw" ? "en" : "zh-tw";
}

/** Prefixes a language-neutral path ("/tops/awards/#tiers") with the base path and the locale. */
export function localePath(locale: Locale, path: string): string {
  return withBase(`/${locale}${path.startsWith("/") ? path : `/${path}`}`);
}
