import { getCollection, type CollectionEntry } from "astro:content";
import { isLocale, localePath, type Locale } from "../i18n/locales";

type HandbookEntry = CollectionEntry<"handbook">;
export type ProgramKey = HandbookEntry["data"]["program"];

export interface HandbookPage {
  entry: HandbookEntry;
  locale: Locale;
  /** Path below the locale, "" for a language home, "tops/awards" for a page. */
  slug: string;
  url: string;
}

/** content/<locale>/<path>.md → { locale, slug }; index files map to their folder. */
function locate(entry: HandbookEntry): { locale: Locale; slug: string } {
  const parts = entry.id.split("/");
  const locale = parts.shift();
  if (!isLocale(locale)) throw new Error(`handbook entry outside a locale folder: ${entry.id}`);
  const slug = parts.filter((p) => p !== "index").join("/");
  return { locale, slug };
}

let cache: HandbookPage[] | undefined;

export async function handbookPages(): Promise<HandbookPage[]> {
  if (cache) return cache;
  const entries = await getCollection("handbook");
  cache = entries.map((entry) => {
    const { locale, slug } = locate(entry);
    if (slug !== entry.data.translationKey) {
      throw new Error(`${entry.id}: translationKey "${entry.data.translationKey}" must equal its path "${slug}"`);
    }
    return { entry, locale, slug, url: localePath(locale, `/${slug ? `${slug}/` : ""}`) };
  });
  return cache;
}

/** The pages of one program in one language, in sidebar order. */
export async function programPages(locale: Locale, program: ProgramKey): Promise<HandbookPage[]> {
  return (await handbookPages())
    .filter((p) => p.locale === locale && p.entry.data.program === program)
    .sort((a, b) => a.entry.data.order - b.entry.data.order || a.slug.localeCompare(b.slug));
}
