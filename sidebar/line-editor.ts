/**
 * Copy and edit: the original invoice's lines as editable rows, plus new lines.
 * read() returns only what changed, as LineEdit / LineAdd for the request's `edits`.
 */
import type { InvoiceEdits, LineAdd, LineEdit, PreviewLine } from '../src/shared/api';
import { button, el, uid } from './dom';
import { readTyped, typedNumber } from './format';
import { percentOf, readPercent } from './percent';

export interface LineEditor {
  invoiceId: string;
  element: HTMLElement;
  read(): { edits: InvoiceEdits; errors: string[] };
}

/** The rule for descriptions, one for edited and new lines alike (the server's too). */
const DESCRIPTION_RULE = 'Every line needs a description.';

/** A text box whose label starts with the line it belongs to, for screen readers ("Line 2 quantity"). */
function input(line: string, label: string, value: string, decimal: boolean) {
  const id = uid('rv-edit');
  const box = el('input', { type: 'text', id, value, autocomplete: 'off', inputmode: decimal ? 'decimal' : undefined });
  const text = el('label', { for: id }, el('span', { class: 'sr-only', text: `${line} ` }), label);
  return { row: el('div', { class: 'field' }, text, box), input: box };
}

/** The four boxes of a line, original or new. */
interface LineFields {
  description: HTMLInputElement;
  quantity: HTMLInputElement;
  unitPrice: HTMLInputElement;
  taxRate: HTMLInputElement;
  rows: HTMLElement[];
}

function lineFields(line: string, currency: string, values: Omit<PreviewLine, 'kind' | 'amount' | 'tax' | 'source'>) {
  const description = input(line, 'Description', values.description, false);
  const quantity = input(line, 'Quantity', values.quantity, true);
  const unitPrice = input(line, `Unit price (${currency})`, values.unitPrice, true);
  const taxRate = input(line, 'Tax rate (%)', values.taxRate, true);
  const fields: LineFields = {
    description: description.input,
    quantity: quantity.input,
    unitPrice: unitPrice.input,
    taxRate: taxRate.input,
    rows: [description.row, el('div', { class: 'pair' }, quantity.row, unitPrice.row), taxRate.row],
  };
  return fields;
}

/** What is wrong with a line's boxes, each error naming the line. */
function lineErrors(where: string, f: LineFields): string[] {
  const errors: string[] = [];
  if (!f.description.value.trim()) errors.push(`${where}: add a description. ${DESCRIPTION_RULE}`);
  if (readTyped(f.quantity.value, true) === null) errors.push(`${where}: the quantity must be a number.`);
  if (readTyped(f.unitPrice.value, true) === null)
    errors.push(`${where}: the unit price must be an amount like ${typedNumber('12.50')}.`);
  if (f.taxRate.value.trim() && readPercent(f.taxRate.value) === null)
    errors.push(`${where}: the tax rate must be a percentage from 0 to 100, like 20 for 20 %.`);
  return errors;
}

/** The tax rate as the request carries it: "20%", never a bare "20" the server would read as 2000 %. */
function taxRateText(box: HTMLInputElement): string {
  return `${readPercent(box.value) ?? '0'}%`;
}

interface OriginalRow extends LineFields {
  index: number;
  line: PreviewLine;
  remove: HTMLInputElement;
}
interface AddedRow extends LineFields {
  row: HTMLElement;
}

