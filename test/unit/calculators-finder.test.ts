import { describe, expect, it } from "vitest";
import { allPaths, flows, stepAt, who } from "../../src/components/finder/tree";
import { toolsFor } from "../../src/components/finder/tools";
import { audiences } from "../../src/lib/audiences";

const outcome = (...path: string[]) => {
  const step = stepAt(path);
  if (step.kind !== "outcome") throw new Error(`no outcome at ${path.join("/")}`);
  return Object.fromEntries(step.verdicts.map((v) => [v.program, v.fit]));
};

describe("program finder", () => {
  it("starts with who you are, then asks each role's questions in order", () => {
    expect(stepAt([])).toMatchObject({ kind: "question", question: { id: "who" } });
    expect(stepAt(["taipei-company"])).toMatchObject({ kind: "question", question: { id: "sme" } });
    expect(stepAt(["taipei-company", "sme-yes"])).toMatchObject({ kind: "question", question: { id: "age" } });
    expect(stepAt(["central-agency"]).kind).toBe("outcome");
  });

  it("refuses paths the flow never makes", () => {
    expect(stepAt(["nobody"]).kind).toBe("invalid");
    expect(stepAt(["taipei-company", "under-5"]).kind).toBe("invalid");
    expect(stepAt(["sme-buyer", "sme-yes", "extra"]).kind).toBe("invalid");
  });

  it("reaches an outcome at the end of every path, each verdict linked to a handbook page", () => {
    const ends = allPaths().filter((p) => stepAt(p).kind === "outcome");
    expect(ends.length).toBe(Object.entries(flows).reduce((n, [, f]) => n + f.reduce((m, q) => m * q.answers.length, 1), 0));
    for (const path of ends) {
      const step = stepAt(path);
      if (step.kind !== "outcome") continue;
      expect(step.verdicts).toHaveLength(7);
      for (const v of step.verdicts) {
        expect(v.page).toMatch(/^\/[a-z0-9/-]+\/#[a-z0-9-]+$/);
        expect(v.why["zh-TW"] && v.why.en).toBeTruthy();
      }
    }
    expect(new Set(allPaths().map((p) => p[0] ?? ""))).toEqual(new Set(["", ...who.answers.map((a) => a.id)]));
  });

  it("a Taipei SME fits TOPS as a supplier; the same company elsewhere does not (登錄簡章 參、二(一)1(1))", () => {
    expect(outcome("taipei-company", "sme-yes", "under-5")["tops-supplier"]).toBe("yes");
    expect(outcome("taipei-company", "sme-unsure", "under-5")["tops-supplier"]).toBe("maybe");
    expect(outcome("taipei-company", "sme-no", "under-5")["tops-supplier"]).toBe("no");
    expect(outcome("other-company", "sme-yes", "under-5")["tops-supplier"]).toBe("no");
  });

  it("only city and county governments apply for startup procurement subsidies (附錄一 三), by their goal", () => {
    expect(outcome("local-government", "buy-listed")).toMatchObject({ "spp-mature": "yes", "spp-rd": "no" });
    expect(outcome("local-government", "challenge")).toMatchObject({ "spp-mature": "no", "spp-rd": "yes" });
    expect(outcome("local-government", "goal-unsure")).toMatchObject({ "spp-mature": "yes", "spp-rd": "yes" });
    expect(outcome("central-agency")).toMatchObject({ "spp-mature": "no", "spp-rd": "no", "tops-buyer": "yes" });
  });

  it("an IT vendor needs a listed business item and NT$1,000,000 of capital (四(一); 五(一)(二))", () => {
    expect(outcome("it-vendor", "items-yes", "capital-yes")["tcloud-vendor"]).toBe("yes");
    expect(outcome("it-vendor", "items-unsure", "capital-yes")["tcloud-vendor"]).toBe("maybe");
    expect(outcome("it-vendor", "items-no", "capital-yes")["tcloud-vendor"]).toBe("no");
    expect(outcome("it-vendor", "items-yes", "capital-no")["tcloud-vendor"]).toBe("no");
  });

  it("an SME buying software gets digital points; a business over both SME limits does not (四(二))", () => {
    expect(outcome("sme-buyer", "sme-yes")["tcloud-sme"]).toBe("yes");
    expect(outcome("sme-buyer", "sme-unsure")["tcloud-sme"]).toBe("maybe");
    expect(outcome("sme-buyer", "sme-no")["tcloud-sme"]).toBe("no");
  });

  it("lists programs that fit before those that may, and those before those that do not", () => {
    const step = stepAt(["taipei-company", "sme-unsure", "5-to-8"]);
    if (step.kind !== "outcome") throw new Error("no outcome");
    const order = step.verdicts.map((v) => ({ yes: 0, maybe: 1, no: 2 })[v.fit]);
    expect(order).toEqual([...order].sort());
  });

  it("links each verdict to the tools whose manifests name its audience, and every tool to some verdict", () => {
    const ids = (a: (typeof audiences)[number]) => {
      const t = toolsFor(a);
      return { calculators: t.calculators.map((e) => e.id), forms: t.forms.map((f) => f.id), checklists: t.checklists.map((c) => c.id) };
    };
    expect(ids("spp-mature").forms).toEqual(expect.arrayContaining(["spp-mature-proposal", "spp-budget-certificate", "spp-settlement-certificate"]));
    expect(ids("spp-mature").forms).not.toContain("spp-rd-proposal");
    expect(ids("spp-rd").forms).toEqual(["spp-rd-proposal"]);
    expect(ids("tcloud-vendor")).toMatchObject({ forms: ["tcloud-enterprise-authorization"], checklists: ["tcloud-application-documents"] });
    expect(ids("tops-supplier").forms).toEqual(["tops-supplier-authorization"]);
    // Forms 1, 3 and 4 are filled in online: their drafters, not print forms (issue 14).
    expect(toolsFor("tcloud-vendor").drafters.map((d) => d.id)).toEqual(["tcloud-application", "tcloud-technical", "tcloud-promotion"]);
    expect(audiences.filter((a) => toolsFor(a).drafters.length > 0)).toEqual(["tcloud-vendor"]);
    expect(ids("tcloud-sme").calculators).toContain("tcloud-points");
    expect(ids("tcloud-sme").calculators).not.toContain("tcloud-redemption");
    for (const a of audiences) expect(ids(a).calculators.length, a).toBeGreaterThan(0);
    const served = (kind: "calculators" | "forms" | "checklists") => new Set(audiences.flatMap((a) => ids(a)[kind]));
    expect(served("forms").size).toBe(10);
    expect(served("checklists").size).toBe(3);
    const verdictPrograms = new Set(allPaths().flatMap((p) => { const s = stepAt(p); return s.kind === "outcome" ? s.verdicts.map((v) => v.program) : []; }));
    expect(verdictPrograms).toEqual(new Set(audiences));
  });
});
