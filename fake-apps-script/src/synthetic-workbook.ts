/**
 * Synthetic nursery workbooks of any size, for the benchmark and the batching tests:
 * N children, each with a March invoice (3 lines, a part payment) and a schedule that
 * has changed since it was issued. Options add a fourth line to some invoices and an
 * Audit Log of earlier changes.
 */

type Row = unknown[];
const date = (iso: string) => ({ date: iso });

export interface SyntheticOptions {
  invoices: number;
  /** Extra invoices of other months before the ones acted on, so rows are not all new. */
  padding?: number;
  /** Every n-th invoice (1-based) also has a fourth line, a late pick-up typed by hand (0: none). */
  fourthLineEvery?: number;
  /**
   * An Audit Log sheet of this many rows of earlier void-and-regenerates, of last year's invoices
   * (IDs no invoice in the workbook has). Without it, the workbook has no Audit Log.
   */
  auditRows?: number;
}

const AUDIT_HEADER = ['Timestamp', 'User', 'Action', 'Invoice ID', 'Result ID', 'Request Key', 'Details'];

/** Audit Log rows as the add-on writes them: one per invoice changed, its result as JSON. */
function auditLog(rows: number): Row[] {
  const log: Row[] = [AUDIT_HEADER];
  for (let i = 1; i <= rows; i++) {
    const id = `INV-2025-${String(i).padStart(5, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const result = {
      invoiceId: id,
      ok: true,
      voided: true,
      newInvoiceId: `${id}-R1`,
      total: '209.00',
      transferred: '100.00',
    };
    log.push([
      { dateTime: `2025-11-${day}T10:${String(i % 60).padStart(2, '0')}:00` },
      'bookkeeper@example.com',
      'void-and-regenerate',
      id,
      `${id}-R1`,
      `key-${Math.ceil(i / 20)}`,
      JSON.stringify({ result, reason: 'Rates changed', mode: 'schedule' }),
    ]);
  }
  return log;
}

export function syntheticSheets(options: SyntheticOptions): Record<string, Row[]> {
  const { invoices, padding = 0, fourthLineEvery = 0, auditRows } = options;
  const invoiceRows: Row[] = [
    [
      'Invoice ID',
      'Reference',
      'Customer',
      'Period Start',
      'Period End',
      'Issue Date',
      'Due Date',
      'Currency',
      'Status',
      'Subtotal',
      'Tax',
      'Total',
      'Accounting ID',
    ],
  ];
  const lines: Row[] = [
    ['Invoice ID', 'Kind', 'Description', 'Quantity', 'Unit Price', 'Amount', 'Tax Rate', 'Source'],
  ];
  const schedule: Row[] = [
    [
      'Customer',
      'Kind',
      'Description',
      'Frequency',
      'Days',
      'Units',
      'Rate',
      'Effective From',
      'Effective To',
      'Tax Rate',
    ],
  ];
  const payments: Row[] = [['Payment ID', 'Invoice ID', 'Date', 'Amount', 'Method', 'Note']];
  for (let i = 1; i <= padding + invoices; i++) {
    const child = `Child ${String(i).padStart(4, '0')}`;
    const id = `INV-${String(i).padStart(5, '0')}`;
    const fourth = fourthLineEvery > 0 && i % fourthLineEvery === 0;
    const subtotal = fourth ? 200 : 185;
    invoiceRows.push([
      id,
      `REF-${i}`,
      child,
      date('2026-03-01'),
      date('2026-03-31'),
      date('2026-03-01'),
      date('2026-03-15'),
      'GBP',
      'open',
      subtotal,
      24,
      subtotal + 24,
      `ACC-${i}`,
    ]);
    lines.push(
      [id, 'session', 'Morning sessions', 12, 10, 120, 0.2, 'Schedule'],
      [id, 'charge', 'Meals', 1, 40, 40, 0, 'Schedule'],
      [id, 'manual', 'Trip to the farm', 1, 25, 25, 0, ''],
    );
    if (fourth) lines.push([id, 'manual', 'Late pick-up', 1, 15, 15, 0, '']);
    schedule.push(
      [child, 'session', 'Morning sessions', 'daily', 'Mon, Wed, Fri', 1, 10.5, '', '', '20%'],
      [child, 'charge', 'Meals', 'monthly', '', 1, 42, '', '', 0],
      [child, 'session', 'Forest school', 'weekly', '', 2, 7.25, date('2026-03-16'), '', 0],
    );
    payments.push([`P-${i}`, id, date('2026-03-10'), 100, 'card', '']);
  }
  const sheets: Record<string, Row[]> = {
    Invoices: invoiceRows,
    'Invoice Lines': lines,
    Schedule: schedule,
    Closures: [
      ['Date', 'Customer'],
      [date('2026-03-06'), ''],
    ],
    Payments: payments,
    'Credit Notes': [['Credit Note ID', 'Invoice ID', 'Customer', 'Date', 'Refund', 'Credit', 'Reason']],
  };
  if (auditRows !== undefined) sheets['Audit Log'] = auditLog(auditRows);
  return sheets;
}

/** The IDs of the invoices acted on (after the padding). */
export function syntheticIds({ invoices, padding = 0 }: SyntheticOptions): string[] {
  return Array.from({ length: invoices }, (_, i) => `INV-${String(padding + i + 1).padStart(5, '0')}`);
}
