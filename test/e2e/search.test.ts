import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { variants } from "../../src/scripts/search-core";
import { normalize } from "../../src/search/tokens";
import { launchChromium } from "../support/browser";
import { builtHtml, indexedText } from "../support/html";
import { builtPages, DIST } from "../support/site";
import { serveDir } from "../support/static-server";

/** Terms taken from the handbook text: program names, thresholds, procedures, forms. */
const zhTerms = [
  "財力分級", "點數核銷", "統一編號", "共同供應契約", "新創事業組", "中小企業組", "採購貢獻獎", "永續共榮獎",
  "主題館", "預算保留", "不可抗力", "計畫變更", "計畫終止", "綜合資料表", "資本門", "經常門", "配合款",
  "雲端解決方案", "服務水準協議", "工商憑證", "陸資企業", "數位點數", "實收資本額", "授權書", "驗收",
  "政府出題", "審查", "方案", "供應方", "補助", "新創採購", "台北好購", "研發型", "成熟型", "教育訓練",
];
const enTerms = [
  "financial tier", "subsidy", "startup", "authorization letter", "joint supply contract", "point redemption",
  "force majeure", "pavilion", "availability", "Unified Business Number", "budget retention", "gold",
  "sustainability", "review criteria", "digital points", "cloud solution", "acceptance",
];

interface Score {
  term: string;
  expected: string[];
  returned: string[];
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pages of one language whose indexed text contains the term or a synonym of it (src/search/synonyms.json): the right answer. */
function expectedPages(prefix: string, term: string): string[] {
  const needles = variants(term);
  return builtPages().filter((path) => {
    if (!path.startsWith(prefix)) return false;
    const text = indexedText(builtHtml(path));
    return text !== null && needles.some((n) => normalize(text).includes(n));
  });
}

async function searchThroughPage(page: Page, lang: string, term: string): Promise<string[]> {
  await page.goto(`${server.url}/${lang}/search/?q=${encodeURIComponent(term)}`);
  await page.waitForSelector("[data-search-results][data-state]");
  expect(await page.getAttribute("[data-search-results]", "data-state")).toBe("done");
  return page.$$eval(".search-results li h2 a", (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Pagefind alone, without the site's own index, for the figures in README. */
async function searchRawPagefind(page: Page, term: string): Promise<string[]> {
  // A string, so vitest's transform does not rewrite the browser-side import().
  return page.evaluate(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    const res = await pagefind.search(${JSON.stringify(term)});
    const data = await Promise.all(res.results.map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname);
  })()`) as Promise<string[]>;
}

function measure(scores: Score[]) {
  let expected = 0;
  let returned = 0;
  let correct = 0;
  for (const s of scores) {
    const want = new Set(s.expected);
    expected += want.size;
    returned += s.returned.length;
    correct += s.returned.filter((r) => want.has(r)).length;
  }
  return { recall: expected ? correct / expected : 1, precision: returned ? correct / returned : 1 };
}

describe.each([
  ["zh-tw", zhTerms, 30],
  ["en", enTerms, 15],
] as const)("search quality in %s", (lang, terms, minimum) => {
  it(`uses at least ${minimum} terms that occur in the content`, () => {
    expect(terms.length).toBeGreaterThanOrEqual(minimum);
    const absent = terms.filter((t) => expectedPages(`/${lang}/`, t).length === 0);
    expect(absent).toEqual([]);
  });

  it("returns every page containing the term and almost nothing else (recall 100%, precision ≥ 98%)", async () => {
    const page = await browser.newPage();
    const ours: Score[] = [];
    const raw: Score[] = [];
    for (const term of terms) {
      const expected = expectedPages(`/${lang}/`, term);
      ours.push({ term, expected, returned: await searchThroughPage(page, lang, term) });
      raw.push({ term, expected, returned: await searchRawPagefind(page, term) });
    }
    await page.close();
    const o = measure(ours);
    const r = measure(raw);
    console.log(
      `search ${lang}: ${terms.length} terms; with the site index recall ${(o.recall * 100).toFixed(1)}% precision ${(o.precision * 100).toFixed(1)}%; Pagefind alone recall ${(r.recall * 100).toFixed(1)}% precision ${(r.precision * 100).toFixed(1)}%`,
    );
    const misses = ours.filter((s) => s.expected.some((e) => !s.returned.includes(e)) || s.returned.some((x) => !s.expected.includes(x)));
    expect
      .soft(misses.map((m) => `${m.term}: missed [${m.expected.filter((e) => !m.returned.includes(e))}] extra [${m.returned.filter((x) => !m.expected.includes(x))}]`))
      .toEqual([]);
    expect(o.recall).toBe(1);
    expect(o.precision).toBeGreaterThanOrEqual(0.98);
  });

  it("only returns pages of the current language", async () => {
    const page = await browser.newPage();
    const returned = await searchThroughPage(page, lang, terms[0]!);
    await page.close();
    expect(returned.length).toBeGreaterThan(0);
    expect(returned.every((p) => p.startsWith(`/${lang}/`))).toBe(true);
  });
});
