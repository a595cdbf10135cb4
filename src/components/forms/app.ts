/**
 * A form generator page: the profile, the form's questions, a live A4 preview beside
 * them, and a "check your answers" step with print and .docx download. Everything the
 * form shows comes from its definition (src/forms/<id>.ts): the questions, the
 * calculators' results and the document model that the preview draws.
 */
import { parseAmount } from "../../rules/helpers/parse-amount.js";
import { toRocDate } from "../../rules/helpers/roc-date.js";
import { formatAmountUpper } from "../../rules/helpers/amount-upper.js";
import { ntd as ntdText } from "../../rules/core/format.js";
import type { Lang, Text } from "../../rules/core/types.js";
import { backupFile, emptyProfile, parseProfileFile, profileFields, profileFile, profileIssues, type Profile, type ProfileKey } from "../../forms/profile.js";
import { type Aside, clearDraft, discardAsides, draftAside, draftKey, loadAsides, loadDraft, loadDrafts, loadProfile, parseDraft, probeStorage, PROFILE_KEY, release, restore, type SaveResult, saveDraft, saveProfile, snapshot, type StoreProblem } from "../../forms/storage.js";
import { FROM, type Incoming, type PrefillSource, readIncoming } from "../../forms/prefill.js";
import { say, strings } from "../../forms/strings.js";
import type { Answers, Computation, FieldSpec, FormDefinition, FormId } from "../../forms/types.js";
import { cleanText, effectiveAnswers, eachField, evaluateForm, joinKey, rowCount, rowsKey, type Evaluated } from "../../forms/values.js";
import { download, fillEl, h, unbroken, type Child } from "./dom.js";
import { drawSheets } from "./sheet.js";

export interface FormPageOptions {
  def: FormDefinition<unknown>;
  lang: Lang;
  /** Words shown when a box continues on the addendum (the R&D form's two-page limit). */
  addendumNote?: Text;
  /** The calculator whose answers may arrive in the address (registry.ts filledFrom), with its title. */
  prefill?: PrefillSource & { title: string };
}

interface Control {
  field: FieldSpec;
  name: string;
  label: Text;
  wrapper: HTMLElement;
  /** What "Change" links and the error summary move focus to. */
  focus: HTMLElement;
  error: HTMLElement;
  /** The amount or date as it will print, the profile link, the character count. */
  note: HTMLElement;
  input?: HTMLInputElement | HTMLTextAreaElement;
}

type Derived = Evaluated<unknown>;

const SHEET_WIDTH_PX = (210 / 25.4) * 96;

