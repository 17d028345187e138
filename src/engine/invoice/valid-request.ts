import type { Action, InvoiceEdits, RegenerateMode } from '../../shared/api';
import type { Dec } from '../calc/money';

/** A request after validation: every field present, typed and sane. */
export interface ValidRequest {
  action: Action;
  invoiceIds: string[];
  reason: string;
  mode: RegenerateMode;
  keepManual: boolean;
  /** Schedule mode: part months and weeks count their share (true) or whole (false). */
  prorate: boolean;
  /** Regenerate: the customer's other credit may pay the new invoice too (default true). */
  applyCredit: boolean;
  from: string | null;
  to: string | null;
  edits: Record<string, InvoiceEdits>;
  creditNote: { refund: Dec; credit: Dec } | null;
  requestKey: string | null;
  fingerprints: Record<string, string>;
}
