import type {
  ApplyResponse,
  PreviewResponse,
  RevoiceRequest,
  SelectionResponse,
  SetupResponse,
} from '../src/shared/api';
import { MAX_INVOICES_PER_CALL } from '../src/shared/api';
import { callJson } from '../fake-apps-script/src/load-bundle';
import { adjacentIds, invoiceRow, middle } from './workbooks';
import type { Workbook, WorkbookSpec } from './workbooks';

/**
 * What the bench measures, each on a fresh copy of a workbook: one call of the real bundle, as the
 * sidebar makes it. `prepare` is not measured (every operation's starts with "Set up workbook");
 * `check` says what went wrong, or null.
 */
export interface Operation {
  name: string;
  label(spec: WorkbookSpec): string;
  /** Whether the workbook has enough invoices for it. */
  fits(spec: WorkbookSpec): boolean;
  prepare?(book: Workbook, spec: WorkbookSpec): void;
  call(book: Workbook, spec: WorkbookSpec): unknown;
  check(response: unknown, spec: WorkbookSpec): string | null;
}

/** `count` adjacent invoices around the middle, or `count` spread evenly over the workbook. */
const block = (spec: WorkbookSpec, count: number) => adjacentIds(middle(spec) - Math.floor(count / 2), count);
const spacing = (spec: WorkbookSpec, count: number) => Math.floor(spec.invoices / count);
const scattered = (spec: WorkbookSpec, count: number) =>
  Array.from({ length: count }, (_, i) => adjacentIds((i + 1) * spacing(spec, count), 1)[0]);

function request(name: string, invoiceIds: string[]): RevoiceRequest {
  return {
    action: 'void-and-regenerate',
    mode: 'schedule',
    keepManual: true,
    reason: 'Rates changed',
    invoiceIds,
    requestKey: `bench-${name}`,
  };
}

/** Null when every invoice asked for came back ok; otherwise the first failure. */
function checkResults(response: unknown, wanted: number): string | null {
  const answer = response as ApplyResponse | PreviewResponse;
  if (!answer.ok) return `${answer.code}: ${answer.message}`;
  const failed = answer.results.find((r) => !r.ok);
  if (failed && !failed.ok) return `${failed.invoiceId} ${failed.code}: ${failed.message}`;
  return answer.results.length === wanted ? null : `${answer.results.length} results for ${wanted} invoices`;
}

function apply(name: string, label: string, count: number, ids: (spec: WorkbookSpec) => string[]): Operation {
  return {
    name,
    label: () => label,
    fits: (spec) => spec.invoices >= count,
    call: ({ api }, spec) => callJson(api.revoiceApply, request(name, ids(spec))),
    check: (response) => checkResults(response, count),
  };
}

/**
 * A workbook as a bookkeeper has it after installing: "Set up workbook" run once, which adds
 * Revoice's own columns (Voided At, Regenerated As…) and sheets (Audit Log, Revoice Journal) and
 * formats the date columns it adds, so an apply does not format them itself.
 */
export function setUp({ api }: Workbook): void {
  const answer = callJson(api.revoiceSetup) as SetupResponse;
  if (!answer.ok) throw new Error(`bench: Set up workbook failed: ${answer.code}: ${answer.message}`);
}

/** The operation with "Set up workbook" run first in its (unmeasured) prepare. */
const installed = (op: Operation): Operation => ({
  ...op,
  prepare: (book, spec) => {
    setUp(book);
    op.prepare?.(book, spec);
  },
});

const AS_SIDEBAR_CALLS: Operation[] = [
  {
    name: 'selection',
    label: () => 'revoiceSelection, 1 row selected',
    fits: () => true,
    prepare: ({ apps }, spec) => {
      const row = invoiceRow(middle(spec));
      apps.setActive('Invoices', [`A${row}:M${row}`]);
    },
    call: ({ api }) => callJson(api.revoiceSelection),
    check: (response, spec) => {
      const answer = response as SelectionResponse;
      if (!answer.ok) return `${answer.code}: ${answer.message}`;
      const [wanted] = block(spec, 1);
      const ids = answer.invoices.map((i) => i.invoiceId).join(', ');
      return ids === wanted ? null : `selected ${ids || 'nothing'}, not ${wanted}`;
    },
  },
  {
    name: 'preview',
    label: () => 'revoicePreview, 1 invoice',
    fits: () => true,
    call: ({ api }, spec) => callJson(api.revoicePreview, request('preview', block(spec, 1))),
    check: (response) => checkResults(response, 1),
  },
  apply('apply1', 'revoiceApply, 1 invoice', 1, (spec) => block(spec, 1)),
  apply('apply100', 'apply 100 adjacent', 100, (spec) => block(spec, 100)),
  {
    ...apply('scattered100', '', 100, (spec) => scattered(spec, 100)),
    label: (spec) => `apply 100 scattered (every ${spacing(spec, 100).toLocaleString('en-GB')}th row)`,
  },
  apply('apply500', 'apply 500 adjacent', 500, (spec) => block(spec, 500)),
  {
    name: 'all',
    label: (spec) => `apply all ${spec.invoices} (one call)`,
    fits: (spec) => spec.invoices <= MAX_INVOICES_PER_CALL,
    call: ({ api }, spec) => callJson(api.revoiceApply, request('all', adjacentIds(1, spec.invoices))),
    check: (response, spec) => checkResults(response, spec.invoices),
  },
];

export const OPERATIONS: Operation[] = AS_SIDEBAR_CALLS.map(installed);

/** Below this many invoices a workbook gets only `all` (the rows the bench printed before). */
const SMALL = 1000;

/** The operations run on a workbook: `only` (names) where they fit, else the defaults for its size. */
export function operationsFor(spec: WorkbookSpec, only: string[] | null): Operation[] {
  if (only) return OPERATIONS.filter((op) => only.includes(op.name) && op.fits(spec));
  return OPERATIONS.filter((op) => (spec.invoices < SMALL ? op.name === 'all' : op.name !== 'all'));
}
