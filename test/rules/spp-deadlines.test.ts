import { describe, expect, it } from "vitest";
import { rejected, runCited } from "./run-helpers.js";

const ID = "spp-deadlines" as const;
interface Value {
  procureBy: string;
  completeBy: string;
  claimBy: string | null;
}
const DOCS = ["spp-subsidy-manual-2019", "domain-facts"] as const;
const deadlines = (input: Record<string, unknown>) => runCited<Value>(ID, { track: "mature", asOf: "2019-01-01", ...input }, DOCS);

describe("spp-deadlines: 第二節 一(一)(二); 第五節 三(一); 民法 第120–122條", () => {
  it("rules-api.md: approval 2019-05-10 → procure by 2019-08-10; acceptance 2019-10-31 → claim by 2019-11-30", () => {
    const out = deadlines({ approvedOn: "2019-05-10", acceptedOn: "2019-10-31" });
    expect(out.value).toEqual({ procureBy: "2019-08-10", completeBy: "2019-12-10", claimBy: "2019-11-30" });
    expect(out.stepIds).toEqual([
      "s2-1-1-complete-by",
      "civil-code-120-121-three-months",
      "s2-1-1-procure-by",
      "civil-code-120-121-one-month",
      "s2-1-2-claim-by",
    ]);
    expect(out.warningIds).toEqual(["holiday-moves-deadline", "procure-within-three-months-as-a-rule"]);
  });

  it("rules-api.md: approval 2019-02-28 → procure by 2019-05-31 (Art. 121: May 31 is the day before June 1)", () => {
    expect(deadlines({ approvedOn: "2019-02-28" }).value).toEqual({ procureBy: "2019-05-31", completeBy: "2019-12-10", claimBy: null });
  });

  it.each([
    ["2019-09-09", "2019-12-09", false],
    ["2019-09-10", "2019-12-10", false],
    ["2019-09-11", "2019-12-10", true],
  ])("第五節 三(一) approval %s: procure by %s (capped at 12-10: %s)", (approvedOn, procureBy, capped) => {
    const out = deadlines({ approvedOn });
    expect(out.value.procureBy).toBe(procureBy);
    expect(out.steps.find((s) => s.id === "civil-code-120-121-three-months")?.value).toBe(capped ? "2019-12-11" : procureBy);
    expect(out.steps.find((s) => s.id === "s2-1-1-procure-by")?.detail?.en).toContain(capped ? "so 2019-12-10 applies" : `Procure by ${procureBy}`);
  });

  it.each([
    ["2019-11-09", "2019-12-09"],
    ["2019-11-10", "2019-12-10"],
    ["2019-11-11", "2019-12-10"],
    ["2019-11-20", "2019-12-10"],
  ])("第二節 一(二) acceptance %s: claim within 1 month and by 12-10 → %s", (acceptedOn, claimBy) => {
    expect(deadlines({ approvedOn: "2019-05-10", acceptedOn }).value.claimBy).toBe(claimBy);
  });

  it.each([
    ["2019-12-10", false],
    ["2019-12-11", true],
  ])("第二節 一(三) acceptance on %s is after the closing date: %s (cross-year or retention warning)", (acceptedOn, after) => {
    const out = deadlines({ approvedOn: "2019-05-10", acceptedOn });
    expect(out.warningIds.includes("accepted-after-closing")).toBe(after);
    if (after) expect(out.warnings.find((w) => w.id === "accepted-after-closing")?.cites.map((c) => c.clause)).toEqual(["第二節 一(三); 第五節 一(三)2", "第五節 一(四)"]);
  });

  it.each([
    ["2019-09-19", "2019-12-19"],
    ["2019-09-20", "2019-12-20"],
    ["2019-09-21", "2019-12-20"],
  ])("研發型 第三節 二(二)6 R&D approval %s: procure by %s, complete by 12-20", (approvedOn, procureBy) => {
    const out = deadlines({ track: "rd", approvedOn });
    expect(out.value).toEqual({ procureBy, completeBy: "2019-12-20", claimBy: null });
    expect(out.stepIds[0]).toBe("rd-3-2-2-6-complete-by");
    expect(out.warningIds).toContain("rd-periods-from-mature-track");
  });

  it("R&D claim is capped at 12-20, not 12-10", () => {
    expect(deadlines({ track: "rd", approvedOn: "2019-06-01", acceptedOn: "2019-11-15" }).value.claimBy).toBe("2019-12-15");
    expect(deadlines({ track: "rd", approvedOn: "2019-06-01", acceptedOn: "2019-11-25" }).value.claimBy).toBe("2019-12-20");
  });

  it("the closing date follows the approval year (核定當年)", () => {
    expect(deadlines({ approvedOn: "2020-03-31", asOf: "2020-01-01" }).value).toEqual({ procureBy: "2020-06-30", completeBy: "2020-12-10", claimBy: null });
  });

  it("民法 第122條: the holiday warning cites the Civil Code in both languages", () => {
    const w = deadlines({ approvedOn: "2019-05-10" }).warnings.find((x) => x.id === "holiday-moves-deadline");
    expect(w?.message["zh-TW"]).toContain("民法第122條");
    expect(w?.message.en).toContain("Civil Code Art. 122");
    expect(w?.cites[0]).toMatchObject({ doc: "domain-facts", href: "/about/#fact-civil-code-periods" });
  });

  it.each([
    ["2019-08-10", []],
    ["2019-08-11", ["2019-08-10"]],
    ["2019-12-11", ["2019-08-10", "2019-12-10", "2019-11-30"]],
  ])("as of %s the deadlines passed are %j", (asOf, passed) => {
    const out = deadlines({ approvedOn: "2019-05-10", acceptedOn: "2019-10-31", asOf });
    const w = out.warnings.find((x) => x.id === "deadline-passed");
    if (passed.length === 0) expect(w).toBeUndefined();
    else expect(w?.message.en).toBe(`As of ${asOf} these deadlines have passed: ${passed.join(", ")}.`);
  });

  it.each([
    ["2019-12-31", false],
    ["2020-01-01", true],
  ])("the 2019 edition has ended: warning on %s is %s", (asOf, ended) => {
    expect(deadlines({ approvedOn: "2019-05-10", asOf }).warningIds.includes("edition-ended")).toBe(ended);
  });

  it.each([
    ["2019-05-09", false],
    ["2019-05-10", true],
    ["2019-05-11", true],
  ])("acceptance on %s after approval 2019-05-10 is accepted: %s", (acceptedOn, ok) => {
    if (ok) expect(deadlines({ approvedOn: "2019-05-10", acceptedOn }).value.claimBy).not.toBeNull();
    else {
      const error = rejected(ID, { track: "mature", approvedOn: "2019-05-10", acceptedOn }, "acceptedOn");
      expect(error?.message).toEqual({ "zh-TW": "驗收日期不得早於核定日期", en: "Acceptance cannot come before the approval" });
    }
  });

  it.each([
    [{ track: "other", approvedOn: "2019-05-10" }, "track"],
    [{ approvedOn: "2019-05-10" }, "track"],
    [{ track: "mature" }, "approvedOn"],
    [{ track: "mature", approvedOn: "2019-02-29" }, "approvedOn"],
    [{ track: "mature", approvedOn: "10/05/2019" }, "approvedOn"],
    [{ track: "mature", approvedOn: 20190510 }, "approvedOn"],
    [{ track: "mature", approvedOn: "2019-05-10", acceptedOn: "2019-13-01" }, "acceptedOn"],
    [{ track: "mature", approvedOn: "2019-05-10", asOf: "yesterday" }, "asOf"],
  ])("rejects %j at %s", (input, path) => {
    rejected(ID, input, path);
  });

  it("a date that does not exist is named as such in both languages", () => {
    expect(rejected(ID, { track: "mature", approvedOn: "2019-02-29" }, "approvedOn")?.message).toEqual({ "zh-TW": "此日期不存在", en: "This date does not exist" });
  });
});