const controlId = (name: string): string => `ff-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/**
 * `maxlength` counts UTF-16 units and the limits count characters, so a name in a CJK
 * extension plane (two units a character) would be cut short at the limit itself: the box
 * stops a paste at twice the limit and the field error reports the rest. Fields without a
 * limit of their own get one that no real amount, number or line of text reaches.
 */
function maxLength(field: FieldSpec): number {
  switch (field.kind) {
    case "text":
    case "textarea":
      return 2 * (field.max ?? 200);
    case "amount":
      return 40;
    case "integer":
      return 12;
    default:
      return 200;
  }
}

function colon(lang: Lang): string {
  return lang === "en" ? ": " : "：";
}

export class FormPage {
  private profile: Profile = emptyProfile;
  private answers: Record<string, string> = {};
  private submitted = false;
  private readonly touched = new Set<string>();
  private controls = new Map<string, Control>();
  private structure = "";
  private derived!: Derived;
  private previewQueued = false;
  /** Why the last write failed, while it keeps failing. */
  private problem: StoreProblem | null = null;
  /** Control names edited since the last save that worked: kept over another tab's values. */
  private readonly unsaved = new Set<string>();
  /** Whether the last save of the draft, and of the profile, was refused: leaving would lose it. */
  private draftUnsaved = false;
  private profileUnsaved = false;
  private savedAt: string | null = null;
  /** What was set aside on loading, and why the page could not use it, for the notice. */
  private asides: Aside[] = [];
  /** One object URL per aside, made once: the notice is drawn again on every save. */
  private readonly asideUrls = new Map<string, string>();
  /** Asides that could not be stored and have been downloaded since: their originals are no longer held. */
  private readonly released = new Set<string>();
  private broken = false;
  /** Updates waiting for the pointer to be released (see afterPointer). */
  private pointerDown = false;
  private readonly waiting: (() => void)[] = [];

  private readonly ui = h("div", { class: "form-ui" });
  private readonly editor = h("div", { class: "form-editor" });
  private readonly review = h("div", { class: "form-review", hidden: true });
  private readonly summary = h("div", { class: "calc-error-summary", role: "alert", tabindex: "-1", hidden: true });
  private readonly form = h("form", { class: "calc form-fields", novalidate: true });
  private readonly computed = h("section", { class: "form-computed", "aria-labelledby": "form-computed-title" });
  private readonly status = h("p", { class: "form-status", role: "status" });
  /** Storage problems and saved data the page could not use: announced at once, with a way out. */
  private readonly notice = h("div", { class: "form-notice", role: "alert", hidden: true });
  /** What a calculator's answers filled in, and the way back to the draft they replaced. */
  private readonly prefillNote = h("div", { class: "form-prefill", role: "status", tabindex: "-1", hidden: true });
  private readonly addendumNote = h("p", { class: "form-addendum-note", hidden: true });
  private readonly sheets = h("div", { class: "sheets" });
  private readonly profileStatus = h("div", { class: "form-profile__status" });
  private readonly profileInputs = new Map<ProfileKey, { input: HTMLInputElement; error: HTMLElement; wrapper: HTMLElement }>();
  private readonly dialog = h("dialog", { class: "form-dialog", "aria-labelledby": "form-clear-title" });
  private profileSection!: HTMLElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly options: FormPageOptions,
  ) {}

  private get def() {
    return this.options.def;
  }

  private get lang() {
    return this.options.lang;
  }

  private t(text: Text, vars?: Record<string, string | number>): string {
    return say(text, this.lang, vars);
  }

  start(): void {
    const profile = loadProfile();
    const draft = loadDraft(this.def.id);
    this.profile = profile.profile;
    this.answers = { ...draft.answers };
    this.savedAt = draft.savedAt;
    // What earlier visits set aside stays listed until the applicant deletes it; a copy that could not be stored is offered all the same.
    const stored = loadAsides(this.def.id);
    this.asides = [...stored, ...[profile.aside, draft.aside].filter((a): a is Aside => a !== null && !stored.some((s) => s.raw === a.raw))];
    const restored = Object.keys(this.answers).length > 0;
    const before = this.answers;
    const incoming = this.options.prefill ? readIncoming(this.def, this.options.prefill, window.location.search, before) : null;
    if (incoming?.ok) this.answers = { ...before, ...incoming.answers };
    // Used once: a reload or a bookmark of the page must not fill it again.
    if (new URLSearchParams(window.location.search).has(FROM)) window.history.replaceState(window.history.state, "", `${window.location.pathname}${window.location.hash}`);
    // A probe of its own: writing the loaded profile back would overwrite what could not be read.
    this.problem = probeStorage();

    const preview = h(
      "aside",
      // Scrolls on its own beside the questions: focusable so it scrolls by keyboard too.
      { class: "form-preview", "aria-labelledby": "form-preview-title", tabindex: "0" },
      h("h2", { id: "form-preview-title", class: "form-preview__title" }, this.t(strings.preview)),
      this.addendumNote,
      h("div", { class: "sheets-viewport" }, this.sheets),
    );
    this.buildDialog();
    this.profileSection = this.profilePanel();
    fillEl(this.ui, this.profileSection, this.editor, this.review);
    fillEl(this.editor, this.notice, this.prefillNote, this.summary, this.form);
    fillEl(this.root, h("div", { class: "form-layout" }, this.ui, preview), this.dialog);
    this.root.removeAttribute("aria-busy");

    try {
      this.renderForm();
      this.refresh();
    } catch {
      // A saved draft that breaks the page somewhere no check foresaw: the page starts empty
      // instead of failing to load, and the draft is kept aside whole before any save can touch it.
      const aside = draftAside(this.def.id);
      if (aside && !this.asides.some((a) => a.raw === aside.raw)) this.asides.push(aside);
      this.answers = {};
      this.broken = true;
      this.renderForm();
      this.refresh();
    }
    this.updateNotice();
    if (incoming) this.showIncoming(incoming, before);
    if (restored && !this.broken) this.setStatus(this.savedAt ? this.t(strings.draftRestoredAt, { time: this.clock(this.savedAt) }) : this.t(strings.draftRestored));

    document.addEventListener("pointerdown", () => (this.pointerDown = true), true);
    document.addEventListener(
      "pointerup",
      () => {
        this.pointerDown = false;
        // After this event's click has been dispatched.
        for (const run of this.waiting.splice(0)) setTimeout(run);
      },
      true,
    );
    window.addEventListener("storage", (e) => {
      if (e.key === PROFILE_KEY) {
        const loaded = loadProfile();
        this.profile = loaded.profile;
        const { aside } = loaded;
        if (aside && !this.asides.some((a) => a.raw === aside.raw)) {
          this.asides.push(aside);
          this.updateNotice();
        }
        this.syncProfileInputs();
        this.refresh();
        this.setStatus(this.t(strings.otherTabProfile));
      } else if (e.key === draftKey(this.def.id)) {
        this.mergeOtherTab(e.newValue);
      }
    });
    // Only edits that could not be stored are at risk: a saved draft is back on the next visit.
    window.addEventListener("beforeunload", (e) => {
      if (!this.draftUnsaved && !this.profileUnsaved) return;
      e.preventDefault();
      e.returnValue = "";
    });
    new ResizeObserver(() => this.fitPreview()).observe(this.sheets.parentElement!);
  }

  /** Says what the calculator's answers filled in and which saved values they replaced, with a way back. */
  private showIncoming(incoming: Incoming, before: Answers): void {
    const { title } = this.options.prefill!;
    const sep = this.lang === "en" ? "; " : "；";
    const named = (name: string, value: string) => {
      const c = this.controls.get(name);
      const option = c?.field.kind === "choice" ? c.field.options.find((o) => o.value === value) : undefined;
      return `${c ? this.t(c.label) : name}${colon(this.lang)}${option ? this.t(option.label) : value}`;
    };
    this.prefillNote.hidden = false;
    if (!incoming.ok) {
      fillEl(this.prefillNote, h("p", null, this.t(strings.prefillRefused, { calculator: title, reasons: incoming.issues.map((i) => `${this.controls.has(i.key) ? named(i.key, "") : ""}${this.t(i.message)}`).join(sep) })));
      return;
    }
    this.persist();
    const replaced = Object.entries(incoming.replaced);
    fillEl(
      this.prefillNote,
      h("p", null, this.t(strings.prefilled, { calculator: title, fields: Object.entries(incoming.answers).map(([n, v]) => named(n, v)).join(sep) })),
      replaced.length ? h("p", null, this.t(strings.prefillReplaced, { fields: replaced.map(([n, v]) => named(n, v)).join(sep) })) : null,
      replaced.length
        ? h(
            "p",
            null,
            h(
              "button",
              {
                type: "button",
                "data-action": "undo-prefill",
                onClick: () => {
                  // Only what was filled goes back: edits made since then stay.
                  for (const name of Object.keys(incoming.answers)) {
                    const was = before[name];
                    if (was === undefined) delete this.answers[name];
                    else this.answers[name] = was;
                  }
                  this.persist();
                  this.refresh();
                  fillEl(this.prefillNote, h("p", null, this.t(strings.prefillUndone)));
                  this.prefillNote.focus();
                },
              },
              this.t(strings.prefillUndo),
            ),
          )
        : null,
    );
  }

  // -------------------------------------------------------------------------
  // State

  private setAnswer(name: string, value: string, field?: FieldSpec): void {
    if (field?.profile && value === this.profile[field.profile]) delete this.answers[name];
    else if (value === "" && !field?.profile) delete this.answers[name];
    else this.answers[name] = value;
    this.unsaved.add(name);
    this.persist();
    this.refresh();
  }

  private persist(): void {
    this.report(saveDraft(this.def.id, this.answers));
  }

  /** Tells the applicant what a save did; a failed one keeps the edits marked as unsaved. */
  private report(result: SaveResult): void {
    this.problem = refusal(result);
    this.draftUnsaved = !result.ok;
    if (result.ok) {
      this.unsaved.clear();
      this.savedAt = result.savedAt;
      this.setStatus(this.t(strings.draftSaved, { time: this.clock(result.savedAt) }));
    } else {
      this.setStatus("");
    }
    this.updateNotice();
  }

  private clock(iso: string): string {
    return new Date(iso).toLocaleTimeString(this.lang, { hour: "2-digit", minute: "2-digit" });
  }

  /**
   * Another tab saved this form, so its values are the newest: they are taken, except edits of
   * this tab's own that could not be stored. The applicant is told which fields changed. Only
   * those unstored edits are written back, so two tabs never echo each other's saves.
   */
  private mergeOtherTab(raw: string | null): void {
    const merged: Record<string, string> = raw === null ? {} : { ...parseDraft(raw).answers };
    for (const name of this.unsaved) {
      const value = this.answers[name];
      if (value === undefined) delete merged[name];
      else merged[name] = value;
    }
    const changed = [...new Set([...Object.keys(merged), ...Object.keys(this.answers)])].filter((n) => merged[n] !== this.answers[n]);
    this.answers = merged;
    this.refresh();
    // refresh() leaves the field being typed in alone; here the other tab's value is the newer one.
    const active = [...this.controls.values()].find((c) => c.input && c.input === document.activeElement);
    if (active?.input && changed.includes(active.name)) active.input.value = this.derived.effective[active.name] ?? "";
    if (this.unsaved.size) this.persist();
    const fields = changed.flatMap((n) => {
      const c = this.controls.get(n);
      return c ? [this.t(c.label)] : [];
    });
    if (changed.length) this.setStatus(this.t(this.unsaved.size ? strings.otherTabMerged : strings.otherTab, { fields: fields.join(this.lang === "en" ? ", " : "、") }));
  }

  /** What could not be read nor copied aside, and has not been downloaded: saves wait for it. */
  private get holding(): Aside[] {
    return this.asides.filter((a) => !a.kept && !this.released.has(a.key));
  }

  /** The alert above the form: storage that refused a save, saved data that could not be used. */
  private updateNotice(): void {
    const { problem, holding } = this;
    const parts: Child[] = [];
    // What is held already says there is no room.
    if (problem && !(problem === "full" && holding.length)) parts.push(h("p", null, this.t(STORAGE_PROBLEMS[problem]), this.unsaved.size && this.savedAt ? `${this.lang === "en" ? " " : ""}${this.t(strings.lastSaved, { time: this.clock(this.savedAt) })}` : ""));
    if (this.broken) parts.push(h("p", null, this.t(strings.cannotUse)));
    if (this.asides.some((a) => a.kept)) parts.push(h("p", null, this.t(strings.setAside)));
    for (const a of holding) parts.push(h("p", null, this.t(a.key.startsWith(PROFILE_KEY) ? strings.heldProfile : strings.heldDraft)));
    for (const a of this.asides.filter((a) => this.released.has(a.key))) parts.push(h("p", null, this.t(a.key.startsWith(PROFILE_KEY) ? strings.releasedProfile : strings.releasedDraft)));
    if (problem || this.broken || this.asides.length) {
      const links = this.asides.map((a, i) =>
        h(
          "a",
          { href: this.asideUrl(a), download: `${this.def.id}-unreadable-${i + 1}.json`, onClick: () => this.downloaded(a) },
          // Named by what it came from: two links of one name would not say which is which.
          this.t(a.key.startsWith(PROFILE_KEY) ? strings.downloadAsideProfile : strings.downloadAsideDraft),
        ),
      );
      parts.push(
        h(
          "p",
          { class: "calc-actions" },
          problem || holding.length || (this.broken && Object.keys(this.answers).length) ? h("button", { type: "button", "data-action": "backup", onClick: () => this.downloadDraft() }, this.t(strings.downloadDraft)) : null,
          links,
          this.asides.length ? h("button", { type: "button", "data-action": "discard-asides", onClick: () => this.discardAsides() }, this.t(strings.discardAside)) : null,
          this.broken ? h("button", { type: "button", "data-action": "clear-broken", onClick: () => this.askClear() }, this.t(strings.clear)) : null,
        ),
      );
    }
    this.notice.hidden = parts.length === 0;
    // Drawn after every save: an alert whose words have not changed is not announced again at each keystroke.
    const next = h("div", null, parts);
    if (next.innerHTML === this.notice.innerHTML) return;
    const focused = this.notice.contains(document.activeElement) ? document.activeElement : null;
    fillEl(this.notice, [...next.childNodes]);
    // The link or button just used keeps the keyboard focus in the notice drawn again.
    if (focused) [...this.notice.querySelectorAll<HTMLElement>("a, button")].find((el) => el.tagName === focused.tagName && el.textContent === focused.textContent)?.focus();
  }

  private asideUrl(a: Aside): string {
    const made = this.asideUrls.get(a.key);
    if (made) return made;
    const url = URL.createObjectURL(new Blob([a.raw], { type: "application/json" }));
    this.asideUrls.set(a.key, url);
    return url;
  }

  /** The applicant now has what could not be copied aside: saving resumes (see resume). */
  private downloaded(a: Aside): void {
    if (a.kept || this.released.has(a.key)) return;
    release(a);
    this.released.add(a.key);
    // After the click's own download, which starts only from a link still in the page.
    setTimeout(() => this.resume());
  }

  /** Saves what was held while an unreadable original could not be copied aside. */
  private resume(): void {
    if (this.draftUnsaved) this.persist();
    if (this.profileUnsaved) this.reportProfile(saveProfile(this.profile));
    this.updateNotice();
  }

  private discardAsides(): void {
    const result = discardAsides(this.asides);
    if (result.ok) {
      this.asides = [];
      for (const url of this.asideUrls.values()) URL.revokeObjectURL(url);
      this.asideUrls.clear();
      this.resume();
    }
    else this.problem = result.problem;
    this.updateNotice();
    this.setStatus(this.t(result.ok ? strings.asideDiscarded : STORAGE_PROBLEMS[result.problem]));
  }

  /** This form's answers as they are now, whatever storage did with them. */
  private downloadDraft(): void {
    const blob = new Blob([`${JSON.stringify({ form: this.def.id, savedAt: new Date().toISOString(), answers: this.answers }, null, 2)}\n`], { type: "application/json" });
    download(blob, `${this.def.id}-draft.json`);
  }

  /**
   * Runs `update` now, or, when a field lost focus because a button is being pressed,
   * once the press is over: an error message appearing on blur would otherwise move the
   * button away from under the pointer and the press would be lost.
   */
  private afterPointer(update: () => void): void {
    if (this.pointerDown) this.waiting.push(update);
    else update();
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  private refresh(): void {
    try {
      this.derived = evaluateForm(this.def, this.answers, this.profile);
    } catch {
      // A value no check foresaw: the page keeps working on the answers without this form's
      // own values, says so, and offers the draft for download and a way to clear it.
      this.derived = evaluateForm(this.def, {}, this.profile);
      if (!this.broken) {
        this.broken = true;
        this.updateNotice();
      }
    }
    const structure = this.structureOf(this.derived.effective);
    if (structure !== this.structure) this.renderForm();
    this.updateControls();
    this.updateComputed();
    this.updateSummary();
    if (!this.review.hidden) this.renderReview();
    this.queuePreview();
  }

  /** The controls the form shows now: rebuilt only when this changes (a choice shows other questions, a row is added). */
  private structureOf(answers: Answers): string {
    const names: string[] = [];
    eachField(this.def.sections, answers, (_, name) => names.push(name));
    return names.join("|");
  }

  // -------------------------------------------------------------------------
  // The profile

  private profilePanel(): HTMLElement {
    const empty = Object.values(this.profile).every((v) => v === "");
    const fields = profileFields.map((f) => {
      const id = `profile-${f.key}`;
      const error = h("p", { class: "calc-error", id: `${id}-error`, hidden: true });
      const input = h("input", {
        id,
        name: `profile.${f.key}`,
        type: f.inputMode === "email" ? "email" : "text",
        inputmode: f.inputMode,
        autocomplete: f.autocomplete,
        spellcheck: "false",
        maxlength: String(f.max),
        value: this.profile[f.key],
        "aria-describedby": [f.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" "),
        onInput: (e: Event) => {
          this.profile = { ...this.profile, [f.key]: (e.currentTarget as HTMLInputElement).value };
          this.reportProfile(saveProfile(this.profile));
          this.updateProfileErrors(f.key);
          this.refresh();
        },
        onBlur: () => this.afterPointer(() => this.updateProfileErrors(f.key, true)),
      });
      const wrapper = h(
        "div",
        { class: "calc-field" },
        h("label", { for: id }, this.t(f.label)),
        f.hint ? h("p", { class: "calc-hint", id: `${id}-hint` }, this.t(f.hint)) : null,
        error,
        input,
      );
      this.profileInputs.set(f.key, { input, error, wrapper });
      return wrapper;
    });
    const fileInput = h("input", {
      id: "profile-import",
      type: "file",
      accept: "application/json,.json",
      "aria-describedby": "profile-import-hint",
      onChange: (e: Event) => void this.importProfile(e.currentTarget as HTMLInputElement),
    });
    return h(
      "details",
      { class: "form-profile", open: empty },
      h("summary", null, this.t(strings.profileTitle)),
      h("p", null, this.t(strings.profileIntro)),
      h("div", { class: "calc form-profile__fields" }, fields),
      h(
        "div",
        { class: "form-profile__file" },
        h("button", { type: "button", onClick: () => this.exportProfile() }, this.t(strings.profileExport)),
        h("button", { type: "button", onClick: () => this.exportBackup() }, this.t(strings.backupExport)),
        h(
          "div",
          { class: "form-profile__import" },
          h("label", { for: "profile-import" }, this.t(strings.profileImport)),
          h("p", { class: "calc-hint", id: "profile-import-hint" }, this.t(strings.profileImportHint)),
          fileInput,
        ),
      ),
      this.profileStatus,
    );
  }

  private reportProfile(result: SaveResult): void {
    this.problem = refusal(result);
    this.profileUnsaved = !result.ok;
    this.updateNotice();
  }

  private updateProfileErrors(key: ProfileKey, show = false): void {
    const ref = this.profileInputs.get(key)!;
    const issue = profileIssues(this.profile).find((i) => i.key === key);
    const visible = Boolean(issue) && (show || !ref.error.hidden);
    ref.error.hidden = !visible;
    fillEl(ref.error, visible && issue ? [h("span", { class: "visually-hidden" }, this.t(strings.errorPrefix)), this.t(issue.message)] : []);
    ref.wrapper.classList.toggle("calc-field--error", visible);
    ref.input.toggleAttribute("aria-invalid", visible);
  }

  private syncProfileInputs(): void {
    for (const [key, ref] of this.profileInputs) {
      ref.input.value = this.profile[key];
      this.updateProfileErrors(key);
    }
  }

  private exportProfile(): void {
    const name = this.t(strings.profileFileName);
    download(new Blob([profileFile(this.profile, new Date().toISOString())], { type: "application/json" }), name);
    fillEl(this.profileStatus, h("p", { role: "status" }, this.t(strings.profileExported, { name })));
  }

  private async importProfile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    let content = "";
    try {
      content = await file.text();
    } catch {
      content = "\u0000";
    }
    const result = parseProfileFile(content);
    if (!result.ok) {
      fillEl(
        this.profileStatus,
        h(
          "div",
          { class: "calc-error-summary form-profile__error", role: "alert" },
          h("p", null, h("strong", null, this.t(strings.profileImportFailed))),
          h("ul", null, result.errors.map((e) => h("li", null, this.t(e)))),
        ),
      );
      return;
    }
    this.merge(result.profile, result.drafts);
  }

  /**
   * Fills in what a file holds and leaves the rest as it was; the applicant is told what changed
   * and can undo it, which puts back the stored entries exactly as they were.
   */
  private merge(profile: Partial<Profile>, drafts: Partial<Record<FormId, Answers>>): void {
    const ids = Object.keys(drafts) as FormId[];
    const before = { profile: this.profile, answers: { ...this.answers }, stored: snapshot(ids) };
    this.profile = { ...this.profile, ...profile };
    const profileSaved = saveProfile(this.profile);
    let result = profileSaved;
    for (const id of ids) {
      // Another form's draft is read as its page would read it: anything unreadable is set aside before the save.
      const merged = { ...(id === this.def.id ? this.answers : loadDraft(id).answers), ...drafts[id] };
      const saved = saveDraft(id, merged);
      if (id === this.def.id) {
        this.answers = merged;
        this.draftUnsaved = !saved.ok;
      }
      if (!saved.ok) result = saved;
    }
    this.reportProfile(result);
    this.profileUnsaved = !profileSaved.ok;
    this.syncProfileInputs();
    this.refresh();
    const fields = profileFields.filter((f) => profile[f.key] !== undefined).map((f) => this.t(f.label));
    const undo = h(
      "button",
      {
        type: "button",
        "data-action": "undo-import",
        onClick: () => {
          const undone = restore(before.stored);
          this.profile = before.profile;
          this.answers = before.answers;
          this.reportProfile(undone);
          this.syncProfileInputs();
          this.refresh();
          fillEl(this.profileStatus, h("p", { role: "status" }, this.t(strings.importUndone)));
          document.getElementById("profile-import")?.focus();
        },
      },
      this.t(strings.undoImport),
    );
    fillEl(
      this.profileStatus,
      h(
        "p",
        { role: "status" },
        this.t(strings.profileImported, { fields: fields.length ? fields.join(this.lang === "en" ? ", " : "、") : this.t(strings.none) }),
        ids.length ? ` ${this.t(strings.draftsImported, { n: ids.length })}` : "",
        " ",
        undo,
      ),
    );
  }

  /** The profile and every form's draft in one file, this form's as it is on the page now. */
  private exportBackup(): void {
    const now = new Date().toISOString();
    const name = this.t(strings.backupFileName, { date: now.slice(0, 10) });
    const drafts = { ...loadDrafts(), ...(Object.keys(this.answers).length ? { [this.def.id]: this.answers } : {}) };
    download(new Blob([backupFile(this.profile, drafts, now)], { type: "application/json" }), name);
    fillEl(this.profileStatus, h("p", { role: "status" }, this.t(strings.profileExported, { name })));
  }

  // -------------------------------------------------------------------------
  // The form's questions

  private renderForm(): void {
    const active = document.activeElement instanceof HTMLElement && this.form.contains(document.activeElement) ? document.activeElement.id : "";
    this.controls = new Map();
    const effective = this.derived?.effective ?? effectiveAnswers(this.def.sections, this.answers, this.profile);
    this.structure = this.structureOf(effective);
    const moneyAt = lastIndex(this.def.sections, (s) => s.fields.some(isMoney));
    const sections = this.def.sections.map((section, i) => [
      h(
        "fieldset",
        { class: "form-section", id: `section-${section.id}` },
        h("legend", null, h("h2", null, this.t(section.title))),
        section.intro ? h("p", { class: "calc-hint" }, this.t(section.intro)) : null,
        section.fields.filter((f) => !f.showIf || f.showIf(effective)).map((f) => this.fieldControl(f, f.key, effective)),
      ),
      i === moneyAt ? this.computed : null,
    ]);
    fillEl(
      this.form,
      h("p", { class: "calc-hint" }, this.t(strings.blankAllowed)),
      sections,
      moneyAt < 0 && this.def.compute ? this.computed : null,
      h(
        "div",
        { class: "calc-actions" },
        h("button", { type: "submit", class: "calc-primary" }, this.t(strings.continue)),
        h("button", { type: "button", onClick: () => this.askClear() }, this.t(strings.clear)),
      ),
      this.status,
    );
    this.form.onsubmit = (e) => {
      e.preventDefault();
      this.continueToReview();
    };
    if (active) document.getElementById(active)?.focus();
  }

  private fieldControl(field: FieldSpec, name: string, effective: Answers, rowLabel?: string): HTMLElement {
    if (field.kind === "rows") return this.rowsControl(field, name, effective);
    const id = controlId(name);
    const label: Text = rowLabel ? { "zh-TW": `${rowLabel} ${field.label["zh-TW"]}`, en: `${rowLabel} ${field.label.en}` } : field.label;
    const value = effective[name] ?? "";
    const error = h("p", { class: "calc-error", id: `${id}-error`, hidden: true });
    const note = h("div", { class: "form-note", id: `${id}-note` });
    const hint = field.hint ? h("p", { class: "calc-hint", id: `${id}-hint` }, this.t(field.hint)) : null;
    const describedBy = [hint ? `${id}-hint` : "", `${id}-error`, `${id}-note`].filter(Boolean).join(" ");
    const wrapperClass = `calc-field form-field form-field--${field.kind}`;
    let control: Control;

    if (field.kind === "choice" || field.kind === "checkbox") {
      const options = field.kind === "choice" ? field.options : [{ value: "true", label: field.option }];
      const inputs = options.map((o, i) =>
        h(
          "div",
          { class: field.kind === "choice" ? "calc-radio" : "calc-checkbox" },
          h("input", {
            type: field.kind === "choice" ? "radio" : "checkbox",
            id: i === 0 ? id : `${id}-${o.value}`,
            name,
            value: o.value,
            checked: value === o.value,
            onChange: (e: Event) => {
              const el = e.currentTarget as HTMLInputElement;
              this.touched.add(name);
              this.setAnswer(name, el.checked ? o.value : "", field);
            },
          }),
          h("label", { for: i === 0 ? id : `${id}-${o.value}` }, this.t(o.label)),
        ),
      );
      const wrapper = h(
        "fieldset",
        { class: wrapperClass, "aria-describedby": describedBy },
        h("legend", null, this.t(label)),
        hint,
        error,
        h("div", { class: field.kind === "choice" ? "calc-radios__items" : "form-checkbox" }, inputs),
        note,
      );
      control = { field, name, label, wrapper, focus: wrapper.querySelector("input")!, error, note };
    } else {
      const common = {
        id,
        name,
        "aria-describedby": describedBy,
        maxlength: field.kind === "date" ? undefined : String(maxLength(field)),
        onInput: (e: Event) => this.setAnswer(name, (e.currentTarget as HTMLInputElement).value, field),
        onBlur: () =>
          this.afterPointer(() => {
            this.touched.add(name);
            this.refresh();
          }),
      };
      const input =
        field.kind === "textarea"
          ? h("textarea", { ...common, rows: String(field.rows ?? 4), value, spellcheck: "false" })
          : h("input", {
              ...common,
              type: field.kind === "date" ? "date" : "text",
              value,
              inputmode: field.kind === "integer" ? "numeric" : undefined,
              autocomplete: field.kind === "text" ? (field.autocomplete ?? "off") : "off",
              spellcheck: "false",
              class: `form-input--${field.width ?? (field.kind === "date" || field.kind === "integer" ? "short" : "long")}`,
            });
      const wrapper = h("div", { class: wrapperClass }, h("label", { for: id }, this.t(label)), hint, error, input, note);
      control = { field, name, label, wrapper, focus: input, error, note, input };
    }
    this.controls.set(name, control);
    return control.wrapper;
  }

  private rowsControl(field: Extract<FieldSpec, { kind: "rows" }>, name: string, effective: Answers): HTMLElement {
    const count = rowCount(field, effective, name);
    const rows = Array.from({ length: count }, (_, i) => {
      const rowLabel = this.t(strings.row, { item: this.t(field.itemLabel), n: field.fixed ? String(i + 1).padStart(2, "0") : i + 1 });
      return h(
        "fieldset",
        { class: "form-row", id: controlId(joinKey(name, i)) },
        h("legend", null, rowLabel),
        h("div", { class: "form-row__fields" }, field.columns.map((c) => this.fieldControl(c, joinKey(name, i, c.key), effective, rowLabel))),
        field.fixed
          ? null
          : h(
              "button",
              { type: "button", class: "form-row__remove", onClick: () => this.removeRow(field, name, i) },
              this.t(strings.removeRow, { n: i + 1 }),
            ),
      );
    });
    const max = field.max ?? 50;
    return h(
      "fieldset",
      { class: "calc-field form-rows", id: controlId(name), tabindex: "-1" },
      h("legend", null, this.t(field.label)),
      field.hint ? h("p", { class: "calc-hint" }, this.t(field.hint)) : null,
      rows,
      field.fixed
        ? null
        : h(
            "p",
            null,
            h("button", { type: "button", disabled: count >= max, onClick: () => this.addRow(field, name) }, this.t(strings.addRow)),
            " ",
            h("span", { class: "calc-hint" }, this.t(strings.maxRows, { n: max })),
          ),
    );
  }

  private addRow(field: Extract<FieldSpec, { kind: "rows" }>, name: string): void {
    const count = rowCount(field, this.derived.effective, name);
    this.answers[rowsKey(name)] = String(count + 1);
    this.persist();
    this.refresh();
    this.controls.get(joinKey(name, count, field.columns[0]!.key))?.focus.focus();
  }

  private removeRow(field: Extract<FieldSpec, { kind: "rows" }>, name: string, row: number): void {
    const count = rowCount(field, this.derived.effective, name);
    for (let i = row; i < count; i += 1) {
      for (const c of field.columns) {
        const from = this.answers[joinKey(name, i + 1, c.key)];
        const to = joinKey(name, i, c.key);
        if (from === undefined || i === count - 1) delete this.answers[to];
        else this.answers[to] = from;
      }
    }
    this.answers[rowsKey(name)] = String(Math.max(1, count - 1));
    this.persist();
    this.refresh();
    document.getElementById(controlId(name))?.focus();
  }

  private updateControls(): void {
    const { effective } = this.derived;
    for (const c of this.controls.values()) {
      const value = effective[c.name] ?? "";
      if (c.input && document.activeElement !== c.input && c.input.value !== value) c.input.value = value;
      // Choices follow the answers too: another tab, or a cleared form, may have changed them.
      if (!c.input) for (const box of c.wrapper.querySelectorAll("input")) box.checked = box.value === value;
      const issues = this.submitted || this.touched.has(c.name) ? this.derived.issues.filter((i) => i.key === c.name) : [];
      c.error.hidden = issues.length === 0;
      fillEl(c.error, issues.length ? [h("span", { class: "visually-hidden" }, this.t(strings.errorPrefix)), issues.map((i) => this.t(i.message)).join(" ")] : []);
      c.wrapper.classList.toggle("calc-field--error", issues.length > 0);
      c.focus.toggleAttribute("aria-invalid", issues.length > 0);
      fillEl(c.note, this.noteFor(c, value));
    }
  }

  /** What the applicant should see under a control: how the value prints, where it comes from. */
  private noteFor(c: Control, value: string): Child[] {
    const out: Child[] = [];
    const { field, name } = c;
    if (field.kind === "amount" && value.trim()) {
      const parsed = parseAmount(value);
      if (parsed.ok) out.push(h("span", { class: "calc-reading" }, this.t(strings.readAs, { value: `${ntdText(parsed.value)[this.lang]}（${formatAmountUpper(parsed.value)}）` })));
    }
    if (field.kind === "date" && value.trim()) {
      try {
        out.push(h("span", { class: "calc-reading" }, this.t(strings.rocDate, { value: toRocDate(value.trim()) })));
      } catch {
        // An impossible date has its own error message.
      }
    }
    if (field.kind === "textarea" && field.max) {
      out.push(h("span", { class: "calc-reading" }, this.t(strings.count, { n: [...cleanText(value)].length, max: field.max })));
    }
    if (field.profile) {
      const overridden = this.answers[name] !== undefined;
      out.push(
        h("span", { class: "form-profile-link" }, overridden ? this.t(strings.overridden) : this.t(strings.fromProfile)),
        overridden
          ? h(
              "button",
              {
                type: "button",
                class: "form-link-button",
                onClick: () => {
                  delete this.answers[name];
                  this.persist();
                  this.refresh();
                  c.focus.focus();
                },
              },
              this.t(strings.useProfile),
            )
          : null,
      );
    }
    return out;
  }

  private updateComputed(): void {
    const comp = this.derived.computation;
    if (!comp) {
      this.computed.hidden = true;
      return;
    }
    this.computed.hidden = false;
    fillEl(
      this.computed,
      h("h2", { id: "form-computed-title" }, this.t(strings.computed)),
      h("p", { class: "calc-hint" }, this.t(strings.computedIntro)),
      comp.pending ? h("p", { class: "form-pending" }, this.t(comp.pending)) : null,
      comp.figures.length ? this.figureList(comp) : null,
      comp.warnings.length
        ? h("div", { class: "calc-warnings" }, h("h3", null, this.t(strings.warnings)), h("ul", null, comp.warnings.map((w) => h("li", null, unbroken(this.t(w))))))
        : null,
    );
  }

  private figureList(comp: Computation<unknown>): HTMLElement {
    return h(
      "dl",
      { class: "form-figures" },
      comp.figures.map((f, i) => h("div", { "data-figure": String(i) }, h("dt", null, this.t(f.label)), h("dd", null, this.t(f.value)))),
    );
  }

  private updateSummary(): void {
    const issues = this.submitted ? this.derived.issues : [];
    this.summary.hidden = issues.length === 0;
    if (!issues.length) {
      this.summary.replaceChildren();
      return;
    }
    fillEl(
      this.summary,
      h("h2", null, this.t(strings.errorSummary)),
      h(
        "ul",
        null,
        issues.map((issue) => {
          const control = this.controls.get(issue.key);
          const label = control ? `${this.t(control.label)}${colon(this.lang)}` : "";
          return h(
            "li",
            null,
            h(
              "a",
              {
                href: `#${controlId(issue.key)}`,
                onClick: (e: Event) => {
                  if (!control) return;
                  e.preventDefault();
                  control.focus.focus();
                  control.wrapper.scrollIntoView({ block: "center" });
                },
              },
              label,
              this.t(issue.message),
            ),
          );
        }),
      ),
    );
  }

  // -------------------------------------------------------------------------
  // Check your answers

  private continueToReview(): void {
    this.submitted = true;
    this.refresh();
    if (this.derived.issues.length) {
      this.summary.focus();
      return;
    }
    this.editor.hidden = true;
    this.profileSection.hidden = true;
    this.review.hidden = false;
    this.renderReview();
    this.review.querySelector<HTMLElement>("h2")?.focus();
    window.scrollTo({ top: this.root.offsetTop });
  }

  private backToForm(focus?: Control): void {
    this.review.hidden = true;
    this.editor.hidden = false;
    this.profileSection.hidden = false;
    if (focus) {
      focus.focus.focus();
      focus.wrapper.scrollIntoView({ block: "center" });
    } else {
      this.form.querySelector<HTMLElement>("input, textarea, select")?.focus();
    }
  }

  private display(field: FieldSpec, name: string): string {
    const { effective, values } = this.derived;
    const raw = (effective[name] ?? "").trim();
    if (field.kind === "checkbox") return this.t(values.checked(name) ? strings.ticked : strings.unticked);
    if (!raw) return this.t(strings.blank);
    switch (field.kind) {
      case "amount": {
        const n = values.amount(name);
        return n === null ? raw : ntdText(n)[this.lang];
      }
      case "date": {
        const iso = values.date(name);
        return iso ? toRocDate(iso) : raw;
      }
      case "choice":
        return this.t(field.options.find((o) => o.value === raw)?.label ?? { "zh-TW": raw, en: raw });
      default:
        return cleanText(raw);
    }
  }

  private renderReview(): void {
    const { effective, computation } = this.derived;
    const sections = this.def.sections.map((section) => {
      const items: HTMLElement[] = [];
      let blankRows = false;
      const entry = (field: FieldSpec, name: string, label: Text) => {
        const control = this.controls.get(name);
        items.push(
          h(
            "div",
            { class: "form-review__row" },
            h("dt", null, this.t(label)),
            h("dd", { class: field.kind === "textarea" ? "form-review__text" : null }, this.display(field, name)),
            h(
              "dd",
              { class: "form-review__change" },
              h(
                "a",
                {
                  href: `#${controlId(name)}`,
                  onClick: (e: Event) => {
                    e.preventDefault();
                    this.backToForm(control);
                  },
                },
                this.t(strings.change),
                h("span", { class: "visually-hidden" }, ` ${this.t(label)}`),
              ),
            ),
          ),
        );
      };
      for (const field of section.fields) {
        if (field.showIf && !field.showIf(effective)) continue;
        if (field.kind !== "rows") {
          entry(field, field.key, field.label);
          continue;
        }
        const count = rowCount(field, effective, field.key);
        for (let i = 0; i < count; i += 1) {
          const names = field.columns.map((c) => joinKey(field.key, i, c.key));
          if (names.every((n) => !(effective[n] ?? "").trim())) {
            blankRows = true;
            continue;
          }
          const rowLabel = this.t(strings.row, { item: this.t(field.itemLabel), n: field.fixed ? String(i + 1).padStart(2, "0") : i + 1 });
          field.columns.forEach((c, k) => {
            entry(c, names[k]!, { "zh-TW": `${rowLabel} ${c.label["zh-TW"]}`, en: `${rowLabel} ${c.label.en}` });
          });
        }
      }
      return [
        h("h3", null, this.t(section.title)),
        h("dl", { class: "form-review__list" }, items),
        blankRows ? h("p", { class: "calc-hint" }, this.t(strings.blankRows)) : null,
      ];
    });
    fillEl(
      this.review,
      h("h2", { tabindex: "-1" }, this.t(strings.reviewTitle)),
      h("p", null, this.t(strings.reviewIntro)),
      sections,
      computation && computation.figures.length
        ? [h("h3", null, this.t(strings.computed)), this.figureList(computation), h("p", { class: "calc-hint" }, this.t(strings.computedNoChange))]
        : null,
      computation?.warnings.length
        ? h("div", { class: "calc-warnings" }, h("h3", null, this.t(strings.warnings)), h("ul", null, computation.warnings.map((w) => h("li", null, unbroken(this.t(w))))))
        : null,
      h(
        "div",
        { class: "calc-actions form-review__actions" },
        h("button", { type: "button", class: "calc-primary", "data-action": "print", onClick: () => window.print() }, this.t(strings.print)),
        h("button", { type: "button", "data-action": "docx", onClick: () => void this.downloadDocx() }, this.t(strings.docx)),
        h("button", { type: "button", "data-action": "back", onClick: () => this.backToForm() }, this.t(strings.back)),
      ),
      h("p", { class: "calc-hint" }, this.t(strings.printHint)),
      h("p", { class: "form-docx-status", role: "status" }),
    );
  }

  private async downloadDocx(): Promise<void> {
    const status = this.review.querySelector(".form-docx-status")!;
    status.textContent = this.t(strings.docxBuilding);
    const name = `${this.derived.doc.title}.docx`;
    try {
      const { docxBlob } = await import("./docx.js");
      download(await docxBlob(this.derived.doc), name);
      status.textContent = this.t(strings.docxDone, { name });
    } catch {
      status.textContent = this.t(strings.docxFailed);
    }
  }

  // -------------------------------------------------------------------------
  // Clearing

  private buildDialog(): void {
    fillEl(
      this.dialog,
      h("h2", { id: "form-clear-title" }, this.t(strings.clearTitle)),
      h("p", null, this.t(strings.clearBody)),
      h(
        "div",
        { class: "calc-actions" },
        h("button", { type: "button", class: "calc-primary form-danger", "data-action": "confirm-clear", onClick: () => this.clear() }, this.t(strings.clearYes)),
        h("button", { type: "button", "data-action": "cancel-clear", onClick: () => this.dialog.close() }, this.t(strings.cancel)),
      ),
    );
  }

  private askClear(): void {
    this.dialog.showModal();
    this.dialog.querySelector<HTMLElement>("[data-action='cancel-clear']")?.focus();
  }

  private clear(): void {
    this.dialog.close();
    this.answers = {};
    this.submitted = false;
    this.touched.clear();
    this.broken = false;
    this.unsaved.clear();
    const result = clearDraft(this.def.id);
    this.renderForm();
    this.refresh();
    this.report(result);
    this.setStatus(this.t(strings.cleared));
    this.form.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }

  // -------------------------------------------------------------------------
  // The preview

  private queuePreview(): void {
    if (this.previewQueued) return;
    this.previewQueued = true;
    // A task of its own after the next frame: the questions lay out and paint first, and the
    // A4 sheets (the heaviest layout on the page) do not lengthen the task that built them.
    requestAnimationFrame(() => setTimeout(() => {
      this.previewQueued = false;
      const { doc } = this.derived;
      drawSheets(this.sheets, doc, (n, addendum) => (addendum ? this.t(strings.addendumPage) : this.t(strings.page, { n })));
      const overflow = doc.pages.some((p) => p.addendum);
      this.addendumNote.hidden = !overflow;
      this.addendumNote.textContent = overflow ? [this.t(strings.addendum), this.options.addendumNote ? this.t(this.options.addendumNote) : ""].join(" ").trim() : "";
      this.fitPreview();
    }));
  }

  private fitPreview(): void {
    const width = this.sheets.parentElement!.clientWidth;
    this.sheets.style.setProperty("zoom", String(Math.min(1, width / SHEET_WIDTH_PX)));
  }
}

/** What storage refused; a save held back is told by the notice of what is held instead. */
function refusal(result: SaveResult): StoreProblem | null {
  return result.ok || result.problem === "held" ? null : result.problem;
}

const STORAGE_PROBLEMS: Record<StoreProblem, Text> = {
  full: strings.storageFull,
  private: strings.storagePrivate,
  blocked: strings.storageBlocked,
};

function isMoney(field: FieldSpec): boolean {
  return field.kind === "amount" || (field.kind === "rows" && field.columns.some(isMoney));
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i -= 1) if (test(list[i]!)) return i;
  return -1;
}
