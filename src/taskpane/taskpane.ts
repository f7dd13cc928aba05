/**
 * The task pane (for now): shows the add-in version and the SPR standards it knows. The full pane is a later issue.
 */
import { STANDARDS } from "../core/standards/registry";
import { SPR_EDITION } from "../core/standards/standard";
import { ADDIN_VERSION } from "../core/version";

function render(): void {
  document.getElementById("version")!.textContent = `Version ${ADDIN_VERSION} · ${SPR_EDITION}`;
  const body = document.querySelector("#standards tbody")!;
  for (const s of STANDARDS) {
    const tr = document.createElement("tr");
    for (const [text, cls] of [[s.key, ""], [String(s.value), "num"], [s.unit, ""], [s.paragraph, ""]]) {
      const td = document.createElement("td");
      td.textContent = text;
      if (cls) td.className = cls;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
}

render();
Office.onReady((info) => {
  document.getElementById("host-status")!.textContent = info.host ? `Running in ${info.host}.` : "Running outside Office (functions and standards are available).";
});
