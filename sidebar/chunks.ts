/**
 * Splitting large selections into server calls and running them a few at a time.
 * Cancel stops handing out new chunks; chunks already in flight finish.
 */

/** Invoices per server call (the server takes up to 500; smaller chunks give finer progress). */
export const CHUNK_SIZE = 50;
/** Chunks in flight at once (the bridge enforces the same ceiling for every call). */
export const PARALLEL_CHUNKS = 3;

export function split<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

/**
 * Runs work(index) for each index, at most `parallel` at a time, in order.
 * Resolves with the indexes that were never started because `cancelled()` turned true.
 * `work` should not reject; if it does, the pool carries on with the next chunk.
 */
export async function runPool(
  indexes: readonly number[],
  work: (index: number) => Promise<void>,
  cancelled: () => boolean,
  parallel = PARALLEL_CHUNKS,
): Promise<number[]> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < indexes.length && !cancelled()) {
      const index = indexes[next];
      next += 1;
      try {
        await work(index);
      } catch {
        // the chunk's own handler records failures; keep going
      }
    }
  };
  const workers: Array<Promise<void>> = [];
  for (let i = 0; i < Math.min(parallel, indexes.length); i += 1) workers.push(worker());
  await Promise.all(workers);
  return indexes.slice(next);
}
