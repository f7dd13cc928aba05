/**
 * The arguments `spr build` and `spr plan` share: one input file, `-o`/`--out` and its file, `--force`, and options
 * that take a value (`--store-type FileSystem`), each read once here.
 */

/** An option that takes a value, taken out of the arguments (its value is the next argument). */
export function takeValue(args: string[], flag: string): { value?: string; rest: string[] } {
  const i = args.indexOf(flag);
  if (i < 0) return { rest: args };
  return { value: args[i + 1], rest: args.filter((_, j) => j !== i && j !== i + 1) };
}

/**
 * The one input and the output of a command, after its switches (`--force` and `switches`) and valued options are
 * taken out; null when there is not exactly one input and an output.
 */
export function inputAndOutput(args: string[], switches: string[] = []): { input: string; out: string; force: boolean; has: (s: string) => boolean } | null {
  const rest = args.filter((a) => a !== "--force" && !switches.includes(a));
  const o = rest.findIndex((a) => a === "-o" || a === "--out");
  const out = o >= 0 ? rest[o + 1] : undefined;
  const inputs = rest.filter((_, i) => i !== o && i !== o + 1);
  if (inputs.length !== 1 || !out) return null;
  return { input: inputs[0], out, force: args.includes("--force"), has: (s) => args.includes(s) };
}
