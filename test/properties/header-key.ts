/** Header text as SPEC §1 matches it: case-insensitive, trimmed, inner spaces collapsed. */
export function headerKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
