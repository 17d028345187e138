/**
 * How names typed by people are compared: headers, customers and statuses match whatever
 * their case, outer spaces and runs of inner spaces ("Invoice  ID " is "invoice id").
 */
export function textKey(text: unknown): string {
  return String(text ?? '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
