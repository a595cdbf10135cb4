/**
 * The script of every form page. The form's code (zod, the rules, the page: about 50 KB
 * gzip) is fetched only after the page's text has been painted, so a reader on a slow
 * connection sees the instructions at once instead of after the download.
 */
const root = document.querySelector<HTMLElement>("[data-form-app]");
if (root) {
  const failed = () => {
    root.removeAttribute("aria-busy");
    // The page renders the message in its language, so no strings module need load for it.
    root.textContent = root.dataset["loadFailed"] ?? "";
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      import("./start.js").then((m) => m.start(root)).catch(failed);
    }),
  );
}
