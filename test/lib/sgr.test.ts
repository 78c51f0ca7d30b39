import { describe, expect, it } from 'vitest';
import { parseSgr, plainText } from '../../src/lib/sgr.js';
import { safeSgrLine } from '../../src/lib/safe-text.js';

describe('safeSgrLine', () => {
  it('keeps SGR and drops every other sequence, including screen switches', () => {
    const text =
      '\u001b[?1049halt\u001b[?1049l \u001b[2J\u001b[Hcleared \u001b[1A\u001b[32mok\u001b[0m';

    expect(safeSgrLine(text)).toBe('alt cleared \u001b[32mok\u001b[0m');
  });

  it('expands tabs to tab stops and shows other controls as symbols', () => {
    expect(safeSgrLine('tab\tseparated\u0007')).toBe('tab     separated␇');
  });

  it('drops 8-bit C1 sequences, which would also reach the terminal', () => {
    expect(safeSgrLine('a\u009b2Jb')).toBe('ab');
  });
});

describe('parseSgr', () => {
  it('reads basic, 256 and true colours and bold', () => {
    const segments = parseSgr(
      '\u001b[1;31mbold red\u001b[0m \u001b[38;5;208morange\u001b[38;2;10;200;255mtrue',
    );

    expect(segments).toEqual([
      { text: 'bold red', style: { bold: true, color: 'red' } },
      { text: ' ', style: {} },
      { text: 'orange', style: { color: 'ansi256(208)' } },
      { text: 'true', style: { color: 'rgb(10,200,255)' } },
    ]);
  });

  it('ignores blink and conceal so that the text stays readable', () => {
    expect(parseSgr('\u001b[5mblink\u001b[8mhidden')).toEqual([
      { text: 'blink', style: {} },
      { text: 'hidden', style: {} },
    ]);
  });

  it('gives the text without sequences for search', () => {
    expect(plainText('\u001b[32mgreen\u001b[0m line')).toBe('green line');
  });
});
