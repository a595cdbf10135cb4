import { describe, expect, it } from "vitest";
import { parseStoredDraft } from "../../src/drafts/storage";

describe("a stored drafter draft", () => {
  it("reads text, ticked lists and boxes back as they were saved", () => {
    const raw = JSON.stringify({ savedAt: "2026-12-06T01:02:03.000Z", draft: { profile: "公司簡介", categories: ["erp"], privacyConsent: true } });
    expect(parseStoredDraft(raw)).toEqual({ draft: { profile: "公司簡介", categories: ["erp"], privacyConsent: true }, savedAt: "2026-12-06T01:02:03.000Z", complete: true });
  });

  it("drops what it cannot use entry by entry, and says so", () => {
    const raw = JSON.stringify({ savedAt: "2026-12-06T01:02:03.000Z", draft: { profile: "ok", bad: { nested: 1 }, list: [1, 2], n: 3 } });
    expect(parseStoredDraft(raw)).toEqual({ draft: { profile: "ok" }, savedAt: "2026-12-06T01:02:03.000Z", complete: false });
  });

  it.each(["{not json", "[]", "null", '"text"', JSON.stringify({ draft: [] })])("refuses %s whole", (raw) => {
    expect(parseStoredDraft(raw)).toEqual({ draft: {}, savedAt: null, complete: false });
  });

  it("an over-long value is dropped, not cut", () => {
    const raw = JSON.stringify({ savedAt: "x", draft: { profile: "字".repeat(20_001) } });
    expect(parseStoredDraft(raw).complete).toBe(false);
  });
});
