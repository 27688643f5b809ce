// 企业基本信息 page: a live character counter for 企业简介 and the project name that only a "yes" needs.
// The server's check is the authoritative one; this only helps while typing. Characters are counted as the server
// counts them: code points of the trimmed text with line ends as \n, so a CJK character or an emoji is one.
(() => {
  const format = (template, values) =>
    template.replace(/\{(\d+)\}/g, (match, index) => (index in values ? String(values[index]) : match));

  const setUpCounter = (area) => {
    const counter = document.getElementById(area.dataset.counter);
    const max = Number.parseInt(area.dataset.maxChars, 10);
    if (!counter || Number.isNaN(max)) return;
    const update = () => {
      const length = [...area.value.replace(/\r\n?/g, "\n").trim()].length;
      const over = length > max;
      counter.textContent = over
        ? format(counter.dataset.templateOver, [length, max, length - max])
        : format(counter.dataset.template, [length, max, max - length]);
      counter.classList.toggle("text-danger", over);
      counter.classList.toggle("fw-semibold", over);
    };
    area.addEventListener("input", update);
    update();
  };

  const setUpDependentField = (form) => {
    const radios = form.querySelectorAll("input[type=radio][data-enables], input[type=radio][data-disables]");
    const apply = () => {
      radios.forEach((radio) => {
        if (!radio.checked) return;
        const enable = radio.hasAttribute("data-enables");
        const target = document.getElementById(radio.dataset.enables || radio.dataset.disables);
        if (target) target.disabled = !enable;
      });
    };
    radios.forEach((radio) => radio.addEventListener("change", apply));
    apply();
  };

  const start = () => {
    document.querySelectorAll("textarea[data-max-chars][data-counter]").forEach(setUpCounter);
    document.querySelectorAll("form").forEach(setUpDependentField);
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
