/**
 * Issue 15, "one source per fact": the finder's verdicts, the footer, the forms' edition notes and
 * the site strings read thresholds, amounts, periods and edition years from src/rules. A number
 * retyped in one of these files would go stale when the rules change, so none may appear.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { eligibilityParams2024 } from "../../src/rules/tops/params-2024";
import { startupParams2019 } from "../../src/rules/spp/manual-2019";
import { pointsParams2023 } from "../../src/rules/tcloud/params-2023";
import { vendorParams2023 } from "../../src/rules/tcloud/vendor-params-2023";
import { stepAt } from "../../src/components/finder/tree";
import { forms } from "../../src/forms/registry";
import { describedEditions } from "../../src/rules/editions";
import { editionSources, editionYears } from "../../src/components/site/editions";
import { num } from "../../src/rules/core/format";

const root = resolve(import.meta.dirname, "../..");
const dir = (d: string) => readdirSync(join(root, d)).filter((f) => /\.(ts|tsx|astro)$/.test(f)).map((f) => join(d, f));
const files = [...dir("src/components/finder"), ...dir("src/components/site"), "src/forms/registry.ts", "src/i18n/ui.ts"];

/** A figure as a reader sees it: grouped digits, an amount in 萬/億, a count of years, points or NT$, a year. */
// "Appendix 1 point 2" is a clause, and "spp-subsidy-manual-2019" a document id: neither is a figure.
const FIGURE = /\d{1,3}(?:,\d{3})+|\d+\s?(?:萬|億|年|點|個月|points\b|years\b|months\b)|NT\$\s?\d|(?<![-\w])20\d\d\b|1[01]\d\s?年度?/;

/** Source text without comments, which may explain a figure, and without import lines. */
const code = (file: string) =>
  readFileSync(join(root, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/^import .*$/gm, "");

/** Every source file outside the anchor list, for links written by hand. */
const allSources = (d: string): string[] =>
  readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allSources(join(d, e.name)) : /\.(ts|tsx|astro)$/.test(e.name) ? [join(d, e.name)] : [],
  );
/** "/tops/awards/#tiers" as a string: a section link that href() would have type-checked against the anchors. */
const HAND_LINK = /["'`]\/[a-z0-9/-]+\/#[a-z0-9-]+["'`]/;

describe("one source per fact (issue 15)", () => {
  it("links to a handbook section only through href(), never as a string written by hand", () => {
    const hand = allSources("src")
      .filter((f) => f !== join("src", "rules", "anchors.ts"))
      .flatMap((f) => code(f).split("\n").filter((l) => HAND_LINK.test(l)).map((l) => `${f}: ${l.trim()}`));
    expect(hand).toEqual([]);
  });

  it.each(files)("%s states no threshold, amount or edition year of its own", (file) => {
    const lines = code(file)
      .split("\n")
      .filter((l) => FIGURE.test(l));
    expect(lines).toEqual([]);
  });

  it("the finder's verdicts carry the rules' figures, in both languages", () => {
    const sme = stepAt(["sme-buyer", "sme-yes"]);
    if (sme.kind !== "outcome") throw new Error("not an outcome");
    const points = sme.verdicts.find((v) => v.program === "tcloud-sme")!;
    for (const lang of ["zh-TW", "en"] as const) expect(points.why[lang]).toContain(num(pointsParams2023.pointsPerSme.value));

    const age = stepAt(["taipei-company", "sme-yes"]);
    if (age.kind !== "question") throw new Error("not a question");
    const labels = age.question.answers.map((a) => a.label.en).join(" ");
    expect(labels).toContain(`${eligibilityParams2024.startupYears.value}`);
    expect(labels).toContain(`${startupParams2019.maxYears.value}`);

    const capital = stepAt(["it-vendor", "items-yes"]);
    if (capital.kind !== "question") throw new Error("not a question");
    expect(capital.question.title["zh-TW"]).toContain(num(vendorParams2023.minPaidInCapital.value));
  });

  it("the footer and the finder's note name every described edition, and the forms name theirs", () => {
    for (const locale of ["zh-tw", "en"] as const) {
      const lang = locale === "en" ? "en" : "zh-TW";
      for (const e of Object.values(describedEditions)) {
        expect(editionSources(locale)).toContain(e.title[lang]);
        expect(editionSources(locale)).toContain(e.periodNote[lang]);
        expect(editionYears(locale)).toContain(e.id);
      }
    }
    for (const f of forms) expect(Object.values(describedEditions).some((e) => f.edition["zh-TW"].startsWith(e.title["zh-TW"].slice(0, 8))), f.id).toBe(true);
  });
});
