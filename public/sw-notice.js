// Shown on a page that was open when a new version of the site took over (loaded by
// src/components/site/ServiceWorker.astro, as a plain file so that no bundler helper comes
// with it): the page still shows the old version, and a reload brings the new one, which the
// service worker already holds.
if (!document.querySelector("[data-sw-update]")) {
  const en = document.documentElement.lang === "en";
  const note = document.createElement("p");
  note.setAttribute("role", "status");
  note.dataset.swUpdate = "";
  // CSSOM, not a style attribute: the CSP allows no inline style.
  note.style.cssText = "position:fixed;inset:auto 1rem 1rem;margin:0;padding:.75rem 1rem;background:#0b4f6c;color:#fff;z-index:9;border-radius:4px";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = en ? "Reload" : "重新載入";
  button.addEventListener("click", () => location.reload());
  note.append(en ? "A new version of this site is ready. " : "網站已有新版本。", button);
  document.body.append(note);
}
