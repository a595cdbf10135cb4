/**
 * Format checks of single values, shared by the profile, its import file and every form.
 * Each returns bilingual words to show, or null when the value is acceptable. An empty
 * value is always acceptable: any field may be left blank for handwriting.
 */
import { validateUbn } from "../rules/helpers/ubn.js";
import type { Text } from "../rules/core/types.js";

/** The shape checks a text field may name in its spec (types.ts re-exports it). */
export type TextCheck = "ubn" | "email" | "phone" | "national-id";

/** Full-width digits and letters to half-width, spaces out: how a UBN or an ID is compared. */
export function compact(value: string): string {
  return value.normalize("NFKC").replace(/\s+/g, "");
}

const MESSAGES = {
  ubnDigits: { "zh-TW": "統一編號應為 8 位數字", en: "A UBN has 8 digits" },
  ubnCheck: {
    "zh-TW": "統一編號檢查碼不符，請核對營業登記資料",
    en: "This UBN fails the check-digit test; compare it with the registration certificate",
  },
  email: { "zh-TW": "電子郵件格式不正確，例如 name@example.gov.tw", en: "Enter an e-mail address like name@example.gov.tw" },
  phone: {
    "zh-TW": "電話號碼只能有數字、空格與 + - ( ) # 及「分機」「轉」等字，且至少 7 位數字",
    en: "A phone number has at least 7 digits and only digits, spaces, + - ( ) # and words such as ext",
  },
  nationalId: {
    "zh-TW": "身分證字號應為 1 個英文字母加 9 位數字，例如 A123456789",
    en: "An ID number is 1 letter and 9 digits, as in A123456789",
  },
} as const satisfies Record<string, Text>;

export function checkUbn(value: string): Text | null {
  const ubn = compact(value);
  if (ubn === "") return null;
  if (!/^\d{8}$/.test(ubn)) return MESSAGES.ubnDigits;
  return validateUbn(ubn) ? null : MESSAGES.ubnCheck;
}

export function checkEmail(value: string): Text | null {
  const email = value.trim();
  return email === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : MESSAGES.email;
}

export function checkPhone(value: string): Text | null {
  const phone = value.normalize("NFKC").trim();
  if (phone === "") return null;
  const allowed = /^[\d\s+\-()#,.、]*(?:(?:分機|轉|ext\.?|x)[\d\s]*)?$/i;
  const digits = phone.replace(/\D/g, "").length;
  return allowed.test(phone) && digits >= 7 ? null : MESSAGES.phone;
}

/** Shape only: the ROC ID's own check digit is not one of the programs' rules. */
export function checkNationalId(value: string): Text | null {
  const id = compact(value).toUpperCase();
  return id === "" || /^[A-Z]\d{9}$/.test(id) ? null : MESSAGES.nationalId;
}

export function checkText(check: TextCheck | undefined, value: string): Text | null {
  switch (check) {
    case "ubn":
      return checkUbn(value);
    case "email":
      return checkEmail(value);
    case "phone":
      return checkPhone(value);
    case "national-id":
      return checkNationalId(value);
    default:
      return null;
  }
}

const NO_WORDS: Text = {
  "zh-TW": "請輸入文字或數字，不可只有標點符號",
  en: "Enter words or numbers, not only punctuation marks",
};

/** A name, a title or a phone number is written with letters or digits: "?" or "--" is a slip of the keyboard. */
export function checkHasWords(value: string): Text | null {
  return value === "" || /[\p{L}\p{N}]/u.test(value) ? null : NO_WORDS;
}

export function tooLong(max: number): Text {
  return { "zh-TW": `最多 ${max} 個字`, en: `Use at most ${max} characters` };
}
