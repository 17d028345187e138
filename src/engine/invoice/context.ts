/** What the engine knows about "now", given by the shell (dates in the spreadsheet's zone). */
export interface Context {
  today: string;
  user: string;
}
