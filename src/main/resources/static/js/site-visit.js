// A checklist item's finding saves on its own (htmx, templates/sitevisit/visit.html). A save that changed nothing
// because the item changed meanwhile or the record is locked answers 409 with its message: shown in the item's status
// line, where a saved one says so. Without JavaScript each item's form posts as a whole.
document.addEventListener("DOMContentLoaded", () => {
  document.body.addEventListener("htmx:beforeSwap", (e) => {
    if (e.detail.xhr.status === 409 && e.detail.target && e.detail.target.hasAttribute("data-finding-status")) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });
});
