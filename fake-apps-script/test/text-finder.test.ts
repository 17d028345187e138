import fc from 'fast-check';
import { callCount, createFakeApps } from '../src';

function invoices() {
  const apps = createFakeApps({
    sheets: {
      Invoices: [
        ['Invoice ID', 'Ref'],
        [1001, 'inv-1001'],
        ['INV-1001', 'x'],
        ['10010', '=A2&""'],
      ],
    },
  });
  return { apps, sheet: apps.spreadsheet.getSheetByName('Invoices')! };
}

const where = (ranges: Array<{ getA1Notation(): string }>) => ranges.map((r) => r.getA1Notation());

describe('TextFinder', () => {
  it('matches the text cells show, anywhere in the cell and in any case by default', () => {
    const { sheet } = invoices();
    expect(where(sheet.createTextFinder('1001').findAll())).toEqual(['A2', 'B2', 'A3', 'A4', 'B4']);
    expect(where(sheet.createTextFinder('1001').matchEntireCell(true).findAll())).toEqual(['A2', 'B4']);
    expect(where(sheet.createTextFinder('INV-1001').matchCase(true).findAll())).toEqual(['A3']);
    expect(where(sheet.getRange('A1:A4').createTextFinder('inv').findAll())).toEqual(['A1', 'A3']);
  });

  it('findNext walks the matches and then gives null; each find is one counted call', () => {
    const { apps, sheet } = invoices();
    const finder = sheet.createTextFinder('1001').matchEntireCell(true);
    apps.calls.reset();
    expect(finder.findNext()!.getA1Notation()).toBe('A2');
    expect(finder.findNext()!.getA1Notation()).toBe('B4');
    expect(finder.findNext()).toBeNull();
    finder.matchCase(false).findAll();
    expect(apps.calls.byMethod).toEqual({ findNext: 3, findAll: 1, getA1Notation: 2 }); // matchCase/matchEntireCell: none
  });
});

/** https://developers.google.com/apps-script/reference/spreadsheet/text-finder#useRegularExpression(Boolean) */
describe('TextFinder.useRegularExpression', () => {
  const regex = (text: string) => invoices().sheet.createTextFinder(text).useRegularExpression(true);

  it('tests the pattern on the shown text, anywhere in the cell unless matchEntireCell', () => {
    expect(where(regex('10+1').findAll())).toEqual(['A2', 'B2', 'A3', 'A4', 'B4']);
    expect(where(regex('10+1').matchEntireCell(true).findAll())).toEqual(['A2', 'B4']);
    expect(where(regex('^1001').findAll())).toEqual(['A2', 'A4', 'B4']);
    expect(where(regex('1$').findAll())).toEqual(['A2', 'B2', 'A3', 'B4']); // B4 is a formula showing 1001
    expect(where(regex('inv-\\d+').matchEntireCell(true).findAll())).toEqual(['B2', 'A3']);
  });

  it('ignores case unless matchCase(true)', () => {
    expect(where(regex('^inv-').findAll())).toEqual(['B2', 'A3']);
    expect(where(regex('^inv-').matchCase(true).findAll())).toEqual(['B2']);
    expect(where(regex('^INV-').matchCase(true).findAll())).toEqual(['A3']);
  });

  it('finds a number cell by what it shows, through an alternation', () => {
    expect(where(regex('^(?:INV-1|1001)$').findAll())).toEqual(['A2', 'B4']);
    expect(where(regex('INV-1|1001').matchEntireCell(true).findAll())).toEqual(['A2', 'B4']);
  });

  it('matches \\s+ between words, and never a blank cell', () => {
    const apps = createFakeApps({ sheets: { Notes: [['Void   invoice'], ['void\tinvoice'], ['voidinvoice'], ['']] } });
    const sheet = apps.spreadsheet.getSheetByName('Notes')!;
    expect(where(sheet.createTextFinder('void\\s+invoice').useRegularExpression(true).findAll())).toEqual(['A1', 'A2']);
    expect(where(sheet.createTextFinder('.*').useRegularExpression(true).findAll())).toEqual(['A1', 'A2', 'A3']);
  });

  it('is off by default and can be turned off again: the text is then literal', () => {
    const { sheet } = invoices();
    expect(where(sheet.createTextFinder('10+1').findAll())).toEqual([]);
    expect(
      where(sheet.createTextFinder('10+1').useRegularExpression(true).useRegularExpression(false).findAll()),
    ).toEqual([]);
  });

  it('throws an Exception for an invalid pattern (or one RE2 lacks) when the search runs', () => {
    for (const bad of ['(INV', '[a-', '*1001', '1001(?=x)', '(a)\\1']) {
      const finder = regex(bad);
      expect(() => finder.findAll()).toThrow(`Invalid argument: ${bad}`);
      expect(() => finder.findNext()).toThrow(expect.objectContaining({ name: 'Exception' }));
    }
  });

  it('is a setter, not a counted call', () => {
    const { apps, sheet } = invoices();
    const finder = sheet.createTextFinder('1001');
    apps.calls.reset();
    finder.useRegularExpression(true).findAll();
    expect(apps.calls.byMethod).toEqual({ findAll: 1 });
  });
});

