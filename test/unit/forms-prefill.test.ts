import { describe, expect, it } from "vitest";
import { readIncoming } from "../../src/forms/prefill";
import { forms } from "../../src/forms/registry";
import { sppMatureProposal as def } from "../../src/forms/spp-mature-proposal";
import { sppSettlementCertificate } from "../../src/forms/spp-settlement-certificate";
import { sppTerminationApplication } from "../../src/forms/spp-termination-application";
import { run } from "../../src/rules/index";

const info = forms.find((f) => f.id === "spp-mature-proposal")!;
const source = { from: info.filledFrom!.calculator.id, keys: info.filledFrom!.keys };

describe("a form filled from a calculator's answers (registry.ts filledFrom)", () => {
  it("declares the mature-track proposal as filled by spp-mature-subsidy, with the calculator's own input keys", () => {
    expect(source).toEqual({ from: "spp-mature-subsidy", keys: ["financialTier", "purchaseKind", "contractAmount", "monthlyPrice", "months"] });
    // Every key is a question of the calculator: its schema accepts an input made only of them.
    expect(run("spp-mature-subsidy", { financialTier: 3, purchaseKind: "continuous", monthlyPrice: 1, months: 1 }).ok).toBe(true);
    expect(forms.filter((f) => f.filledFrom).map((f) => [f.id, f.filledFrom!.calculator.id])).toEqual([
      ["spp-mature-proposal", "spp-mature-subsidy"],
      ["spp-settlement-certificate", "spp-settlement-total"],
      ["spp-change-application", "spp-change-refund"],
      ["spp-termination-application", "spp-termination-refund"],
    ]);
    // 表5-5's keys are the change-refund calculator's inputs: an input of only them is accepted.
    expect(run("spp-change-refund", { approvedSubsidy: 2_700_000, approvedLocalShare: 300_000, revisedTotal: 2_000_000, subsidyReceived: 2_700_000 }).ok).toBe(true);
  });

  it("takes the answers of the calculator's query as typed, those a hidden question owns left out", () => {
    const incoming = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=3&purchaseKind=one-off&contractAmount=300萬&months=18&caseName=x", {});
    expect(incoming).toEqual({ ok: true, answers: { financialTier: "3", purchaseKind: "one-off", contractAmount: "300萬" }, replaced: {} });
  });

  it("reads the continuous service's two questions", () => {
    const incoming = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=1&purchaseKind=continuous&monthlyPrice=50%E8%90%AC&months=18", {});
    expect(incoming).toMatchObject({ ok: true, answers: { financialTier: "1", purchaseKind: "continuous", monthlyPrice: "50萬", months: "18" } });
  });

  it("is nothing without from, from another calculator, or with no answer", () => {
    expect(readIncoming(def, source, "?financialTier=3", {})).toBeNull();
    expect(readIncoming(def, source, "?from=spp-rd-subsidy&financialTier=3", {})).toBeNull();
    expect(readIncoming(def, source, "?from=spp-mature-subsidy", {})).toBeNull();
    expect(readIncoming(def, source, "", {})).toBeNull();
  });

  it("leaves out the calculator's “I don't know” and any choice the form does not offer", () => {
    const incoming = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=unknown&purchaseKind=one-off&contractAmount=1000000", {});
    expect(incoming).toMatchObject({ ok: true, answers: { purchaseKind: "one-off", contractAmount: "1000000" } });
    expect(readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=6", {})).toBeNull();
  });

  it("refuses answers the form's rules refuse, naming the question, in both languages", () => {
    const incoming = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=2&purchaseKind=one-off&contractAmount=-5", {});
    expect(incoming?.ok).toBe(false);
    if (incoming?.ok !== false) return;
    expect(incoming.issues.map((i) => i.key)).toEqual(["contractAmount"]);
    expect(incoming.issues[0]!.message["zh-TW"]).not.toBe("");
    expect(incoming.issues[0]!.message.en).not.toBe("");
    // So does the calculator's schema: a contract total beyond the money bound.
    const beyond = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=2&purchaseKind=continuous&monthlyPrice=10000000000&months=600", {});
    expect(beyond).toMatchObject({ ok: false, issues: [{ key: "months" }] });
  });

  it("names the saved values it would replace, and only those that differ", () => {
    const draft = { financialTier: "1", purchaseKind: "one-off", contractAmount: "500萬", caseName: "智慧路燈" };
    const incoming = readIncoming(def, source, "?from=spp-mature-subsidy&financialTier=3&purchaseKind=one-off&contractAmount=300萬", draft);
    expect(incoming).toMatchObject({ ok: true, replaced: { financialTier: "1", contractAmount: "500萬" } });
  });

  it("reads a calculator's choice in the form's terms, and the questions that choice shows", () => {
    const termination = forms.find((f) => f.id === "spp-termination-application")!.filledFrom!;
    const from = { from: "spp-termination-refund", keys: termination.keys, ...(termination.choices ? { choices: termination.choices } : {}) };
    const query = "?from=spp-termination-refund&reason=force-majeure&subsidyReceived=900000&unexecutedSubsidy=400000&interest=1250";
    expect(readIncoming(sppTerminationApplication, from, query, {})).toEqual({
      ok: true,
      answers: { forceMajeure: "yes", subsidyReceived: "900000", unexecutedSubsidy: "400000" },
      replaced: {},
    });
    // Another reason: 無, and the unexecuted part is no question of the form.
    const other = readIncoming(sppTerminationApplication, from, "?from=spp-termination-refund&reason=other&subsidyReceived=900000&unexecutedSubsidy=400000", {});
    expect(other).toEqual({ ok: true, answers: { forceMajeure: "no", subsidyReceived: "900000" }, replaced: {} });
  });

  it("reads a calculator's list into the form's rows, and refuses one longer than the official layout's rows", () => {
    const settlement = forms.find((f) => f.id === "spp-settlement-certificate")!.filledFrom!;
    const from = { from: "spp-settlement-total", keys: settlement.keys, ...(settlement.lists ? { lists: settlement.lists } : {}) };
    const two = "?from=spp-settlement-total&contractAmount=5000000&increases.0=200000&increases.1=1000&decreases.0=50000&inspectionDeductions=3000";
    expect(readIncoming(sppSettlementCertificate, from, two, {})).toEqual({
      ok: true,
      answers: { contractAmount: "5000000", inspectionDeductions: "3000", "increases.0.amount": "200000", "increases.1.amount": "1000", "decreases.0.amount": "50000" },
      replaced: {},
    });
    const three = readIncoming(sppSettlementCertificate, from, `${two}&increases.2=7`, {});
    expect(three?.ok).toBe(false);
    expect(three && !three.ok && three.issues.map((i) => i.message.en)).toEqual(["The form has 2 rows for “Increases (增加金額)” and the calculator 3 entries"]);
  });
});
