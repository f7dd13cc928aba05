/**
 * Saving a built workbook as a file, atomically (Node only: the task pane hands its bytes over as a download instead).
 */
import * as fs from "fs";
import * as path from "path";
import { ExcelJsWorkbook } from "./exceljs-adapter";

/**
 * Saves atomically: the file is written beside its destination under a temporary name, then moved into place, so a
 * crash never leaves half a file. Without `force`, an existing file is never replaced. The temporary name carries
 * the process id (`.<name>.spr-tmp-<pid>`); one left behind by a process that was killed is removed by the next save
 * to the same destination.
 */
export async function saveWorkbookFile(workbook: ExcelJsWorkbook, file: string, force = false): Promise<void> {
  const bytes = await workbook.toBytes();
  const dir = path.dirname(path.resolve(file));
  removeStaleTemporaries(dir, path.basename(file));
  const tmp = path.join(dir, temporaryName(path.basename(file), process.pid));
  fs.writeFileSync(tmp, bytes, { flag: "wx" });
  try {
    const fd = fs.openSync(tmp, "r");
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    if (force) fs.renameSync(tmp, file);
    else {
      fs.linkSync(tmp, file); // fails if the file exists: never a silent overwrite
      fs.unlinkSync(tmp);
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

export function temporaryName(base: string, pid: number): string {
  return `.${base}.spr-tmp-${pid}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** Removes temporary files for `base` left by processes that no longer run (this name, and the older `.<name>.<pid>.tmp`). */
function removeStaleTemporaries(dir: string, base: string): void {
  const ours = temporaryName(base, 0).slice(0, -1);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(ours)
      ? name.slice(ours.length)
      : name.startsWith(`.${base}.`) && name.endsWith(".tmp")
        ? name.slice(base.length + 2, -4)
        : "";
    if (/^[1-9]\d{0,9}$/.test(pid) && Number(pid) !== process.pid && !alive(Number(pid))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
