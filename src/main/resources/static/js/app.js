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
  labelTableCells(document);
  document.body.addEventListener("htmx:afterSwap", (e) => labelTableCells(e.target));
  // Buttons that ask before a consequential action: data-confirm="question".
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (e) => {
      if (!window.confirm(el.getAttribute("data-confirm"))) e.preventDefault();
    });
  });
});

// Tables of class "table-stack" show each row as a card on a phone (app.css): every cell is preceded by the name of
// its column, taken from the table's header row unless the template gave the cell a data-label of its own.
function labelTableCells(root) {
  const scope = root && root.querySelectorAll ? root : document;
  const tables = Array.from(scope.querySelectorAll("table.table-stack"));
  if (scope.matches && scope.matches("table.table-stack")) tables.push(scope);
  const closestTable = scope.closest ? scope.closest("table.table-stack") : null;
  if (closestTable && !tables.includes(closestTable)) tables.push(closestTable);
  tables.forEach((table) => {
    const headerRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!headerRow) return;
    const names = [];
    Array.from(headerRow.cells).forEach((cell) => {
      for (let i = 0; i < (cell.colSpan || 1); i++) names.push(cell.textContent.trim());
    });
    Array.from(table.tBodies).forEach((body) => Array.from(body.rows).forEach((row) => {
      let column = 0;
      Array.from(row.cells).forEach((cell) => {
        if (!cell.hasAttribute("data-label") && names[column]) cell.setAttribute("data-label", names[column]);
        column += cell.colSpan || 1;
      });
    }));
  });
}
