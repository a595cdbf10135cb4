/**
 * Browser fuzzing of issue 6: hostile and random text in every field of every calculator and
 * form, then submit. The page must answer with a result, its review step or an error summary;
 * never an exception, a console error, or NaN/undefined/Infinity shown to the reader.
 * The random part is seeded (FUZZ_SEED to replay a failure), so a run can be repeated. Each
 * page is fuzzed in one of its two languages, alternating (same fields and code in both).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addListRows, inputPages, onePerLanguage, OUTCOME, ready, setTextFields, settle, submit, useSite, waitForOutcome, watch } from "../support/crawl";

const site = useSite();
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const ROUNDS = 4;

/** The strings issue 6 names, and their relatives: each one has broken a number parser somewhere. */
const hostile = [
  "",
  " ",
  "x".repeat(10_000),
  "9".repeat(10_000),
  "１２３４５６７８９０",
  "１２０萬",
  "－５０００",
  "😀",
  "👩‍👩‍👧‍👦🇹🇼",
  "-1",
  "-1000000",
  "-0",
  "1e309",
  "-1e309",
  "1e-400",
  "NaN",
  "Infinity",
  "0x1F",
  "1,2,3",
  "1.2.3",
  "--5",
  "9007199254740993",
  "\u0000",
  "\u202e12",
  "2019-02-30",
  "13/13/2019",
  "null",
  "undefined",
  "{}",
];

/** Random text: any code points, numbers as text, and digits mixed with CJK units. */
const randomText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.double().map(String),
  fc.bigInt().map(String),
  fc.tuple(fc.nat(), fc.constantFrom("萬", "億", "千", "元", "%", "", "NT$")).map(([n, u]) => `${n}${u}`),
);

/** Shown text that means a number went wrong somewhere between the input and the page. */
const BROKEN = /\bNaN\b|\bundefined\b|\bInfinity\b|\[object Object\]/;

describe("fuzzing every calculator and form in the browser", () => {
  it.each(onePerLanguage(inputPages()))("%s: answers hostile and random text with a result or an error summary", async (path) => {
    const pick = fc.sample(fc.nat(), { seed: SEED + path.length, numRuns: 200 });
    const random = fc.sample(randomText, { seed: SEED, numRuns: 40 });
    const w = watch(site.tab, site.url);
    const shown: string[] = [];
    let answered = 0;
    await site.tab.goto(site.url + path);
    await site.tab.evaluate(() => localStorage.clear());
    for (let round = 0; round < ROUNDS; round += 1) {
      await site.tab.goto(site.url + path);
      await ready(site.tab, path);
      // Each field gets a different string each round; the first two rounds use the named ones.
      const pool = round < 2 ? hostile.slice(round) : random.slice((round - 2) * 20);
      const choices = pick.slice(round * 20);
      // Options first, since some questions appear only once another is answered; then again for those.
      for (let pass = 0; pass < 2; pass += 1) {
        await addListRows(site.tab);
        await site.tab.evaluate((choices) => {
          const groups = [...new Set([...document.querySelectorAll<HTMLInputElement>("main input[type=radio]")].map((r) => r.name))];
          groups.forEach((name, i) => {
            const radios = document.querySelectorAll<HTMLInputElement>(`main input[type=radio][name="${CSS.escape(name)}"]`);
            if (![...radios].some((r) => r.checked)) radios[choices[i % choices.length]! % radios.length]?.click();
          });
          document.querySelectorAll<HTMLSelectElement>("main select").forEach((select, i) => {
            select.selectedIndex = choices[(i + 7) % choices.length]! % select.options.length;
            select.dispatchEvent(new Event("change", { bubbles: true }));
          });
        }, choices);
        await settle(site.tab);
        answered += await setTextFields(site.tab, pool);
        answered += await site.tab.locator("main input[type=radio]:checked, main select").count();
      }
      await submit(site.tab);
      const outcome = await waitForOutcome(site.tab).catch(() => "none");
      expect(outcome, `${path} round ${round}: no result, review or error summary`).not.toBe("none");
      // A calculator's result is computed, so these words there are a bug; a form's review echoes what was typed.
      const text = outcome.includes("calc-result") ? await site.tab.locator(OUTCOME).first().innerText() : "";
      if (BROKEN.test(text)) shown.push(`round ${round}: ${BROKEN.exec(text)![0]} in "${text.slice(0, 200)}"`);
    }
    await w.stop();
    await site.tab.evaluate(() => localStorage.clear());
    expect(answered, "controls answered").toBeGreaterThan(0);
    expect(w.problems).toEqual([]);
    expect(shown).toEqual([]);
    // The slowest page is the SPP termination form: its ~60 text fields focused, filled and blurred
    // eight times over, the first four with strings of 10,000 characters among others. 42 to 74 s on 2 cores at load averages of
    // 12 to 19 (2026-12-06), the same before and after its A4 preview stopped being drawn whole on
    // every input: most of it is the browser's own focus and blur of those long values. 180 s leaves
    // more than twice the slowest run.
  }, 180_000);
});