export function createLineEditor(
  invoiceId: string,
  currency: string,
  lines: readonly PreviewLine[],
  onChange: () => void,
): LineEditor {
  const originals: OriginalRow[] = [];
  const added: AddedRow[] = [];
  const list = el('ol', { class: 'edit-lines' });

  lines.forEach((line, i) => {
    const index = i + 1;
    // Shown as the spreadsheet's locale writes numbers ("12,50" in de_DE), and read back the same way.
    const fields = lineFields(`Line ${index}`, currency, {
      ...line,
      quantity: typedNumber(line.quantity),
      unitPrice: typedNumber(line.unitPrice),
      taxRate: typedNumber(percentOf(line.taxRate)),
    });
    const removeId = uid('rv-remove');
    const remove = el('input', { type: 'checkbox', id: removeId });
    const state = el('span', { class: 'edit-state' });
    const item = el(
      'li',
      { class: 'edit-line' },
      el(
        'div',
        { class: 'edit-line-title' },
        `Line ${index}`,
        el('span', { class: 'kind', text: ` · ${line.kind}` }),
        state,
      ),
      ...fields.rows,
      el(
        'div',
        { class: 'choice' },
        remove,
        el('label', { for: removeId }, 'Remove this line', el('span', { class: 'sr-only', text: ` (line ${index})` })),
      ),
    );
    remove.addEventListener('change', () => {
      for (const box of [fields.description, fields.quantity, fields.unitPrice, fields.taxRate])
        box.disabled = remove.checked;
      item.classList.toggle('is-removed', remove.checked);
      state.textContent = remove.checked ? ' — will be removed' : '';
    });
    originals.push({ index, line, remove, ...fields });
    list.appendChild(item);
  });

  const addList = el('ol', { class: 'edit-lines added' });
  const addLine = (): void => {
    const fields = lineFields(`New line ${added.length + 1}`, currency, {
      description: '',
      quantity: '1',
      unitPrice: '',
      taxRate: '',
    });
    const row: HTMLElement = el(
      'li',
      { class: 'edit-line is-added' },
      el('div', { class: 'edit-line-title', text: 'New line' }),
      ...fields.rows,
    );
    const entry: AddedRow = { row, ...fields };
    row.appendChild(
      button(
        'Remove new line',
        () => {
          added.splice(added.indexOf(entry), 1);
          row.remove();
          onChange();
          addButton.focus();
        },
        { class: 'link' },
      ),
    );
    added.push(entry);
    addList.appendChild(row);
    fields.description.focus();
    onChange();
  };
  const addButton = button('Add line', addLine, { class: 'secondary' });

  const element = el(
    'section',
    { class: 'line-editor', 'aria-labelledby': 'rv-editor-title' },
    el('h3', { id: 'rv-editor-title', text: `Lines of ${invoiceId}` }),
    el('p', {
      class: 'hint',
      text: `Change what’s wrong, then preview again. ${DESCRIPTION_RULE} Tax rate is a percentage: 20 is 20 %.`,
    }),
    list,
    addList,
    addButton,
  );

  const read = (): { edits: InvoiceEdits; errors: string[] } => {
    const errors: string[] = [];
    const edits: LineEdit[] = [];
    for (const o of originals) {
      if (o.remove.checked) {
        edits.push({ index: o.index, remove: true });
        continue;
      }
      const edit: LineEdit = { index: o.index };
      if (o.description.value.trim() !== o.line.description.trim()) edit.description = o.description.value.trim();
      // Sent as plain decimals ("1234.5"): what was typed is read by the spreadsheet's locale here.
      const quantity = o.quantity.value.trim();
      const unitPrice = o.unitPrice.value.trim();
      if (quantity !== typedNumber(o.line.quantity)) edit.quantity = readTyped(quantity, true) ?? quantity;
      if (unitPrice !== typedNumber(o.line.unitPrice)) edit.unitPrice = readTyped(unitPrice, true) ?? unitPrice;
      if (readPercent(o.taxRate.value || '0') !== percentOf(o.line.taxRate)) edit.taxRate = taxRateText(o.taxRate);
      if (Object.keys(edit).length === 1) continue;
      // A line left as it was is not checked: a blank description the sheet holds is its own.
      errors.push(...lineErrors(`Line ${o.index}`, o));
      edits.push(edit);
    }
    const adds: LineAdd[] = [];
    added.forEach((a, i) => {
      const add: LineAdd = {
        description: a.description.value.trim(),
        quantity: readTyped(a.quantity.value, true) ?? a.quantity.value.trim(),
        unitPrice: readTyped(a.unitPrice.value, true) ?? a.unitPrice.value.trim(),
      };
      if (a.taxRate.value.trim()) add.taxRate = taxRateText(a.taxRate);
      errors.push(...lineErrors(`New line ${i + 1}`, a));
      adds.push(add);
    });
    const result: InvoiceEdits = {};
    if (edits.length) result.lines = edits;
    if (adds.length) result.add = adds;
    return { edits: result, errors };
  };

  return { invoiceId, element, read };
}
