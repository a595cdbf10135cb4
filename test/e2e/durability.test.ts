/**
 * No typed data is lost without a word (issue 13), replayed in Chromium over the built site:
 * a draft across a reload, two tabs on one form, saved data the page cannot fully read,
 * storage that is full or blocked, an amount no formatter can write. Each scenario looks for
 * the message the applicant would see, in the language of the page, and a way back.
 * Needs `npx astro build` first.
 */
import { readFileSync } from "node:fs";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, useSite } from "../support/crawl";

// Each scenario opens contexts of its own (fresh storage); the shared tab is not used.
const site = useSite();

const FORM = "spp-termination-application";
const DRAFT_KEY = `tw-procurement-handbook:draft:v1:${FORM}`;
const PROFILE_KEY = "tw-procurement-handbook:profile:v1";

const L = {
  "zh-tw": {
    planName: "計畫名稱",
    reason: "申請計畫終止之具體事由說明",
    orgName: "組織（機關、公司）全名",
    address: "地址",
    received: "已領取之補助款",
    interest: "孳息（截至申請日）",
    saved: /已儲存 \S*\d{2}:\d{2}/,
    restored: /已載入 \S*\d{2}:\d{2} 儲存的草稿/,
    otherTab: "另一個分頁",
    cannotUse: "儲存的草稿中有本頁無法使用的內容",
    clear: "清除本表單",
    otherTabProfile: "基本資料在另一個分頁中有修改",
    setAside: "已另外保存、不會被覆蓋",
    downloadAside: "下載無法讀取的資料",
    discardAside: "刪除無法讀取的資料",
    full: "儲存空間已滿",
    heldDraft: "先前儲存的草稿有部分無法讀取，而瀏覽器的儲存空間已滿，無法另存一份",
    heldProfile: "先前儲存的基本資料有部分無法讀取",
    notSaved: "您新的修改只留在本頁，不會儲存",
    released: "無法讀取的草稿已下載，並恢復儲存",
    privateWindow: "私密瀏覽",
    blocked: "封鎖了本站的資料儲存",
    tooLarge: "不得超過",
    phone: "聯絡電話",
    filledIn: "已從檔案填入：聯絡電話",
    undo: "復原匯入",
    undone: "已復原",
    backup: "下載完整備份（基本資料與各表單草稿，JSON 檔）",
    draftsMerged: "合併了 2 份表單草稿",
    topsUnit: "所屬部門／機構",
  },
  en: {
    planName: "Plan name (計畫名稱)",
    reason: "Specific reasons for terminating",
    orgName: "Full name of the organisation (agency or company)",
    address: "Address",
    received: "Subsidy received",
    interest: "Interest (to the application date)",
    saved: /Saved \d{2}:\d{2}/,
    restored: /Loaded the draft saved at \d{2}:\d{2}/,
    otherTab: "another tab",
    cannotUse: "The saved draft holds something this page cannot use",
    clear: "Clear this form",
    otherTabProfile: "Your details were changed in another tab",
    setAside: "kept aside and will not be overwritten",
    downloadAside: "Download the data that could not be read",
    discardAside: "Delete the data that could not be read",
    full: "storage for the site is full",
    heldDraft: "Part of your earlier draft could not be read, and this browser has no room to keep a copy of it",
    heldProfile: "Part of your saved details could not be read",
    notSaved: "Until then your new edits stay on this page only and are not saved",
    released: "The draft that could not be read is downloaded and saving has resumed",
    privateWindow: "private window",
    blocked: "blocks the site from storing data",
    tooLarge: "cannot be more than",
    phone: "Phone",
    filledIn: "Filled in from the file: Phone.",
    undo: "Undo the import",
    undone: "Undone",
    backup: "Save a backup of your details and every form's draft (JSON)",
    draftsMerged: "drafts of 2 form(s) are merged in",
    topsUnit: "Agent's department or organisation (所屬部門/機構)",
  },
} as const;
type Lang = keyof typeof L;
const langs = Object.keys(L) as Lang[];

interface Opened {
  page: Page;
  problems: string[];
}

