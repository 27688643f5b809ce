// 推荐排序: drag and drop for the ranked list. The 上移 / 下移 buttons are plain forms and work without this script
// (the server sends the browser back to the moved row's button, which the page's fragment focuses); with it they
// move the row in place and the focus stays on the pressed button, and a mouse or touchpad user can drag a row. After a drop the whole order is posted with the
// list version the page was built from: the server answers with the new version (kept for the next change) or, when
// someone else changed the list meanwhile, with the list as it now stands, which replaces the page's order so that
// nothing of theirs is overwritten. Texts come from data attributes (the message bundle), never from this file.
(() => {
  const start = () => {
    const list = document.querySelector("ol[data-ranking]");
    if (!list || list.dataset.editable !== "true") return;
    const status = document.getElementById("ranking-status");
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    let dragged = null;
    let before = [];

    const items = () => Array.from(list.querySelectorAll(":scope > li[data-id]"));
    const order = () => items().map((li) => li.dataset.id);

    const say = (text, failed) => {
      if (!status) return;
      status.textContent = text || "";
      status.classList.toggle("text-danger", Boolean(failed));
      status.classList.toggle("text-success", !failed);
    };

    // the version and the first/last buttons of every row follow the list as it now stands
    const refresh = (version) => {
      if (version !== undefined && version !== null) {
        list.dataset.version = String(version);
        list.querySelectorAll('input[name="version"]').forEach((input) => { input.value = String(version); });
      }
      const rows = items();
      rows.forEach((li, index) => {
        const up = li.querySelector('input[name="direction"][value="up"]');
        const down = li.querySelector('input[name="direction"][value="down"]');
        if (up) up.form.querySelector("button").disabled = index === 0;
        if (down) down.form.querySelector("button").disabled = index === rows.length - 1;
      });
    };

    const arrange = (ids) => {
      const byId = new Map(items().map((li) => [li.dataset.id, li]));
      ids.map(String).forEach((id) => {
        const li = byId.get(id);
        if (li) list.appendChild(li);
      });
    };

    const send = async () => {
      const body = new URLSearchParams();
      body.append("call", list.dataset.call);
      body.append("version", list.dataset.version);
      order().forEach((id) => body.append("order", id));
      const headers = { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" };
      if (token && header) headers[header.content] = token.content;
      try {
        const response = await fetch(list.dataset.orderUrl, {
          method: "POST", headers, body, credentials: "same-origin"
        });
        const answer = await response.json().catch(() => ({}));
        if (response.ok) {
          refresh(answer.version);
          say(answer.message, false);
        } else {
          if (Array.isArray(answer.order)) arrange(answer.order);
          refresh(answer.version);
          say(answer.message || list.dataset.failed, true);
        }
      } catch (e) {
        arrange(before);
        refresh();
        say(list.dataset.failed, true);
      }
    };

    items().forEach((li) => {
      li.setAttribute("draggable", "true");
      li.setAttribute("aria-roledescription", list.dataset.movedLabel || "");
      li.addEventListener("dragstart", (event) => {
        dragged = li;
        before = order();
        li.classList.add("opacity-50");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", li.dataset.id);
      });
      li.addEventListener("dragend", () => {
        li.classList.remove("opacity-50");
        const changed = order().join(",") !== before.join(",");
        dragged = null;
        if (changed) send();
      });
    });

    list.addEventListener("dragover", (event) => {
      if (!dragged) return;
      event.preventDefault();
      const target = event.target.closest("li[data-id]");
      if (!target || target === dragged || target.parentElement !== list) return;
      const box = target.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? target.nextSibling : target);
    });
    list.addEventListener("drop", (event) => event.preventDefault());

    // the pressed button keeps the focus; at the top or the bottom it is disabled, so its row's other one takes it
    const keepFocus = (li, button) => {
      const other = li.querySelector('button[data-move="' + (button.dataset.move === "up" ? "down" : "up") + '"]');
      const target = button.disabled && other && !other.disabled ? other : button;
      if (document.activeElement !== target) target.focus();
    };

    // 上移 / 下移 in place: the neighbour changes sides (the row with the focus itself never leaves the page),
    // then the order is saved like a drag
    list.querySelectorAll("button[data-move]").forEach((button) => {
      button.form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const li = button.closest("li[data-id]");
        before = order();
        if (button.dataset.move === "up" && li.previousElementSibling) {
          li.after(li.previousElementSibling);
        } else if (button.dataset.move === "down" && li.nextElementSibling) {
          li.before(li.nextElementSibling);
        } else {
          return;
        }
        refresh();
        keepFocus(li, button);
        await send();
        keepFocus(li, button);
      });
    });

    // after the plain form (a page without this script's help, or a reload) the fragment names the button to focus
    if (location.hash.startsWith("#move-")) {
      const target = document.getElementById(location.hash.slice(1));
      if (target && !target.disabled) target.focus();
    }
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
