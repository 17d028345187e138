/**
 * The `--workbook` file: found from the folder the user ran `npm start` in, and read with
 * messages a bookkeeper can act on (what is wrong with which file, and what to do instead).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { XWorkbook } from './xlsx/model';
import { readXlsx } from './xlsx/read';

/** A mistake the person at the terminal can fix: shown as it is, without a stack trace. */
export class PlainError extends Error {}

export interface WorkbookPath {
  /** As the user typed it. */
  typed: string;
  resolved: string;
}

/**
 * npm runs scripts in the project folder and puts the folder `npm start` was typed in into
 * INIT_CWD (docs.npmjs.com/cli/commands/npm-run-script), so a relative path starts there.
 */
export function workbookPath(typed: string, env: NodeJS.ProcessEnv = process.env): WorkbookPath {
  return { typed, resolved: resolve(env.INIT_CWD || process.cwd(), typed) };
}

/** "notes.csv", plus where that is when it is not what was typed. */
export function shownPath({ typed, resolved }: WorkbookPath): string {
  return typed === resolved ? typed : `${typed} (${resolved})`;
}

const SAVE_AS_XLSX = 'save it from Google Sheets as File → Download → Microsoft Excel (.xlsx)';

/** Every .xlsx is a zip archive, and every zip archive starts with "PK\x03\x04". */
const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

function readBytes(path: WorkbookPath): Uint8Array {
  const shown = shownPath(path);
  try {
    if (statSync(path.resolved).isDirectory())
      throw new PlainError(`${shown} is a folder: give the path of the .xlsx file inside it.`);
    return readFileSync(path.resolved);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new PlainError(`There is no file ${shown}: check the name and the folder, or give the full path.`);
    if (code === 'EACCES' || code === 'EPERM') throw new PlainError(`${shown} cannot be read: permission denied.`);
    throw e;
  }
}

export function readWorkbookFile(path: WorkbookPath): XWorkbook {
  const bytes = readBytes(path);
  const shown = shownPath(path);
  if (!isZip(bytes)) throw new PlainError(`${shown} is not an .xlsx workbook: ${SAVE_AS_XLSX}.`);
  let book: XWorkbook;
  try {
    book = readXlsx(bytes);
  } catch (e) {
    // A zip that is not a workbook (an .ods, a damaged download): say so, with the reader's reason.
    throw new PlainError(`${shown} could not be read as an .xlsx workbook (${(e as Error).message}): ${SAVE_AS_XLSX}.`);
  }
  if (!book.sheets.length) throw new PlainError(`${shown} has no sheets.`);
  return book;
}
