/* eslint-disable no-control-regex -- these tests look for control characters */
import { describe, expect, it } from 'vitest';
import { safeCell, safeLines } from '../../src/lib/safe-text.js';

const ESC = '\u001b';
const BEL = '\u0007';

describe('safeCell', () => {
  it.each([
    ['a window title', `${ESC}]0;PWNED${BEL}title`, 'title'],
    ['a clear screen', `${ESC}[2J${ESC}[Hcleared`, 'cleared'],
    ['a clipboard write', `${ESC}]52;c;ZWNobw==${BEL}clip`, 'clip'],
    [
      'a hyperlink',
      `${ESC}]8;;https://x.invalid/${BEL}click${ESC}]8;;${BEL}`,
      'click',
    ],
    ['the alternate screen', `${ESC}[?1049halt`, 'alt'],
    ['an 8-bit CSI', '\u009b31mC1-CSI', 'C1-CSI'],
    ['a colour', `${ESC}[31mRED${ESC}[0m`, 'RED'],
    ['an OSC ended by ST', `${ESC}]0;t${ESC}\\x`, 'x'],
  ])('removes %s', (_what, input, expected) => {
    expect(safeCell(input)).toBe(expected);
  });

  it('shows newlines, carriage returns, backspaces and form feeds as visible symbols', () => {
    const cell = safeCell('a\nb\r\nc\bd\fe');

    expect(cell).toBe('a␊b␍␊c␈d␌e');
    expect(cell).not.toMatch(/[\u0000-\u001f]/);
  });

  it('turns tabs into spaces and drops bidi overrides', () => {
    expect(safeCell('a\tb\u202ec')).toBe('a bc');
  });

  it('leaves ordinary and wide text alone', () => {
    expect(safeCell('web-1 日本 ✓')).toBe('web-1 日本 ✓');
  });
});

describe('safeLines', () => {
  it('splits on LF, CR LF and lone CR and makes each line safe', () => {
    expect(safeLines(`one\r\ntwo\rthree\n${ESC}[2Jfour`)).toEqual([
      'one',
      'two',
      'three',
      'four',
    ]);
  });
});
