/**
 * Writes docs/functions.md, the function reference, from the functions' own metadata (JSDoc) and the worked examples
 * in ./notes. Each example is evaluated through the same registry `spr eval` uses, so the answers shown are the
 * answers Excel gives. A test regenerates the page and fails when the committed copy is stale.
 */
import { evaluateCall } from "../cli/evaluate";
import { formatOutcome } from "../cli/format";
import { parseFormula } from "../cli/formula";
import { MetadataFunction, Registry } from "../cli/registry";
import { FUNCTION_NOTES } from "./notes";

const MAX_ROWS = 8;

function signature(f: MetadataFunction): string {
  const params = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `SPR.${f.id}(${params.join(", ")})`;
}

function anchor(id: string): string {
  return id.toLowerCase();
}

async function exampleBlock(registry: Registry, formula: string): Promise<string> {
  const outcome = await evaluateCall(parseFormula(formula), registry);
  let shown = outcome;
  let more = 0;
  if ("value" in outcome && Array.isArray(outcome.value) && outcome.value.length > MAX_ROWS) {
    more = outcome.value.length - MAX_ROWS;
    shown = { value: outcome.value.slice(0, MAX_ROWS) };
  }
  const text = formatOutcome(shown) + (more ? `\n… ${more} more row${more === 1 ? "" : "s"}` : "");
  return "```\n" + formula + "\n```\n```\n" + text + "\n```";
}

export async function renderReference(registry: Registry): Promise<string> {
  const fns = [...registry.metadata.values()];
  const out: string[] = [
    "# SPR function reference",
    "",
    "Generated from the functions' own documentation by `npm run docs`; do not edit by hand. Every example below was " +
      "evaluated by the add-in's engine through `spr eval`, the same code Excel calls.",
    "",
    "Every function checks its arguments: a wrong, missing or out-of-range argument gives `#VALUE!` with a message " +
      "that names the argument and says what is expected (Excel shows a custom function's message only with `#VALUE!` " +
      "and `#N/A`). A result too large for a worksheet is refused the same way.",
    "",
    "Arguments follow one set of rules, the same in every function (`src/core/args.ts`):",
    "",
    "- **Left out, blank or empty text.** An optional argument counts as left out when it is omitted (`=SPR.X(1,,3)`), " +
      'refers to a blank cell, holds empty text (`""`, or a formula that returns it) or is a range of nothing but those; ' +
      "it then takes its default, or none where it has no default. A required argument left out in any of these ways is " +
      "refused with `#VALUE!` naming it (a blank cell inside a range is read by the range's own rule: a blank status in " +
      "`SPR.CAPABILITYCHECK` is not assessed).",
    "- **Pairing ranges.** Two ranges read cell by cell (`SPR.GAP`, `SPR.RAG`, `SPR.CEDREQ`, `SPR.EVENTPSUS`, …) pair " +
      "when they have the same shape, or are lists (one row or one column) of the same length: a row pairs with a column " +
      "in order. Where the description says so, a single value pairs with every cell. The answer takes the shape of the " +
      "first range that is not a single value.",
    "- **One name, one meaning.** A parameter name means the same in every function (`unit` is always a rounding step; " +
      "`unit_type` is PSU, BDU or AEP), and its description is the same wherever it appears, but for its default.",
    "",
    "## Contents",
    "",
    ...fns.map((f) => `- [SPR.${f.id}](#${anchor(f.id)})`),
  ];
  for (const f of fns) {
    const [summary, ...rest] = (f.description ?? "").split("\n");
    out.push("", `## <a id="${anchor(f.id)}"></a>${signature(f)}`, "", summary);
    for (const line of rest) out.push("", line);
    if (f.parameters.length) {
      out.push("", "| Argument | Required | Description |", "| --- | --- | --- |");
      for (const p of f.parameters) out.push(`| ${p.name} | ${p.optional ? "optional" : "required"} | ${(p.description ?? "").replace(/\|/g, "\\|")} |`);
    }
    out.push("", `Returns: ${f.result?.dimensionality === "matrix" ? "a range (spills)" : "a single value"}.`);
    const note = FUNCTION_NOTES[f.id];
    if (note) {
      out.push("", "### Examples");
      for (const ex of note.examples) {
        out.push("", await exampleBlock(registry, ex.formula));
        if (ex.says) out.push("", ex.says);
      }
      if (note.notes?.length) {
        out.push("", "### Notes");
        for (const n of note.notes) out.push("", n);
      }
    }
  }
  return out.join("\n") + "\n";
}
