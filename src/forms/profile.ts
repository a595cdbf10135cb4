/**
 * The applicant's profile: entered once, kept in this browser, pre-filled into every
 * form. It can be saved to a JSON file and loaded again (another browser, a colleague),
 * alone or in a backup file with every form's draft; a file is read through a zod schema,
 * and a bad file changes nothing.
 *
 * zod/mini keeps the page light; its issues are turned into this site's own words.
 */
import * as z from "zod/mini";
import type { Text } from "../rules/core/types.js";
import { checkEmail, checkPhone, checkUbn, tooLong } from "./checks.js";
import { type Answers, type FormId, formIds } from "./ids.js";
import { STORED_VALUE_MAX } from "./store.js";

export const profileKeys = ["orgName", "ubn", "representative", "address", "contactName", "contactTitle", "phone", "email"] as const;
export type ProfileKey = (typeof profileKeys)[number];
export type Profile = Readonly<Record<ProfileKey, string>>;

export const emptyProfile: Profile = Object.fromEntries(profileKeys.map((k) => [k, ""])) as Record<ProfileKey, string>;

export interface ProfileField {
  key: ProfileKey;
  label: Text;
  hint?: Text;
  max: number;
  check?: (value: string) => Text | null;
  autocomplete: string;
  inputMode?: "numeric" | "email" | "tel";
}

export const profileFields: readonly ProfileField[] = [
  {
    key: "orgName",
    label: { "zh-TW": "組織（機關、公司）全名", en: "Full name of the organisation (agency or company)" },
    hint: { "zh-TW": "與登記資料相同的全名", en: "As on its registration documents, in Chinese" },
    max: 60,
    autocomplete: "organization",
  },
  {
    key: "ubn",
    label: { "zh-TW": "統一編號", en: "Unified Business Number (統一編號)" },
    hint: { "zh-TW": "8 位數字，會以檢查碼核對", en: "8 digits; checked with the check-digit rule" },
    max: 20,
    check: checkUbn,
    autocomplete: "off",
    inputMode: "numeric",
  },
  {
    key: "representative",
    label: { "zh-TW": "負責人／代表人姓名", en: "Name of the responsible person or representative" },
    max: 50,
    autocomplete: "off",
  },
  {
    key: "address",
    label: { "zh-TW": "地址", en: "Address" },
    max: 200,
    autocomplete: "street-address",
  },
  {
    key: "contactName",
    label: { "zh-TW": "聯絡人姓名", en: "Contact person" },
    max: 50,
    autocomplete: "name",
  },
  {
    key: "contactTitle",
    label: { "zh-TW": "聯絡人職稱", en: "Contact person's job title" },
    max: 50,
    autocomplete: "organization-title",
  },
  {
    key: "phone",
    label: { "zh-TW": "聯絡電話", en: "Phone" },
    hint: { "zh-TW": "例如 (02) 2720-8889 分機 6627", en: "For example (02) 2720-8889 ext 6627" },
    max: 40,
    check: checkPhone,
    autocomplete: "tel",
    inputMode: "tel",
  },
  {
    key: "email",
    label: { "zh-TW": "電子郵件", en: "E-mail" },
    max: 120,
    check: checkEmail,
    autocomplete: "email",
    inputMode: "email",
  },
];

/** Problems with a profile's values, by key. */
export function profileIssues(profile: Profile): { key: ProfileKey; message: Text }[] {
  const issues: { key: ProfileKey; message: Text }[] = [];
  for (const field of profileFields) {
    const value = profile[field.key];
    if (value.length > field.max) issues.push({ key: field.key, message: tooLong(field.max) });
    const problem = field.check?.(value);
    if (problem) issues.push({ key: field.key, message: problem });
  }
  return issues;
}

// ---------------------------------------------------------------------------
// The JSON file

export { STORED_VALUE_MAX };

/** Names the file as this site's profile, so an unrelated JSON file is recognised as such. */
export const PROFILE_FORMAT = "tw-procurement-handbook/profile";
/** The profile and every form's draft in one file: a browser's worth of this site's data. */
export const BACKUP_FORMAT = "tw-procurement-handbook/backup";
const PROFILE_VERSION = 1;
/** A backup holds at most what one site's browser storage can (about 5 MB); anything larger is not one. */
export const DATA_FILE_MAX_BYTES = 5 * 1024 * 1024;

const profileSchema = z.object(
  Object.fromEntries(profileFields.map((f) => [f.key, z.optional(z.string().check(z.maxLength(f.max)))])) as Record<
    ProfileKey,
    z.ZodMiniOptional<z.ZodMiniString<string>>
  >,
);

const fileSchema = z.object({
  format: z.union([z.literal(PROFILE_FORMAT), z.literal(BACKUP_FORMAT)]),
  version: z.literal(PROFILE_VERSION),
  profile: profileSchema,
  // Keyed by any string: a form this version of the site does not know is skipped, not refused.
  drafts: z.optional(z.record(z.string(), z.record(z.string(), z.string().check(z.maxLength(STORED_VALUE_MAX))))),
});

