import { describe, expect, it } from "vitest";
import { rejected, runCited } from "./run-helpers.js";

const ID = "tcloud-redemption-timeline" as const;
interface Value {
  firstClaimFrom: string;
  contractEnd: string;
  secondClaimBy: string;
}
const timeline = (input: Record<string, unknown>) =>
  runCited<Value>(ID, { asOf: "2024-01-01", ...input }, ["tcloud-vendor-guidelines", "domain-facts"]);

describe("tcloud-redemption-timeline: 八(六)1; 民法 第120–122條", () => {
  it("rules-api.md: start 2024-01-15, 6 months → first claim from 04-15, ends 07-14, second claim by 08-13", () => {
    const out = timeline({ contractStart: "2024-01-15", contractMonths: 6 });
    expect(out.value).toEqual({ firstClaimFrom: "2024-04-15", contractEnd: "2024-07-14", secondClaimBy: "2024-08-13" });
    expect(out.stepIds).toEqual(["civil-code-121-first-three-months", "p8-6-1-first-claim-from", "civil-code-121-contract-end", "p8-6-1-second-claim-by"]);
    expect(out.warningIds).toEqual(["holiday-moves-deadline"]);
  });

  it("a start on the 30th of November: February has no 30th, so 3 months end on 29 February 2024", () => {
    expect(timeline({ contractStart: "2023-11-30", contractMonths: 4, asOf: "2023-11-30" }).value).toEqual({
      firstClaimFrom: "2024-03-01",
      contractEnd: "2024-03-29",
      secondClaimBy: "2024-04-28",
    });
  });

  it("a start on 31 January: the 4-month term ends on 30 May, the first 3 months on 30 April", () => {
    expect(timeline({ contractStart: "2024-01-31", contractMonths: 4 }).value).toEqual({
      firstClaimFrom: "2024-05-01",
      contractEnd: "2024-05-30",
      secondClaimBy: "2024-06-29",
    });
  });

  it.each([
    [3, false],
    [4, true],
    [12, true],
    [13, false],
  ])("六(三) a %i-month contract is a valid term (4–12): %s", (contractMonths, ok) => {
    if (ok) expect(timeline({ contractStart: "2024-01-01", contractMonths }).value.contractEnd).toBe(contractMonths === 4 ? "2024-04-30" : "2024-12-31");
    else rejected(ID, { contractStart: "2024-01-01", contractMonths }, "contractMonths");
  });

  it.each([
    ["2024-06-30", "2024-12-29", false],
    ["2024-07-01", "2024-12-31", false],
    ["2024-07-02", "2025-01-01", true],
  ])("八(一) a 6-month contract from %s ends on %s, beyond the programme period (to 2024-12-31): %s", (contractStart, contractEnd, beyond) => {
    const out = timeline({ contractStart, contractMonths: 6 });
    expect(out.value.contractEnd).toBe(contractEnd);
    expect(out.warningIds.includes("contract-beyond-programme")).toBe(beyond);
  });

  it.each([
    ["2024-08-13", false],
    ["2024-08-14", true],
  ])("as of %s the second installment's deadline has passed: %s", (asOf, passed) => {
    const out = timeline({ contractStart: "2024-01-15", contractMonths: 6, asOf });
    expect(out.warningIds.includes("deadline-passed")).toBe(passed);
    if (passed) expect(out.warnings.find((w) => w.id === "deadline-passed")?.message["zh-TW"]).toContain("2024-08-13 已過");
  });

  it.each([
    ["2024-12-31", false],
    ["2025-01-01", true],
  ])("the 2023 edition ended on 2024-12-31: warning on %s is %s", (asOf, ended) => {
    expect(timeline({ contractStart: "2024-01-15", contractMonths: 6, asOf }).warningIds.includes("edition-ended")).toBe(ended);
  });

  it("民法 第122條 holiday warning, in both languages", () => {
    const w = timeline({ contractStart: "2024-01-15", contractMonths: 6 }).warnings[0];
    expect(w?.message["zh-TW"]).toContain("民法第122條");
    expect(w?.message.en).toContain("Civil Code Art. 122");
  });

  it.each([
    [{ contractMonths: 6 }, "contractStart"],
    [{ contractStart: "2023-02-29", contractMonths: 6 }, "contractStart"],
    [{ contractStart: "2024-1-5", contractMonths: 6 }, "contractStart"],
    [{ contractStart: "2024-01-15" }, "contractMonths"],
    [{ contractStart: "2024-01-15", contractMonths: 6.5 }, "contractMonths"],
    [{ contractStart: "2024-01-15", contractMonths: Number.NaN }, "contractMonths"],
    [{ contractStart: "2024-01-15", contractMonths: "6" }, "contractMonths"],
  ])("rejects %j at %s", (input, path) => {
    rejected(ID, input, path);
  });
});
