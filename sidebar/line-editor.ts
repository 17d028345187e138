/**
 * Copy and edit: the original invoice's lines as editable rows, plus new lines.
 * read() returns only what changed, as LineEdit / LineAdd for the request's `edits`.
 */
import type { InvoiceEdits, LineAdd, LineEdit, PreviewLine } from '../src/shared/api';
import { button, el, uid } from './dom';
import { readTyped, readTypedRate, typedNumber } from './format';

export interface LineEditor {
  invoiceId: string;
  element: HTMLElement;
  read(): { edits: InvoiceEdits; errors: string[] };
}

function input(label: string, value: string, decimal: boolean): { row: HTMLElement; input: HTMLInputElement } {
  const id = uid('rv-edit');
  const box = el('input', { type: 'text', id, value, autocomplete: 'off', inputmode: decimal ? 'decimal' : undefined });
  return { row: el('div', { class: 'field' }, el('label', { for: id, text: label }), box), input: box };
}

interface OriginalRow {
  index: number;
  line: PreviewLine;
  description: HTMLInputElement;
  quantity: HTMLInputElement;
  unitPrice: HTMLInputElement;
  remove: HTMLInputElement;
}
interface AddedRow {
  row: HTMLElement;
  description: HTMLInputElement;
  quantity: HTMLInputElement;
  unitPrice: HTMLInputElement;
  taxRate: HTMLInputElement;
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
    const description = input('Description', line.description, false);
    const quantity = input('Quantity', typedNumber(line.quantity), true);
    const unitPrice = input(`Unit price (${currency})`, typedNumber(line.unitPrice), true);
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
      description.row,
      el('div', { class: 'pair' }, quantity.row, unitPrice.row),
      el('div', { class: 'choice' }, remove, el('label', { for: removeId, text: 'Remove this line' })),
    );
    remove.addEventListener('change', () => {
      for (const box of [description.input, quantity.input, unitPrice.input]) box.disabled = remove.checked;
      item.classList.toggle('is-removed', remove.checked);
      state.textContent = remove.checked ? ' — will be removed' : '';
    });
    originals.push({
      index,
      line,
      description: description.input,
      quantity: quantity.input,
      unitPrice: unitPrice.input,
      remove,
    });
    list.appendChild(item);
  });

  const addList = el('ol', { class: 'edit-lines added' });
  const addLine = (): void => {
    const description = input('Description', '', false);
    const quantity = input('Quantity', '1', true);
    const unitPrice = input(`Unit price (${currency})`, '', true);
    const taxRate = input(`Tax rate (optional, e.g. ${typedNumber('0.2')})`, '', true);
    const row: HTMLElement = el(
      'li',
      { class: 'edit-line is-added' },
      el('div', { class: 'edit-line-title', text: 'New line' }),
      description.row,
      el('div', { class: 'pair' }, quantity.row, unitPrice.row),
      taxRate.row,
    );
    const entry: AddedRow = {
      row,
      description: description.input,
      quantity: quantity.input,
      unitPrice: unitPrice.input,
      taxRate: taxRate.input,
    };
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
    description.input.focus();
    onChange();
  };
  const addButton = button('Add line', addLine, { class: 'secondary' });

  const element = el(
    'section',
    { class: 'line-editor', 'aria-labelledby': 'rv-editor-title' },
    el('h3', { id: 'rv-editor-title', text: `Lines of ${invoiceId}` }),
    el('p', { class: 'hint', text: 'Change what’s wrong, then preview again.' }),
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
      if (o.description.value !== o.line.description) edit.description = o.description.value.trim();
      // Sent as plain decimals ("1234.5"): what was typed is read by the spreadsheet's locale here.
      const quantity = o.quantity.value.trim();
      const unitPrice = o.unitPrice.value.trim();
      if (quantity !== typedNumber(o.line.quantity)) edit.quantity = readTyped(quantity, true) ?? quantity;
      if (unitPrice !== typedNumber(o.line.unitPrice)) edit.unitPrice = readTyped(unitPrice, true) ?? unitPrice;
      if (edit.quantity !== undefined && readTyped(quantity, true) === null)
        errors.push(`Line ${o.index}: the quantity must be a number.`);
      if (edit.unitPrice !== undefined && readTyped(unitPrice, true) === null)
        errors.push(`Line ${o.index}: the unit price must be an amount like ${typedNumber('12.50')}.`);
      if (Object.keys(edit).length > 1) edits.push(edit);
    }
    const adds: LineAdd[] = [];
    added.forEach((a, i) => {
      const quantity = readTyped(a.quantity.value, true);
      const unitPrice = readTyped(a.unitPrice.value, true);
      const add: LineAdd = {
        description: a.description.value.trim(),
        quantity: quantity ?? a.quantity.value.trim(),
        unitPrice: unitPrice ?? a.unitPrice.value.trim(),
      };
      const taxRate = a.taxRate.value.trim();
      const rate = taxRate ? readTypedRate(taxRate) : null;
      if (taxRate) add.taxRate = rate ?? taxRate;
      const where = `New line ${i + 1}`;
      if (!add.description) errors.push(`${where}: add a description.`);
      if (quantity === null) errors.push(`${where}: the quantity must be a number.`);
      if (unitPrice === null) errors.push(`${where}: the unit price must be an amount like ${typedNumber('12.50')}.`);
      if (taxRate && rate === null) errors.push(`${where}: the tax rate must be like ${typedNumber('0.2')} or 20%.`);
      adds.push(add);
    });
    const result: InvoiceEdits = {};
    if (edits.length) result.lines = edits;
    if (adds.length) result.add = adds;
    return { edits: result, errors };
  };

  return { invoiceId, element, read };
}
