/**
 * Step 6: Explain a cell. Inside Excel the selected cell is explained; anywhere, a cell can be named ("Summary!F5").
 * The answer lists the SPR paragraphs, the functions (each with what it rests on), the inputs and the assumptions
 * the cell's figure comes from.
 */
import { CellReader, MissingSheetError } from "../workbook/cells";
import { button, field, h, setError } from "./dom";
import { Explanation, cellText, explainCell, parseCellAddress } from "./explain";

export interface ExplainHooks {
  reader: CellReader;
  inExcel: boolean;
  restsOn: (id: string) => string | undefined;
}

function show(v: unknown): string {
  return v === null || v === undefined || v === "" ? "(blank)" : String(v);
}

function list(title: string, items: (Node | string)[][]): HTMLElement | null {
  if (!items.length) return null;
  return h("section", {}, h("h3", {}, title), h("ul", {}, ...items.map((i) => h("li", {}, ...i))));
}

export function renderExplanation(ex: Explanation): HTMLElement[] {
  const out: (HTMLElement | null)[] = [
    h("p", {}, h("strong", {}, ex.at), ` = ${show(ex.value)}`, ex.rowLabel ? ` (${ex.rowLabel})` : ""),
    ex.formula ? h("p", {}, "Formula: ", h("code", {}, ex.formula)) : h("p", {}, "This cell holds a value, not a formula."),
    h(
      "p",
      { id: "explain-paragraphs" },
      ex.paragraphs.length
        ? `Rests on SPR paragraphs: ${ex.paragraphs.join(", ")}.`
        : "No SPR paragraph is cited by the functions this cell uses; see what each rests on below.",
    ),
    list(
      "Functions",
      ex.functions.map((f) => [h("code", {}, `SPR.${f.id}`), ` — ${f.restsOn || "no basis recorded"}`]),
    ),
    list(
      "Inputs",
      ex.inputs.map((i) => [
        `${[i.section, i.label].filter(Boolean).join(" · ")}: ${show(i.value)} ${i.unit} `,
        h("span", { class: "where" }, `(${i.at})`),
      ]),
    ),
    list(
      "Planning assumptions",
      ex.assumptions.map((a) => [
        h("code", {}, a.key),
        `: ${show(a.value)} ${a.unit}, ${a.setBy === "plan" ? "set in the plan" : "the default"}. ${a.source} `,
        h("span", { class: "where" }, `(${a.at})`),
      ]),
    ),
    list(
      "Other figures used",
      ex.others.map((o) => [`${show(o.value)} `, h("span", { class: "where" }, `(${o.at})`)]),
    ),
    ex.via.length ? h("p", { class: "hint" }, `Worked out through ${ex.via.join(", ")}.`) : null,
    ex.truncated ? h("p", { class: "hint" }, "The trace stopped early: the formula chain is long. The first steps are shown.") : null,
  ];
  return out.filter((e): e is HTMLElement => e !== null);
}

export function renderExplain(root: HTMLElement, hooks: ExplainHooks): void {
  const input = h("input", { type: "text", autocomplete: "off", spellcheck: "false", placeholder: "Summary!F5" });
  const cellField = field({
    id: "f-explain-cell",
    label: "Cell to explain",
    control: input,
    hint: hooks.inExcel
      ? "Select a cell in the workbook, or type its address, for example Summary!F5."
      : "Type a cell's address, for example Summary!F5 (the RAG of the first requirement).",
  });
  const output = h("div", { id: "explain-output", "aria-live": "polite" });
  const explain = async (address: string) => {
    setError(cellField, "");
    const target = parseCellAddress(address);
    if (!target) {
      setError(cellField, "Type a single cell with its sheet, for example Summary!F5.");
      input.focus();
      return;
    }
    input.value = cellText(target);
    output.replaceChildren(h("p", {}, "Reading the workbook…"));
    try {
      output.replaceChildren(...renderExplanation(await explainCell(hooks.reader, target, hooks.restsOn)));
    } catch (e) {
      output.replaceChildren();
      setError(
        cellField,
        e instanceof MissingSheetError
          ? `${e.message.charAt(0).toUpperCase()}${e.message.slice(1)}. Check the sheet name.`
          : `Could not read that cell: ${e instanceof Error ? e.message : String(e)}`,
      );
      input.focus();
    }
  };
  const explainTyped = button("Explain", () => void explain(input.value), "primary", { id: "explain-button" });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") void explain(input.value);
  });
  const selected = hooks.inExcel
    ? button("Explain the selected cell", async () => {
        const cell = await hooks.reader.selectedCell();
        if (cell) void explain(cellText(cell));
        else setError(cellField, "Select a single cell in the workbook first.");
      })
    : null;
  root.replaceChildren(cellField, h("div", { class: "actions" }, selected, explainTyped), output);
}