/**
 * The fake tests a long anchored alternation's literal prefixes before running it (a speed-up):
 * the cells found must be exactly those whose shown text the expression matches.
 */
describe('TextFinder regular expressions, found exactly as RegExp.test finds them', () => {
  const cells = [
    'INV-1001',
    '  inv-1001 ',
    'INV-1001-R1',
    'INV-10011',
    'xINV-1001',
    '\u00a0INV-1001\t',
    '\u212aid-7', // Kelvin sign: not an ASCII K to a RegExp
    'kid-7',
    'child   12',
    'CHILD\t12',
    'child12',
    'child \u00a0 12x',
    ' a  b',
    'a b',
    'A\u00a0 b',
    ' ',
    '[]a',
    'a|b',
    'ab',
    'b',
    { date: '2026-03-01' },
    1001,
    1001.5,
    -0,
    true,
    '=A1&"-x"',
    '=1000+1',
  ];
  const patterns = [
    '^(?:\\s*INV\\-1001\\s*|\\s*child\\s+12\\s*|\\s*kid\\-7\\s*)$',
    '^(?:INV\\-1001|1001)$',
    '^(?:\\s*1[,. ]?001(?:[.,]0+)?\\s*)$',
    '^(?:\\s* INV)',
    '^(?:a|b)*$',
    '^(?:a)|b',
    '^a?b',
    '^(?:^(?:INV-1001|TRUE)$)$',
    '^(?:\\[\\]a|a\\|b)$',
    '^[]a|ab',
    '^2026-03',
    '1001',
    '^(?:-x)',
    '^(?:\\s*child\\s+12x?|a \\s+b)',
    '^(?:a  b|\\s*a\\sb\\s*)$',
    '^(?:\\s+a\\s+b|child\\s*12)$',
  ];
  const apps = createFakeApps({ sheets: { S: cells.map((cell) => [cell]) } });
  const sheet = apps.spreadsheet.getSheetByName('S')!;
  const shown = apps.display('S').map((row) => row[0]);

  it.each(patterns.flatMap((pattern) => [false, true].map((matchCase) => [pattern, matchCase] as const)))(
    '%s (matchCase %s)',
    (pattern, matchCase) => {
      const re = new RegExp(pattern, matchCase ? '' : 'i');
      const expected = shown.flatMap((text, i) => (text !== '' && re.test(text) ? [`A${i + 1}`] : []));
      const finder = sheet.createTextFinder(pattern).useRegularExpression(true).matchCase(matchCase);
      expect(where(finder.findAll())).toEqual(expected);
    },
  );
  it('for generated anchored alternations and texts, as RegExp.test finds them', () => {
    const piece = fc.constantFrom('a', 'B', '-', '\\-', ' ', '1', '\\s*', '\\s+', '\\s', '?', '[ab]', '(?:a|b)', '\\d');
    const alternative = fc
      .tuple(fc.constantFrom('', '\\s*'), fc.array(piece, { minLength: 1, maxLength: 5 }))
      .map(([spaces, p]) => spaces + p.join(''));
    const pattern = fc
      .tuple(fc.array(alternative, { minLength: 1, maxLength: 4 }), fc.constantFrom('^(?:%)$', '^(?:%)', '^%', '%'))
      .map(([alts, shape]) => shape.replace('%', alts.join('|')))
      .filter((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      });
    const text = fc
      .array(fc.constantFrom('a', 'A', 'b', 'B', '-', ' ', '1', '\t', '\u00a0', 'K', '\u212a'), { maxLength: 7 })
      .chain((c) => fc.constantFrom('', ' ', '\t ').map((spaces) => spaces + c.join('')));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), fc.boolean(), (p, texts, matchCase) => {
        const apps = createFakeApps({ sheets: { S: texts.map((t) => [t]) } });
        const shown = apps.display('S').map((row) => row[0]);
        const re = new RegExp(p, matchCase ? '' : 'i');
        const expected = shown.flatMap((t, i) => (t !== '' && re.test(t) ? [`A${i + 1}`] : []));
        const finder = apps.spreadsheet.getSheetByName('S')!.createTextFinder(p).useRegularExpression(true);
        expect(where(finder.matchCase(matchCase).findAll())).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createTextFinder(String) */
describe('Spreadsheet.createTextFinder', () => {
  function book() {
    const apps = createFakeApps({
      sheets: {
        Invoices: [
          ['Invoice ID', 'Ref'],
          [1001, 'INV-1001'],
        ],
        Journal: [
          ['Request', 'Invoice'],
          ['r-1', ''],
          ['r-2', 'INV-1001'],
        ],
        Archive: [['INV-1001', 1001]],
      },
    });
    apps.spreadsheet.getSheetByName('Archive')!.hideSheet();
    return apps;
  }
  const places = (ranges: Array<{ getSheet(): { getName(): string }; getRow(): number; getColumn(): number }>) =>
    ranges.map((r) => `${r.getSheet().getName()}!${r.getRow()},${r.getColumn()}`);

  it('searches every sheet, hidden ones included, in tab order and row by row, as ONE counted read', () => {
    const apps = book();
    const finder = apps.spreadsheet.createTextFinder('1001').matchEntireCell(true);
    apps.calls.reset();
    const found = finder.findAll();
    expect(callCount(apps)).toMatchObject({ sheetsCalls: 1, reads: 1, byMethod: { findAll: 1 } });
    expect(places(found)).toEqual(['Invoices!2,1', 'Archive!1,2']);
    expect(found[1].getSheet()).toBe(apps.spreadsheet.getSheetByName('Archive'));
    expect(places(apps.spreadsheet.createTextFinder('inv-1001').findAll())).toEqual([
      'Invoices!2,2',
      'Journal!3,2',
      'Archive!1,1',
    ]);
  });

  it('takes the same options, regular expressions included', () => {
    const apps = book();
    const ss = apps.spreadsheet;
    expect(places(ss.createTextFinder('^(?:INV-1001|1001)$').useRegularExpression(true).findAll())).toEqual([
      'Invoices!2,1',
      'Invoices!2,2',
      'Journal!3,2',
      'Archive!1,1',
      'Archive!1,2',
    ]);
    expect(places(ss.createTextFinder('^r-\\d$').useRegularExpression(true).findAll())).toEqual([
      'Journal!2,1',
      'Journal!3,1',
    ]);
    expect(places(ss.createTextFinder('inv-1001').matchCase(true).findAll())).toEqual([]);
  });

  it('walks across sheets with findNext and back with findPrevious, each one counted call', () => {
    const apps = book();
    const finder = apps.spreadsheet.createTextFinder('INV-1001').matchEntireCell(true);
    apps.calls.reset();
    const next = () => {
      const r = finder.findNext();
      return r && places([r])[0];
    };
    expect(next()).toBe('Invoices!2,2');
    expect(next()).toBe('Journal!3,2');
    expect(next()).toBe('Archive!1,1');
    expect(next()).toBeNull();
    expect(places([finder.findPrevious()!])).toEqual(['Journal!3,2']);
    expect(apps.calls.byMethod).toMatchObject({ findNext: 4, findPrevious: 1 });
    expect(apps.calls.reads).toBe(5);
  });

  it('searches each sheet up to its last row and column with content, and sees sheets added later', () => {
    const apps = book();
    const finder = apps.spreadsheet.createTextFinder('r-');
    apps.spreadsheet.insertSheet('Empty');
    apps.spreadsheet.insertSheet('Late').getRange('C4').setValue('r-9');
    expect(places(finder.findAll())).toEqual(['Journal!2,1', 'Journal!3,1', 'Late!4,3']);
  });
});

describe('RangeList', () => {
  it('writes to every range in one counted call', () => {
    const { apps, sheet } = invoices();
    const list = sheet.getRangeList(['B2', 'B3:B4']);
    apps.calls.reset();
    list.setValue('void');
    list.setNumberFormat('@');
    expect(sheet.getRange('B2:B4').getValues()).toEqual([['void'], ['void'], ['void']]);
    expect(sheet.getRange('B4').getNumberFormat()).toBe('@');
    list.clearContent();
    expect(sheet.getRange('B2:B4').getValues()).toEqual([[''], [''], ['']]);
    expect(apps.calls.byMethod).toEqual({
      setValue: 1,
      setNumberFormat: 1,
      clearContent: 1,
      getRange: 3,
      getValues: 2,
      getNumberFormat: 1,
    });
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['B2', 'B3:B4']);
  });
});
