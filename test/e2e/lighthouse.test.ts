/**
 * Lighthouse gate of issues 6 and 12: accessibility, best practices and SEO score 100 on every
 * page of test/support/pages.ts (one of each type in each language), one run each: the mobile
 * profile audits each type in one language, the desktop profile (a 1350 px screen, where the
 * header, tables and side columns differ) each type in the other, the languages alternating
 * between types. About 13 s a page on this two-core machine. `npm run bench` audits them all
 * with performance, the median of three runs. Performance is not gated: on a shared machine it
 * measures the machine as much as the site.
 */
import { describe, expect, it } from "vitest";
import { auditPages } from "../../scripts/lighthouse.mjs";
import { lighthousePages } from "../support/pages";
import { DIST } from "../support/site";

const GATED = ["accessibility", "best-practices", "seo"];
const types = [...new Set(lighthousePages.map((p) => p.type))];
const pages = lighthousePages.filter((p) => p.path === "/" || p.path.startsWith(types.indexOf(p.type) % 2 ? "/en/" : "/zh-tw/"));

describe("Lighthouse", () => {
  // The mobile profile audits each type in one language and the desktop profile in the other.
  it.each([
    ["mobile", pages],
    ["desktop", lighthousePages.filter((p) => !pages.includes(p) || p.path === "/")],
  ] as const)("%s profile: scores 100 in accessibility, best practices and SEO on each type of page", async (profile, audited) => {
    // One page of each type (the page list is grouped by language, so compare as sets).
    expect(audited.map((p) => p.type).sort()).toEqual([...types].sort());
    const results = await auditPages({ dist: DIST, pages: audited, categories: GATED, profile });
    const below = results.flatMap((r) =>
      GATED.filter((c) => r.median[c] !== 100).map((c) => `${r.path}: ${c} ${r.median[c]} (${r.lost.filter((l: string) => l.startsWith(c)).join("; ")})`),
    );
    expect(below).toEqual([]);
  }, 600_000);
});