async function openPage(context: BrowserContext, lang: Lang): Promise<Opened> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${site.url}/${lang}/forms/${FORM}/`);
  await page.locator("form.form-fields").waitFor();
  return { page, problems };
}

const newContext = () => site.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
const field = (page: Page, text: string) => page.getByLabel(text, { exact: true });
const status = (page: Page) => page.locator("form.form-fields .form-status");
const notice = (page: Page) => page.locator(".form-notice[role=alert]");
/** The text as laid out for a reader: nothing for what is hidden. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, which is what the reader sees; not the DOM property
const shown = (locator: Locator) => locator.innerText();
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

/** Storage keys set aside by the page: unreadable copies it promised never to overwrite. */
const asideKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(":unreadable:")));

async function reload(page: Page) {
  await page.reload();
  await page.locator("form.form-fields").waitFor();
}

describe("durability of what is typed (issue 13)", () => {
  for (const lang of langs) {
    const t = L[lang];

    it(`${lang}: a draft is back after a reload, with the time it was saved`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, lang);
      await field(page, t.planName).pressSequentially("智慧製造", { delay: 20 });
      await field(page, t.reason).fill("原因一\n原因二");
      await expect.poll(() => shown(status(page))).toMatch(t.saved);
      await reload(page);
      expect(await field(page, t.planName).inputValue()).toBe("智慧製造");
      expect(await field(page, t.reason).inputValue()).toBe("原因一\n原因二");
      expect(await shown(status(page))).toMatch(t.restored);
      expect(await notice(page).isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a paste of 25,000 characters is cut at the box's maxlength, kept across a reload, and flagged too long`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, lang);
      const box = field(page, t.reason);
      const max = Number(await box.getAttribute("maxlength"));
      expect(max).toBeGreaterThan(3000);
      expect(max).toBeLessThan(20_000);
      await box.fill("字".repeat(25_000));
      expect(await box.inputValue()).toHaveLength(max);
      await expect.poll(() => status(page).textContent()).toMatch(t.saved);
      await reload(page);
      expect(await field(page, t.reason).inputValue()).toHaveLength(max);
      await page.locator("button.calc-primary[type=submit]").click();
      await expect.poll(async () => (await page.locator("#ff-reason-error").textContent()) ?? "").toMatch(/3,?000/);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a tab killed mid-typing loses no keystroke that reached the page`, async () => {
      const context = await newContext();
      const { page } = await openPage(context, lang);
      const typed = "計畫終止的原因：經費不足，";
      await field(page, t.reason).pressSequentially(typed, { delay: 30 });
      // No unload handlers, no last save: the tab is gone as if its process died.
      await page.close({ runBeforeUnload: false });
      const again = await openPage(context, lang);
      expect(await field(again.page, t.reason).inputValue()).toBe(typed);
      expect(again.problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a second tab's edits are merged in and announced, never silently overwritten`, async () => {
      const context = await newContext();
      const one = await openPage(context, lang);
      await field(one.page, t.planName).fill("第一分頁的計畫");
      const two = await openPage(context, lang);
      expect(await field(two.page, t.planName).inputValue()).toBe("第一分頁的計畫");

      // The other tab writes a field this one has not touched, then the field this one is in.
      await field(two.page, t.reason).fill("第二分頁的原因");
      await expect.poll(() => field(one.page, t.reason).inputValue()).toBe("第二分頁的原因");
      expect(await shown(status(one.page))).toContain(t.otherTab);
      await field(two.page, t.planName).fill("第二分頁改的計畫");
      await expect.poll(() => field(one.page, t.planName).inputValue()).toBe("第二分頁改的計畫");
      // The announcement names the field that changed under the applicant's eyes.
      expect(await shown(status(one.page))).toContain(t.planName);

      // Back in the first tab, its next edit keeps the other tab's work.
      await field(one.page, t.received).fill("100000");
      await expect.poll(async () => JSON.parse((await stored(one.page, DRAFT_KEY)) ?? "{}").answers?.subsidyReceived).toBe("100000");
      const answers = JSON.parse((await stored(one.page, DRAFT_KEY))!).answers;
      expect(answers).toMatchObject({ planName: "第二分頁改的計畫", reason: "第二分頁的原因" });
      await expect.poll(() => field(two.page, t.received).inputValue()).toBe("100000");
      // The profile too: the other tab's details arrive here, announced.
      await two.page.locator('[name="profile.orgName"]').fill("第二分頁的公司");
      await expect.poll(() => one.page.locator('[name="profile.orgName"]').inputValue()).toBe("第二分頁的公司");
      expect(await shown(status(one.page))).toContain(t.otherTabProfile);
      // No echo: neither tab writes back what it just took from the other.

      const settled = await stored(one.page, DRAFT_KEY);
      await one.page.waitForTimeout(300);
      expect(await stored(one.page, DRAFT_KEY)).toBe(settled);
      expect([...one.problems, ...two.problems]).toEqual([]);
      await context.close();
    });

    it(`${lang}: saved data the page cannot fully read: the good fields load, the rest is kept aside to download and delete`, async () => {
      const context = await newContext();
      await context.addInitScript(
        ([draftKey, profileKey]) => {
          if (sessionStorage.getItem("seeded")) return;
          sessionStorage.setItem("seeded", "1");
          localStorage.setItem(draftKey!, '{"savedAt":"2026-01-02T03:04:05.000Z","answers":{"planName":"好的計畫","reason":42');
          localStorage.setItem(profileKey!, JSON.stringify({ orgName: "好公司", ubn: 4595257, address: "台".repeat(201) }));
        },
        [DRAFT_KEY, PROFILE_KEY],
      );
      const { page, problems } = await openPage(context, lang);
      const rawDraft = await stored(page, DRAFT_KEY);
      const rawProfile = await stored(page, PROFILE_KEY);
      await expect.poll(() => shown(notice(page))).toContain(t.setAside);
      // The profile keeps its readable fields, the over-long address under its own error.
      expect(await page.locator('[name="profile.orgName"]').inputValue()).toBe("好公司");
      expect(await page.locator('[name="profile.address"]').inputValue()).toHaveLength(201);
      // Nothing was written back during the load.
      expect(await stored(page, PROFILE_KEY)).toBe(rawProfile);
      const asides = await asideKeys(page);
      expect(asides).toHaveLength(2);
      expect(await axeViolations(page)).toEqual([]);

      const links = notice(page).getByRole("link", { name: t.downloadAside });
      expect(await links.count()).toBe(2);
      const downloads = [];
      for (let i = 0; i < 2; i += 1) {
        const [download] = await Promise.all([page.waitForEvent("download"), links.nth(i).click()]);
        downloads.push(readFileSync(await download.path(), "utf8"));
      }
      expect(downloads.sort()).toEqual([rawDraft, rawProfile].sort());

      // Typing saves over the draft; the copy set aside stays as it was, and a reload finds it again.
      const hrefs = () => links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      const before = await hrefs();
      await field(page, t.planName).fill("新的計畫");
      // Each save draws the notice again: it keeps one object URL per copy instead of making more.
      expect(await hrefs()).toEqual(before);
      await page.locator(".form-profile > summary").click();
      await field(page, t.orgName).fill("好公司二");
      // From the reload on, the page's revoked object URLs are recorded.
      await page.addInitScript(() => {
        const revoke = URL.revokeObjectURL.bind(URL);
        const seen: string[] = [];
        Object.assign(window, { revokedUrls: seen });
        URL.revokeObjectURL = (url: string) => {
          seen.push(url);
          revoke(url);
        };
      });
      await reload(page);
      expect(await asideKeys(page)).toEqual(asides);
      for (const key of asides) expect([rawDraft, rawProfile]).toContain(await stored(page, key));
      expect(await shown(notice(page))).toContain(t.setAside);

      const kept = await hrefs();
      await notice(page).getByRole("button", { name: t.discardAside }).click();
      await expect.poll(() => asideKeys(page)).toEqual([]);
      // Discarded copies leave no download behind in memory.
      expect(await page.evaluate(() => (window as unknown as { revokedUrls: string[] }).revokedUrls)).toEqual(expect.arrayContaining(kept));
      expect(await notice(page).isVisible()).toBe(false);
      expect(await field(page, t.planName).inputValue()).toBe("新的計畫");
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a draft that breaks the page where no check foresaw still renders an empty form, kept aside, with a way to clear it`, async () => {
      const context = await newContext();
      await context.addInitScript((key) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify({ savedAt: "2026-01-02T03:04:05.000Z", answers: { planName: "會壞的計畫", approvedSubsidy: "424242" } }));
        // A formatter that throws on one amount: what 1萬億 did before it was bounded.
        const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, "format")!.get!;
        Object.defineProperty(Intl.NumberFormat.prototype, "format", {
          get() {
            const f = format.call(this) as (n: number) => string;
            return (n: number) => {
              if (n === 424242) throw new RangeError("unwritable amount");
              return f(n);
            };
          },
        });
      }, DRAFT_KEY);
      const { page, problems } = await openPage(context, lang);
      const raw = await stored(page, DRAFT_KEY);
      await expect.poll(() => shown(notice(page))).toContain(t.cannotUse);
      expect(await field(page, t.planName).inputValue()).toBe("");
      expect(await asideKeys(page)).toHaveLength(1);
      expect(await stored(page, (await asideKeys(page))[0]!)).toBe(raw);
      await notice(page).getByRole("button", { name: t.clear }).click();
      await page.locator("dialog.form-dialog [data-action=confirm-clear]").click();
      expect(await stored(page, DRAFT_KEY)).toBeNull();
      // Clearing the form lets the draft go; the copy set aside stays until it is deleted.
      expect(await asideKeys(page)).toHaveLength(1);
      await field(page, t.planName).fill("重新開始");
      await reload(page);
      expect(await field(page, t.planName).inputValue()).toBe("重新開始");
      expect(await shown(notice(page))).toContain(t.setAside);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: garbage in the draft still renders the page and says so`, async () => {
      const context = await newContext();
      await context.addInitScript((key) => localStorage.setItem(key, "\u0000not json at all"), DRAFT_KEY);
      const { page, problems } = await openPage(context, lang);
      await expect.poll(() => shown(notice(page))).toContain(t.setAside);
      expect(await field(page, t.planName).inputValue()).toBe("");
      expect(await notice(page).getByRole("link", { name: t.downloadAside }).count()).toBe(1);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  /** Every write refused as a full store would refuse it; installed in this page and on the next load. */
  const fillStorage = () => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  };

  /**
   * Once per tab: a draft (and a profile) with a value too long for the page to read, so that what
   * the tests type is smaller and would fit in its place; then the store filled to its last character.
   */
  const plantInFullStore = ({ draftKey, profileKey }: { draftKey: string; profileKey?: string }) => {
    if (sessionStorage.getItem("planted")) return;
    sessionStorage.setItem("planted", "1");
    const unreadable = "舊".repeat(20_001);
    localStorage.setItem(draftKey, JSON.stringify({ savedAt: "2026-01-02T03:04:05.000Z", answers: { planName: "好的計畫", reason: unreadable } }));
    if (profileKey) localStorage.setItem(profileKey, JSON.stringify({ orgName: "好公司", address: unreadable }));
    for (let size = 1 << 20, i = 0; size >= 1; ) {
      try {
        localStorage.setItem(`filler:${i}`, "x".repeat(size));
        i += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  };

  for (const lang of langs) {
    const t = L[lang];

    it(`${lang}: a full store says it is full, warns before leaving, and a reload does not claim the lost edits are back`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, lang);
      await field(page, t.planName).fill("已儲存的計畫");
      await expect.poll(() => shown(status(page))).toMatch(t.saved);

      await page.evaluate(fillStorage);
      await context.addInitScript(fillStorage);
      await field(page, t.reason).fill("沒能儲存的原因");
      await expect.poll(() => shown(notice(page))).toContain(t.full);
      expect(await shown(notice(page))).not.toContain(t.privateWindow);
      expect(await axeViolations(page)).toEqual([]);
      expect(await shown(status(page))).not.toMatch(t.saved);

      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.type());
        void d.accept();
      });
      await reload(page);
      expect(dialogs).toEqual(["beforeunload"]);
      expect(await field(page, t.planName).inputValue()).toBe("已儲存的計畫");
      expect(await field(page, t.reason).inputValue()).toBe("");
      // The draft is the one saved before storage filled up, and the page says edits after it are missing.
      expect(await shown(notice(page))).toContain(t.full);
      expect(await shown(status(page))).toMatch(t.restored);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a store too full to copy an unreadable draft aside writes nothing over it until it is downloaded`, async () => {
      const context = await newContext();
      await context.addInitScript(plantInFullStore, { draftKey: DRAFT_KEY });
      const { page, problems } = await openPage(context, lang);
      const raw = await stored(page, DRAFT_KEY);
      expect(raw!.length).toBeGreaterThan(20_000);
      await expect.poll(() => shown(notice(page))).toContain(t.heldDraft);
      expect(await shown(notice(page))).toContain(t.notSaved);
      // Nothing was set aside, so the page does not claim it was.
      expect(await shown(notice(page))).not.toContain(t.setAside);
      expect(await asideKeys(page)).toEqual([]);
      expect(await field(page, t.planName).inputValue()).toBe("好的計畫");

      // A smaller draft would fit where the old one is: it is not written.
      await field(page, t.planName).fill("新的計畫");
      await page.waitForTimeout(200);
      expect(await stored(page, DRAFT_KEY)).toBe(raw);
      expect(await shown(status(page))).not.toMatch(t.saved);
      expect(await axeViolations(page)).toEqual([]);

      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.type());
        void d.accept();
      });
      await reload(page);
      expect(dialogs).toEqual(["beforeunload"]);
      expect(await stored(page, DRAFT_KEY)).toBe(raw);
      await expect.poll(() => shown(notice(page))).toContain(t.heldDraft);
      expect(await field(page, t.planName).inputValue()).toBe("好的計畫");

      await field(page, t.planName).fill("新的計畫");
      expect(await stored(page, DRAFT_KEY)).toBe(raw);
      const link = notice(page).getByRole("link", { name: t.downloadAside });
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(readFileSync(await download.path(), "utf8")).toBe(raw);
      // Downloaded: the edit held meanwhile is saved, and the notice says saving has resumed.
      await expect.poll(() => shown(status(page))).toMatch(t.saved);
      expect(JSON.parse((await stored(page, DRAFT_KEY))!).answers).toMatchObject({ planName: "新的計畫" });
      expect(await shown(notice(page))).toContain(t.released);
      expect(await shown(notice(page))).not.toContain(t.heldDraft);
      // The notice drawn again keeps the focus on the link just used.
      expect(await page.evaluate(() => document.activeElement?.closest(".form-notice a") !== null)).toBe(true);
      await field(page, t.reason).fill("之後的修改");
      await expect.poll(async () => JSON.parse((await stored(page, DRAFT_KEY))!).answers.reason).toBe("之後的修改");
      dialogs.length = 0;
      await reload(page);
      expect(dialogs).toEqual([]);
      expect(await field(page, t.reason).inputValue()).toBe("之後的修改");
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: deleting what a full store could not copy aside lets the held edits of the draft and the profile be saved`, async () => {
      const context = await newContext();
      await context.addInitScript(plantInFullStore, { draftKey: DRAFT_KEY, profileKey: PROFILE_KEY });
      const { page, problems } = await openPage(context, lang);
      const rawProfile = await stored(page, PROFILE_KEY);
      await expect.poll(() => shown(notice(page))).toContain(t.heldProfile);
      expect(await shown(notice(page))).toContain(t.heldDraft);
      await field(page, t.planName).fill("新的計畫");
      await page.locator(".form-profile > summary").click();
      await field(page, t.orgName).fill("新公司");
      expect(await stored(page, PROFILE_KEY)).toBe(rawProfile);
      expect(await axeViolations(page)).toEqual([]);
      await notice(page).getByRole("button", { name: t.discardAside }).click();
      await expect.poll(async () => JSON.parse((await stored(page, PROFILE_KEY)) ?? "{}").orgName).toBe("新公司");
      expect(JSON.parse((await stored(page, DRAFT_KEY))!).answers).toMatchObject({ planName: "新的計畫" });
      expect(await notice(page).isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: a store that refuses every byte from the start is a private window, blocked storage its own message`, async () => {
      const context = await newContext();
      await context.addInitScript(fillStorage);
      const { page, problems } = await openPage(context, lang);
      await expect.poll(() => shown(notice(page))).toContain(t.privateWindow);
      await context.close();

      const blocked = await newContext();
      await blocked.addInitScript(() => {
        Object.defineProperty(window, "localStorage", {
          get() {
            throw new DOMException("The operation is insecure.", "SecurityError");
          },
        });
      });
      const b = await openPage(blocked, lang);
      await expect.poll(() => shown(notice(b.page))).toContain(t.blocked);
      await field(b.page, t.planName).fill("仍可填寫");
      expect(await shown(notice(b.page))).toContain(t.blocked);
      expect([...problems, ...b.problems]).toEqual([]);
      await blocked.close();
    });

    it(`${lang}: 1萬億 received plus interest is a field error, not a broken page`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, lang);
      await page.locator('input[name="forceMajeure"][value="no"]').check();
      await field(page, t.received).fill("1萬億");
      await field(page, t.interest).fill("1");
      await field(page, t.interest).blur();
      const error = page.locator("#ff-interest-error");
      await expect.poll(() => shown(error)).toContain(t.tooLarge);
      await reload(page);
      expect(await field(page, t.received).inputValue()).toBe("1萬億");
      await page.locator("button.calc-primary[type=submit]").click();
      await expect.poll(() => shown(page.locator(".calc-error-summary[role=alert]"))).toContain(t.tooLarge);
      expect(await notice(page).isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const lang of langs) {
    const t = L[lang];

    it(`${lang}: a profile file with one field fills that field only, and the import can be undone`, async () => {
      const context = await newContext();
      const { page, problems } = await openPage(context, lang);
      await page.locator('[name="profile.orgName"]').fill("原本的公司");
      await page.locator('[name="profile.address"]').fill("臺南市安平區永華路二段6號");
      const before = await stored(page, PROFILE_KEY);
      await page.locator("#profile-import").setInputFiles({
        name: "profile.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify({ format: "tw-procurement-handbook/profile", version: 1, profile: { phone: "(06) 299-1111", orgName: "" } })),
      });
      const report = page.locator(".form-profile__status");
      await expect.poll(() => shown(report)).toContain(t.filledIn);
      expect(await page.locator('[name="profile.phone"]').inputValue()).toBe("(06) 299-1111");
      expect(await page.locator('[name="profile.orgName"]').inputValue()).toBe("原本的公司");
      expect(await page.locator('[name="profile.address"]').inputValue()).toBe("臺南市安平區永華路二段6號");
      expect(JSON.parse((await stored(page, PROFILE_KEY))!)).toMatchObject({ orgName: "原本的公司", phone: "(06) 299-1111" });
      expect(await axeViolations(page)).toEqual([]);

      await report.getByRole("button", { name: t.undo }).click();
      await expect.poll(() => shown(report)).toContain(t.undone);
      expect(await page.locator('[name="profile.phone"]').inputValue()).toBe("");
      expect(await stored(page, PROFILE_KEY)).toBe(before);
      expect(problems).toEqual([]);
      await context.close();
    });

    it(`${lang}: one backup file carries the profile and every form's draft into another browser, and back out on undo`, async () => {
      const source = await newContext();
      const tops = await source.newPage();
      await tops.goto(`${site.url}/${lang}/forms/tops-supplier-authorization/`);
      await tops.locator("form.form-fields").waitFor();
      await field(tops, t.topsUnit).fill("業務部");
      const { page } = await openPage(source, lang);
      await page.locator('[name="profile.orgName"]').fill("備份公司");
      await field(page, t.planName).fill("備份的計畫");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.backup }).click()]);
      const backup = readFileSync(await download.path(), "utf8");
      expect(JSON.parse(backup)).toMatchObject({
        format: "tw-procurement-handbook/backup",
        profile: { orgName: "備份公司" },
        drafts: { [FORM]: { planName: "備份的計畫" }, "tops-supplier-authorization": { agentUnit: "業務部" } },
      });
      await source.close();

      const target = await newContext();
      const other = await openPage(target, lang);
      await field(other.page, t.reason).fill("這裡原有的原因");
      await other.page.locator("#profile-import").setInputFiles({ name: download.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(backup) });
      const report = other.page.locator(".form-profile__status");
      await expect.poll(() => shown(report)).toContain(t.draftsMerged);
      expect(await field(other.page, t.planName).inputValue()).toBe("備份的計畫");
      expect(await field(other.page, t.reason).inputValue()).toBe("這裡原有的原因");
      expect(await other.page.locator('[name="profile.orgName"]').inputValue()).toBe("備份公司");
      const topsKey = "tw-procurement-handbook:draft:v1:tops-supplier-authorization";
      expect(JSON.parse((await stored(other.page, topsKey))!).answers).toEqual({ agentUnit: "業務部" });

      await report.getByRole("button", { name: t.undo }).click();
      await expect.poll(() => field(other.page, t.planName).inputValue()).toBe("");
      expect(await field(other.page, t.reason).inputValue()).toBe("這裡原有的原因");
      expect(await stored(other.page, topsKey)).toBeNull();
      expect(JSON.parse((await stored(other.page, DRAFT_KEY))!).answers).toEqual({ reason: "這裡原有的原因" });
      expect(other.problems).toEqual([]);
      await target.close();
    });
  }
});
