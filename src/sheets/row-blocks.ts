/**
 * Rows to read as few blocks as the cost model of execution-time says: two runs of rows become
 * one block when reading the rows between them costs less than one more call. Calls also stay
 * flat however the rows are spread (SPEC §5): past `maxBlocks`, the closest blocks are merged
 * (reading the rows between them) until that many remain.
 */
import { MS_PER_CALL, MS_PER_CELL } from './cost-model';

export interface RowBlock {
  first: number;
  count: number;
}

/** Blocks per sheet per round of lookups: with the writes, 100 scattered invoices stay within 60 calls. */
export const MAX_BLOCKS = 4;

export function rowBlocks(rows: Iterable<number>, width: number, maxBlocks = MAX_BLOCKS): RowBlock[] {
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
  if (blocks.length <= maxBlocks) return blocks;
  // Keep the widest gaps between blocks (maxBlocks − 1 of them); read across the others.
  const gaps = blocks
    .slice(1)
    .map((block, i) => ({ after: i, size: block.first - (blocks[i].first + blocks[i].count) }));
  const kept = new Set(
    gaps
      .sort((a, b) => b.size - a.size || a.after - b.after)
      .slice(0, Math.max(maxBlocks - 1, 0))
      .map((gap) => gap.after),
  );
  const merged: RowBlock[] = [];
  blocks.forEach((block, i) => {
    const last = merged[merged.length - 1];
    if (last && !kept.has(i - 1)) last.count = block.first + block.count - last.first;
    else merged.push({ ...block });
  });
  return merged;
}
