import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateUbn } from "../../src/rules/index.js";

// Weights 1,2,1,2,1,2,4,1; the two digits of each product are added (rules-api.md "Formatting helpers").
describe("validateUbn: 統一編號 checksum (rules-api.md)", () => {
  it.each([
    ["04595257", "0+8+5+(1+8)+5+4+(2+0)+7 = 40, divisible by 5 (and by 10, the older rule)"],
    ["22099131", "2+4+0+(1+8)+9+2+(1+2)+1 = 30, divisible by 5"],
    ["04595252", "0+8+5+(1+8)+5+4+(2+0)+2 = 35, divisible by 5 though not by 10 (the current rule)"],
    ["10458575", "1+0+4+(1+0)+8+(1+0)+(2+8)+5 = 30, divisible by 5 with 7th digit 7"],
    ["12345675", "1+4+3+8+5+(1+2)+(2+8)+5 = 39; 7th digit is 7 and 39 + 1 = 40"],
  ])("%s is valid: %s", (ubn) => {
    expect(validateUbn(ubn)).toBe(true);
  });

  it.each([
    ["04595258", "sum 41, not divisible by 5 (7th digit 5: no special case)"],
    ["04595256", "sum 39: 39 + 1 = 40 but the 7th digit is 5, not 7"],
    ["12345678", "sum 1+4+3+8+5+3+10+8 = 42; 42 and 43 not divisible by 5"],
    ["12345674", "sum 38 with 7th digit 7: neither 38 nor 39 divisible by 5"],
  ])("%s is invalid: %s", (ubn) => {
    expect(validateUbn(ubn)).toBe(false);
  });

  it.each([
    ["", "empty"],
    ["0459525", "7 digits"],
    ["045952570", "9 digits"],
    ["0459525A", "a letter"],
    [" 04595257", "a leading space"],
    ["0459-5257", "a hyphen"],
    ["０４５９５２５７", "full-width digits (callers normalise first)"],
  ])("%j is refused (%s)", (ubn) => {
    expect(validateUbn(ubn)).toBe(false);
  });

  it("refuses a number passed where a string is expected", () => {
    expect(validateUbn(4595257 as unknown as string)).toBe(false);
  });

  it("property: of the ten possible last digits, two pass, or four when the 7th digit is 7", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{7}$/), (prefix) => {
        const valid = [..."0123456789"].filter((d) => validateUbn(prefix + d)).length;
        expect(valid).toBe(prefix[6] === "7" ? 4 : 2);
      }),
    );
  });
});
