// Small progressive enhancements. Every form also works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Move focus to the error summary so screen readers announce it.
  const summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
  // htmx requests carry the CSRF token of the page.
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    document.body.addEventListener("htmx:configRequest", (e) => {
      e.detail.headers[header.content] = token.content;
    });
  }
  // Buttons that ask before a consequential action: data-confirm="question".
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (e) => {
      if (!window.confirm(el.getAttribute("data-confirm"))) e.preventDefault();
    });
  });
});
