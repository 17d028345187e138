/** Where the playground's workbook comes from: the nursery sample, an .xlsx file, or a synthetic one. */
import { basename } from 'node:path';
import { SAMPLE_NAME, SAMPLE_TIME_ZONE, nurserySample } from '../examples/nursery';
import { syntheticSheets } from '../fake-apps-script/src/synthetic-workbook';
import { readWorkbookFile, WorkbookPath, workbookPath } from './workbook-file';
import { CellFormat, fixtureFromXlsx } from './workbook-io';

export interface WorkbookSource {
  name: string;
  timeZone: string;
  /** The spreadsheet's locale (File → Settings): formula separators follow it. */
  locale?: string;
  /** Read from the user's own file (Reset then asks first: the page cannot tell it from the sample). */
  fromFile?: boolean;
  /** A fresh copy of the workbook each time (Reset loads it again). */
  load(): { sheets: Record<string, unknown[][]>; formats?: CellFormat[] };
}

export function sampleSource(timeZone = SAMPLE_TIME_ZONE): WorkbookSource {
  return { name: SAMPLE_NAME, timeZone, load: () => ({ sheets: nurserySample() }) };
}

export function sheetsSource(
  sheets: Record<string, unknown[][]>,
  name = 'Test workbook',
  timeZone = SAMPLE_TIME_ZONE,
): WorkbookSource {
  const json = JSON.stringify(sheets);
  return { name, timeZone, load: () => ({ sheets: JSON.parse(json) }) };
}

export function syntheticSource(invoices: number, timeZone = SAMPLE_TIME_ZONE): WorkbookSource {
  return sheetsSource(syntheticSheets({ invoices }), `Synthetic nursery, ${invoices} invoices`, timeZone);
}

/** The file is read once, so Reset goes back to it as it was when the playground started. */
export function xlsxSource(file: string | WorkbookPath, timeZone = SAMPLE_TIME_ZONE): WorkbookSource {
  const path = typeof file === 'string' ? workbookPath(file) : file;
  const json = JSON.stringify(fixtureFromXlsx(readWorkbookFile(path)));
  return { name: basename(path.resolved), timeZone, fromFile: true, load: () => JSON.parse(json) };
}
