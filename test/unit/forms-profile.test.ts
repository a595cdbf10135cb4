import { describe, expect, it } from "vitest";
import { checkEmail, checkNationalId, checkPhone, checkUbn } from "../../src/forms/checks";
import {
  emptyProfile,
  parseProfileFile,
  BACKUP_FORMAT,
  backupFile,
  DATA_FILE_MAX_BYTES,
  PROFILE_FORMAT,
  profileFile,
  profileFromStorage,
  STORED_VALUE_MAX,
  profileIssues,
  type Profile,
} from "../../src/forms/profile";

const profile: Profile = {
  orgName: "臺南市政府經濟發展局",
  ubn: "04595257",
  representative: "王大明",
  address: "臺南市安平區永華路二段6號",
  contactName: "林小華",
  contactTitle: "科員",
  phone: "(06) 299-1111 分機 8000",
  email: "hua@example.gov.tw",
};

const file = (body: unknown) => JSON.stringify(body);

describe("format checks", () => {
  it("checks a UBN with validateUbn after full-width digits and spaces are normalised", () => {
    expect(checkUbn("04595257")).toBeNull();
    expect(checkUbn("０４５９ ５２５７")).toBeNull();
    expect(checkUbn("04595258")?.en).toMatch(/check-digit/);
    expect(checkUbn("0459525")?.en).toMatch(/8 digits/);
    expect(checkUbn("")).toBeNull();
  });

  it("checks e-mail, phone and ID shapes, and lets every one stay blank", () => {
    expect(checkEmail("a@b.tw")).toBeNull();
    expect(checkEmail("a@b")).not.toBeNull();
    expect(checkPhone("02-2720-8889 ext 6627")).toBeNull();
    expect(checkPhone("123456")).not.toBeNull();
    expect(checkPhone("1234567")).toBeNull();
    expect(checkPhone("call me")).not.toBeNull();
    expect(checkNationalId("a123456789")).toBeNull();
    expect(checkNationalId("A12345678")).not.toBeNull();
    for (const check of [checkEmail, checkPhone, checkNationalId]) expect(check("")).toBeNull();
  });

  it("reports a value one character over its limit, and not one at the limit", () => {
    expect(profileIssues({ ...profile, orgName: "字".repeat(60) })).toEqual([]);
    expect(profileIssues({ ...profile, orgName: "字".repeat(61) }).map((i) => i.key)).toEqual(["orgName"]);
  });
});

describe("the profile file", () => {
  it("round-trips through export and import", () => {
    const result = parseProfileFile(profileFile(profile, "2026-11-22T00:00:00Z"));
    expect(result).toEqual({ ok: true, profile, drafts: {} });
  });

  it("holds only the fields a file fills, so loading it blanks nothing, and drops unknown keys", () => {
    const result = parseProfileFile(file({ format: PROFILE_FORMAT, version: 1, profile: { orgName: "甲公司", ubn: "", favourite: "x" } }));
    expect(result).toEqual({ ok: true, profile: { orgName: "甲公司" }, drafts: {} });
    expect(parseProfileFile(profileFile(emptyProfile, "2026-11-22T00:00:00Z"))).toEqual({ ok: true, profile: {}, drafts: {} });
  });

  it("round-trips a backup of the profile and the drafts, skipping forms this site does not know", () => {
    const drafts = { "spp-termination-application": { planName: "智慧製造", "work.0.spent": "1萬" }, "tops-supplier-authorization": {} };
    const content = backupFile(profile, drafts, "2026-11-22T00:00:00Z");
    expect(parseProfileFile(content)).toEqual({ ok: true, profile, drafts });
    const withUnknown = JSON.parse(content);
    withUnknown.drafts["a-form-from-a-later-site"] = { x: "y" };
    expect(parseProfileFile(JSON.stringify(withUnknown))).toEqual({ ok: true, profile, drafts });
  });

  it.each([
    ["not JSON", "{ nope", /not JSON/],
    ["JSON that is not a profile", file([1, 2, 3]), /not a profile file/],
    ["another format", file({ format: "something-else", version: 1, profile: {} }), /not a profile file/],
    ["an unknown version", file({ format: PROFILE_FORMAT, version: 2, profile: {} }), /version/],
    ["a number where text belongs", file({ format: PROFILE_FORMAT, version: 1, profile: { orgName: 42 } }), /must be text/],
    ["a UBN that fails its check digit", file({ format: PROFILE_FORMAT, version: 1, profile: { ubn: "12345678" } }), /check-digit/],
    ["a name over its length", file({ format: PROFILE_FORMAT, version: 1, profile: { contactName: "字".repeat(51) } }), /at most 50/],
    ["a file too large to be a profile", " ".repeat(DATA_FILE_MAX_BYTES + 1), /too large/],
    ["a backup whose draft holds a number", file({ format: BACKUP_FORMAT, version: 1, profile: {}, drafts: { "spp-rd-proposal": { planName: 5 } } }), /drafts/],
    ["a backup whose draft is a list", file({ format: BACKUP_FORMAT, version: 1, profile: {}, drafts: { "spp-rd-proposal": ["x"] } }), /drafts/],
    ["a backup with a draft value past any answer", file({ format: BACKUP_FORMAT, version: 1, profile: {}, drafts: { "spp-rd-proposal": { a: "x".repeat(STORED_VALUE_MAX + 1) } } }), /too long/],
  ])("refuses %s with a message in both languages", (_, content, pattern) => {
    const result = parseProfileFile(content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.en).join(" ")).toMatch(pattern);
    for (const e of result.errors) expect(e["zh-TW"]).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads a stored profile field by field: one bad field costs that field only", () => {
    expect(profileFromStorage("{")).toEqual({ profile: emptyProfile, unreadable: true });
    expect(profileFromStorage("[1]")).toEqual({ profile: emptyProfile, unreadable: true });
    expect(profileFromStorage(JSON.stringify({ ...profile, orgName: 5 }))).toEqual({ profile: { ...profile, orgName: "" }, unreadable: true });
    expect(profileFromStorage(JSON.stringify(profile))).toEqual({ profile, unreadable: false });
    expect(profileFromStorage(null)).toEqual({ profile: emptyProfile, unreadable: false });
  });

  it("keeps a stored value over its field's limit for the applicant to shorten, but not a paste past any limit", () => {
    const long = { ...profile, address: "路".repeat(201) };
    expect(profileFromStorage(JSON.stringify(long))).toEqual({ profile: long, unreadable: false });
    expect(profileFromStorage(JSON.stringify({ ...profile, address: "路".repeat(STORED_VALUE_MAX + 1) }))).toEqual({
      profile: { ...profile, address: "" },
      unreadable: true,
    });
  });
});
