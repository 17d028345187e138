/**
 * Rows to read (or write) as few blocks as the cost model of execution-time says: two runs of
 * rows become one block when reading the rows between them costs less than one more call.
 */
import { MS_PER_CALL, MS_PER_CELL } from './execution-time';

export interface RowBlock {
  first: number;
  count: number;
}

export function rowBlocks(rows: Iterable<number>, width: number): RowBlock[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: RowBlock[] = [];
  // The most rows in a gap worth reading rather than making another call.
  const worthReading = Math.floor(MS_PER_CALL / (MS_PER_CELL * Math.max(width, 1)));
  for (const row of sorted) {
    const last = blocks[blocks.length - 1];
    const gap = last ? row - (last.first + last.count) : Infinity;
    if (last && gap <= worthReading) last.count = row - last.first + 1;
    else blocks.push({ first: row, count: 1 });
  }
  return blocks;
}
