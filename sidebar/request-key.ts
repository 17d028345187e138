/**
 * Request keys make applies idempotent: the server returns the first result for a key it has
 * seen. One base key per preview; each chunk's key is derived from it, so a retry of the same
 * chunk resends the same key.
 */
function randomHex(bytes: number): string {
  const data = new Uint8Array(bytes);
  const c = (window as unknown as { crypto?: Crypto }).crypto;
  if (c && c.getRandomValues) c.getRandomValues(data);
  else for (let i = 0; i < bytes; i += 1) data[i] = Math.floor(Math.random() * 256);
  let out = '';
  for (let i = 0; i < data.length; i += 1) out += data[i].toString(16).padStart(2, '0');
  return out;
}

export function newRequestKey(): string {
  return `rv-${Date.now().toString(36)}-${randomHex(10)}`;
}

export function chunkKey(baseKey: string, chunkIndex: number): string {
  return `${baseKey}-c${chunkIndex + 1}`;
}
