/**
 * Keeps a checklist's ticks in localStorage. The page works without it (ticks, print from the
 * browser's menu); this adds saving, another tab's changes, print and undo. Words come from the
 * form's data attributes, so the page's language is the only one shipped.
 */
import { fill } from "../../i18n/fill";

interface Saved {
  v: 1;
  ticked: string[];
  savedAt: string;
}

function parse(raw: string): Saved | undefined {
  try {
    const data = JSON.parse(raw) as Partial<Saved>;
    if (data?.v === 1 && Array.isArray(data.ticked) && data.ticked.every((t) => typeof t === "string") && typeof data.savedAt === "string") {
      return data as Saved;
    }
  } catch {
    // Not JSON: reported as unreadable below, like any other shape we cannot use.
  }
  return undefined;
}

function start(form: HTMLFormElement): void {
  const key = `checklist:${form.dataset.checklist}`;
  // data-w-<word>: the dataset turns "w-othertab" into "wOthertab".
  const w = (word: string) => form.dataset[`w${word[0]!.toUpperCase()}${word.slice(1)}`] ?? "";
  const status = form.querySelector<HTMLElement>("[data-status]")!;
  const progress = form.querySelector<HTMLElement>("[data-progress]")!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const time = (iso: string) => new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: "medium", timeStyle: "short" });

  const say = (message: string, ...actions: HTMLElement[]) => {
    status.replaceChildren(message, ...actions.flatMap((a) => [" ", a]));
  };
  const ticked = () => boxes.filter((b) => b.checked).map((b) => b.name);
  const show = (names: readonly string[]) => {
    const set = new Set(names);
    for (const b of boxes) b.checked = set.has(b.name);
    count();
  };
  const count = () => {
    progress.textContent = fill(w("progress"), { done: ticked().length, all: boxes.length });
  };

  let store: Storage | undefined;
  try {
    store = localStorage;
  } catch {
    say(w("blocked"));
  }

  const save = (): boolean => {
    if (!store) return false;
    const data: Saved = { v: 1, ticked: ticked(), savedAt: new Date().toISOString() };
    try {
      store.setItem(key, JSON.stringify(data));
      say(fill(w("saved"), { time: time(data.savedAt) }));
      return true;
    } catch (error) {
      // A full store and a refused one need different advice (freeing space vs printing).
      say(w(error instanceof DOMException && error.name === "QuotaExceededError" ? "full" : "blocked"));
      return false;
    }
  };

  const raw = store?.getItem(key);
  if (raw != null) {
    const saved = parse(raw);
    if (saved) {
      show(saved.ticked);
      say(fill(w("restored"), { time: time(saved.savedAt) }));
    } else {
      // Kept aside under its own key so that the next tick cannot overwrite what we could not read.
      const aside = `${key}:unreadable:${Date.now()}`;
      try {
        store?.setItem(aside, raw);
        store?.removeItem(key);
      } catch {
        // If it cannot be moved it stays where it is; the download below still offers it.
      }
      const link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([raw], { type: "application/json" }));
      link.download = `${form.dataset.checklist}-unreadable.json`;
      link.textContent = w("download");
      say(w("unreadable"), link);
    }
  }
  count();

  form.addEventListener("change", () => {
    count();
    save();
  });

  form.addEventListener("reset", () => {
    const before = ticked();
    // The reset event fires before the boxes are cleared.
    setTimeout(() => {
      count();
      if (!save() || before.length === 0) return;
      const undo = document.createElement("button");
      undo.type = "button";
      undo.textContent = w("undo");
      undo.addEventListener("click", () => {
        show(before);
        save();
        boxes.find((b) => b.checked)?.focus();
      });
      say(w("cleared"), undo);
    });
  });

  const print = form.querySelector<HTMLButtonElement>("[data-print]")!;
  print.hidden = false;
  print.addEventListener("click", () => window.print());

  addEventListener("storage", (event) => {
    if (event.key !== key || event.newValue == null) return;
    const saved = parse(event.newValue);
    if (!saved) return;
    show(saved.ticked);
    say(w("othertab"));
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-checklist]")) start(form);
