// The section pages: after an autosave, the errors follow the saved draft. The answer lists the fields still in
// error with their messages ([data-error-list] in #save-status); a field that is right now loses its error beside it
// and in the error summary, a field still in error shows the current message. Without JavaScript there is no
// autosave: the save button reloads the page with the errors of what was saved.
document.addEventListener("htmx:afterSwap", (e) => {
  const status = e.detail && e.detail.target;
  if (!status || status.id !== "save-status") return;
  const list = status.querySelector("[data-error-list]");
  const form = status.closest("form");
  if (!list || !form) return;
  const messages = new Map();
  const general = new Set(); // errors of the section as a whole, not of one field
  list.querySelectorAll("[data-error-field]").forEach((item) => {
    const field = item.getAttribute("data-error-field");
    if (field === "[global]") general.add(item.textContent);
    else messages.set(field, item.textContent);
  });

  // the error beside each field (fragments/forms :: fieldError, id "<field>-error")
  form.querySelectorAll(".invalid-feedback[id$='-error']").forEach((error) => {
    const field = error.id.slice(0, -"-error".length);
    if (messages.has(field)) {
      error.textContent = messages.get(field);
      return;
    }
    error.remove();
    Array.from(form.elements).filter((el) => el.name === field)
      .forEach((el) => el.classList.remove("is-invalid"));
  });

  // the error summary (fragments/forms :: errorSummary, each entry links "#<field>")
  const summary = form.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.querySelectorAll("li").forEach((item) => {
    const link = item.querySelector("a[href^='#']");
    if (!link) {
      if (!general.has(item.textContent)) item.remove();
      return;
    }
    const field = decodeURIComponent(link.getAttribute("href").slice(1));
    if (messages.has(field)) {
      link.textContent = messages.get(field);
    } else {
      item.remove();
    }
  });
  if (!summary.querySelector("li")) summary.remove();
});

// A button that submits the form (save, upload, add or remove a row) posts everything typed: an autosave still
// waiting for its delay would race it with the same version and turn the person's own edit into a conflict.
document.addEventListener("submit", (e) => {
  if (e.target.matches("form[hx-post]")) e.target.setAttribute("data-submitting", "");
});
document.addEventListener("htmx:confirm", (e) => {
  const form = e.target.closest && e.target.closest("form[data-submitting]");
  if (form && e.target === form) e.preventDefault();
});
