/** What an apply leaves to report: the results panel shows it and Export results copies it. */
import type { ApplyOutcome, OutcomeFailure } from './chunk-answers';

export interface ResultsDisplay {
  outcomes: readonly ApplyOutcome[];
  /** Invoices queued for the apply. */
  total: number;
  /** Invoices whose chunk never ran (cancelled) or whose whole call failed: what a retry sends. */
  pending: number;
  /** Invoices whose chunk was never sent. */
  unsent: readonly string[];
  cancelled: boolean;
  leftOut: readonly string[];
  /** Invoices the preview said can't be changed. */
  skipped: readonly OutcomeFailure[];
  /** Invoices a cancelled preview never reached. */
  notPreviewed: readonly string[];
  currency(invoiceId: string): string;
}