export function profileFile(profile: Profile, savedAt: string): string {
  return `${JSON.stringify({ format: PROFILE_FORMAT, version: PROFILE_VERSION, savedAt, profile }, null, 2)}\n`;
}

export type Drafts = Partial<Record<FormId, Answers>>;

export function backupFile(profile: Profile, drafts: Drafts, savedAt: string): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: PROFILE_VERSION, savedAt, profile, drafts }, null, 2)}\n`;
}

const FILE_ERRORS = {
  tooLarge: { "zh-TW": "檔案太大，不是本站匯出的基本資料或備份檔。", en: "The file is too large to be a profile or backup saved by this site." },
  notJson: {
    "zh-TW": "無法讀取：這個檔案不是 JSON 格式。請選擇本站「匯出基本資料」存下的 .json 檔。",
    en: "The file cannot be read: it is not JSON. Choose the .json file saved with “Save profile to a file” on this site.",
  },
  notProfile: {
    "zh-TW": "這不是本站匯出的基本資料檔（缺少或不符的 format 欄位）。",
    en: "This is not a profile file from this site (its “format” field is missing or different).",
  },
  version: {
    "zh-TW": "這個基本資料檔的版本不受支援。",
    en: "This profile file's version is not supported.",
  },
  shape: {
    "zh-TW": "檔案中的 profile 欄位格式不正確。",
    en: "The file's “profile” part has the wrong shape.",
  },
  drafts: {
    "zh-TW": "檔案中的表單草稿（drafts）格式不正確或內容過長。",
    en: "The file's form drafts (“drafts”) have the wrong shape or a value that is too long.",
  },
} as const satisfies Record<string, Text>;

/**
 * What a file holds, to be merged into what the browser has: only the profile fields it fills
 * (a blank or missing one leaves the stored value alone) and the drafts of the forms it knows.
 */
export type ProfileFileResult = { ok: true; profile: Partial<Profile>; drafts: Drafts } | { ok: false; errors: Text[] };

const labelOf = (key: string): Text => profileFields.find((f) => f.key === key)?.label ?? { "zh-TW": key, en: key };

const withLabel = (key: string, message: Text): Text => {
  const label = labelOf(key);
  return { "zh-TW": `${label["zh-TW"]}：${message["zh-TW"]}`, en: `${label.en}: ${message.en}` };
};

/** Reads a profile or backup file; never throws. Values are checked as if typed in. */
export function parseProfileFile(content: string): ProfileFileResult {
  if (content.length > DATA_FILE_MAX_BYTES) return { ok: false, errors: [FILE_ERRORS.tooLarge] };
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { ok: false, errors: [FILE_ERRORS.notJson] };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue): Text => {
      const [head, key] = issue.path;
      if (head === "format" || (head === undefined && issue.code === "invalid_type")) return FILE_ERRORS.notProfile;
      if (head === "version") return FILE_ERRORS.version;
      if (head === "drafts") return FILE_ERRORS.drafts;
      if (head === "profile" && typeof key === "string") {
        if (issue.code === "too_big") return withLabel(key, tooLongOf(key));
        return withLabel(key, { "zh-TW": "應為文字", en: "must be text" });
      }
      return FILE_ERRORS.shape;
    });
    return { ok: false, errors: dedupe(errors) };
  }
  const profile = filled(parsed.data.profile);
  const issues = profileIssues({ ...emptyProfile, ...profile });
  if (issues.length) return { ok: false, errors: issues.map((i) => withLabel(i.key, i.message)) };
  const drafts: Record<string, Answers> = {};
  for (const id of formIds) {
    const answers = parsed.data.drafts?.[id];
    if (answers) drafts[id] = answers;
  }
  return { ok: true, profile, drafts };
}

function tooLongOf(key: string): Text {
  return tooLong(profileFields.find((f) => f.key === key)?.max ?? 0);
}

function filled(record: Record<string, string | undefined>): Partial<Profile> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, string] => Boolean(e[1])));
}

function dedupe(errors: Text[]): Text[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.en) ? false : (seen.add(e.en), true)));
}

export interface StoredProfile {
  profile: Profile;
  /** Something stored could not be used (not JSON, not text, too long): the caller keeps the raw entry aside. */
  unreadable: boolean;
}

/**
 * A stored profile, read field by field: one bad field costs that field only. A value over its
 * field's limit is kept, to be shortened under its field error, rather than thrown away.
 */
export function profileFromStorage(raw: string | null): StoredProfile {
  if (!raw) return { profile: emptyProfile, unreadable: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { profile: emptyProfile, unreadable: true };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { profile: emptyProfile, unreadable: true };
  const profile: Record<ProfileKey, string> = { ...emptyProfile };
  let unreadable = false;
  for (const key of profileKeys) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value === "string" && value.length <= STORED_VALUE_MAX) profile[key] = value;
    else unreadable = true;
  }
  return { profile, unreadable };
}
