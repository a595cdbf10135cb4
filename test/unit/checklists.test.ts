import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checklists } from "../../src/rules/checklists/index";

// The seeds are not in the repository (CI has only the clone); the handbook page a checklist links
// quotes the clauses, so the documents must be named there in the same words.
const handbook = (path: string) =>
  readFileSync(new URL(`../../content/zh-tw${path.replace(/\/(#.*)?$/, "")}.md`, import.meta.url), "utf8").replace(/\s+/g, "");

describe("document checklists (src/rules/checklists)", () => {
  it("names each document in the words of the handbook section that quotes the clause: the longest Chinese run of every item is there", () => {
    const missing: string[] = [];
    for (const list of checklists) {
      for (const group of list.groups) {
        for (const item of group.items) {
          const runs = item.label["zh-TW"].match(/[\u4e00-\u9fff]+/g) ?? [];
          const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), "");
          if (longest.length < 4 || !handbook(list.handbook).includes(longest)) missing.push(`${list.id}/${group.id}/${item.id}: ${longest}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("keys ticks by ids unique within each checklist, and every item has both languages", () => {
    for (const list of checklists) {
      const names = list.groups.flatMap((g) => g.items.map((i) => `${g.id}/${i.id}`));
      expect(new Set(names).size).toBe(names.length);
      for (const g of list.groups) for (const i of g.items) expect(i.label.en.length * i.label["zh-TW"].length).toBeGreaterThan(0);
    }
  });

  it("gives SPP claims the four payment cases of 第五節 一(三) and 附錄一 九(一)(二), each asking for the claim receipt", () => {
    const spp = checklists.find((c) => c.id === "spp-claim-documents");
    expect(spp?.groups.map((g) => g.id)).toEqual(["one-off", "up-to-six-months", "over-six-months", "cross-year"]);
    for (const g of spp?.groups ?? []) expect(g.items.map((i) => i.id)).toContain("receipt");
    // Only the over-six-months and cross-year cases have a first payment on an initial inspection (表5-4).
    expect(spp?.groups.filter((g) => g.items.some((i) => i.id === "initial-inspection")).map((g) => g.id)).toEqual(["over-six-months", "cross-year"]);
  });

  it("offers TCloud startups under one year the 七(二)1 and 七(二)2(3) alternatives, and TOPS both registration types of 參、二(四)2(2)", () => {
    const tcloud = checklists.find((c) => c.id === "tcloud-application-documents");
    expect(tcloud?.groups.find((g) => g.id === "young")?.items.map((i) => i.cite.clause)).toEqual(["七(二)1", "七(二)2(3)", "七(二)2(3)"]);
    const tops = checklists.find((c) => c.id === "tops-supplier-documents");
    expect(tops?.groups.map((g) => g.id)).toEqual(["all", "company", "business"]);
  });
});
