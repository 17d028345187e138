/**
 * Crash safety at every point (no sampling), on a small workbook read whole: see crash-sweep.ts.
 */
import { crashSweep } from './crash-sweep';
import { nurserySheets } from './harness';

crashSweep(nurserySheets);
