import { describe, expect, it } from "vitest";
import { AFTER_EDITION, expectRejected, IN_EDITION, runOk } from "./tcloud-helpers.js";

const ID = "tcloud-purchase-check" as const;

interface Value {
  pointsUsable: boolean;
  failed: string[];
}

const good = {
  purchaseDate: "2024-05-20",
  renewalByExistingCustomer: false,
  vendorBuysOwnSolution: false,
  selfPayPaidOnline: true,
  fullAmountEInvoice: true,
  bundledWithUnselected: false,
  selfPayCollectedOrAdvanced: false,
  asOf: IN_EDITION,
};

const check = (patch: Partial<typeof good>) => runOk<Value>(ID, { ...good, ...patch });

describe("tcloud-purchase-check: 八(一), 八(二), 八(七)3–4", () => {
  it("a new customer's purchase inside the programme, paid online with a full e-invoice, may use points; one step per clause", () => {
    const out = check({});
    expect(out.value).toEqual({ pointsUsable: true, failed: [] });
    expect(out.stepIds).toEqual([
      "p8-1-programme-period",
      "p8-1-no-renewal-by-existing-customer",
      "p8-1-not-vendors-own-solution",
      "p8-2-online-self-pay",
      "p8-2-full-amount-e-invoice",
      "p8-7-3-not-bundled",
      "p8-7-4-self-pay-not-collected-or-advanced",
    ]);
    expect(out.steps.map((s) => s.cite.clause)).toEqual(["八(一)", "八(一)", "八(一)", "八(二)", "八(二)", "八(七)3", "八(七)4"]);
    expect(out.warnings).toEqual([]);
  });

  it.each([
    ["2022-12-31", false, ["programme-start-assumed"]],
    ["2023-01-01", true, []],
    ["2024-12-31", true, []],
    ["2025-01-01", false, []],
  ])("八(一) programme period (2023-01-01 assumed to 2024-12-31): bought %s → points %s", (purchaseDate, ok, warnings) => {
    const out = check({ purchaseDate });
    expect(out.value).toEqual({ pointsUsable: ok, failed: ok ? [] : ["outside-programme-period"] });
    expect(out.warningIds).toEqual(warnings);
  });

  it("八(一) an assumed start is said to be assumed, in both languages", () => {
    const w = check({ purchaseDate: "2022-06-30" }).warnings[0]!;
    expect(w.message["zh-TW"]).toContain("推定");
    expect(w.message.en).toContain("this site takes it to be");
  });

  it.each([
    ["八(一) 既有客戶續購", { renewalByExistingCustomer: true }, "renewal-by-existing-customer"],
    ["八(一) 廠商購買自家方案", { vendorBuysOwnSolution: true }, "vendor-own-solution"],
    ["八(二) 線上支付自付額", { selfPayPaidOnline: false }, "self-pay-not-online"],
    ["八(二) 全額電子發票", { fullAmountEInvoice: false }, "no-full-e-invoice"],
    ["八(七)3 共同包裝銷售", { bundledWithUnselected: true }, "bundled-with-unselected"],
    ["八(七)4 代收代墊自付額", { selfPayCollectedOrAdvanced: true }, "self-pay-collected-or-advanced"],
  ])("%s fails with that one reason", (_clause, patch, reason) => {
    const out = check(patch);
    expect(out.value).toEqual({ pointsUsable: false, failed: [reason] });
    expect(out.steps.filter((s) => s.value === false)).toHaveLength(1);
  });

  it("八(一) says points already redeemed for a renewal or an own purchase may be recovered", () => {
    for (const patch of [{ renewalByExistingCustomer: true }, { vendorBuysOwnSolution: true }]) {
      const failing = check(patch).steps.find((s) => s.value === false)!;
      expect(failing.detail?.["zh-TW"]).toContain("追回");
      expect(failing.detail?.en).toContain("recover");
    }
  });

  it("lists every failed condition in clause order", () => {
    expect(check({ purchaseDate: "2025-03-01", vendorBuysOwnSolution: true, selfPayCollectedOrAdvanced: true }).value.failed).toEqual([
      "outside-programme-period",
      "vendor-own-solution",
      "self-pay-collected-or-advanced",
    ]);
  });

  it("warns that the 2023 edition ended only after 2024-12-31", () => {
    expect(check({ asOf: IN_EDITION }).warningIds).toEqual([]);
    expect(check({ asOf: AFTER_EDITION }).warningIds).toEqual(["edition-ended"]);
  });

  it.each([
    [{ purchaseDate: "2024-02-30" }, "purchaseDate"],
    [{ purchaseDate: "20240520" }, "purchaseDate"],
    [{ purchaseDate: undefined }, "purchaseDate"],
    [{ renewalByExistingCustomer: "no" }, "renewalByExistingCustomer"],
    [{ selfPayPaidOnline: 1 }, "selfPayPaidOnline"],
    [{ fullAmountEInvoice: undefined }, "fullAmountEInvoice"],
    [{ asOf: "2024-13-01" }, "asOf"],
  ])("rejects %j", (patch, path) => {
    expectRejected(ID, { ...good, ...patch }, path);
  });
});
