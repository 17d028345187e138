/**
 * Crash safety at every point (no sampling), on a workbook too large to read whole: every sheet
 * the apply reads is searched by key and read as its header and found rows (see crash-sweep.ts).
 */
import { crashSweep } from './crash-sweep';
import { nurserySheets, withFiller } from './harness';

crashSweep(() => withFiller(nurserySheets()));
