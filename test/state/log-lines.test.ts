import { describe, expect, it } from 'vitest';
import { LineAssembler, MAX_LINE_CHARS } from '../../src/state/log-lines.js';

describe('LineAssembler', () => {
  it('joins a line that arrives in pieces and keeps stdout and stderr apart', () => {
    const lines = new LineAssembler(false);

    const first = [
      ...lines.push({ stream: 'stdout', text: 'partial-' }),
      ...lines.push({ stream: 'stderr', text: 'oops\n' }),
      ...lines.push({ stream: 'stdout', text: 'continued\nnext' }),
    ];

    expect(first).toEqual([
      { stream: 'stderr', text: 'oops' },
      { stream: 'stdout', text: 'partial-continued' },
    ]);
    expect(lines.flush()).toEqual([{ stream: 'stdout', text: 'next' }]);
  });

  it('ends TTY lines at CR LF and shows the last update of a progress bar', () => {
    const lines = new LineAssembler(false);

    const out = lines.push({
      stream: 'tty',
      text: 'step\r\n\rprogress  0%\rprogress 50%\rprogress 100%\r\n',
    });

    expect(out.map((l) => l.text)).toEqual(['step', 'progress 100%']);
  });

  it('keeps the timestamp of a progress line', () => {
    const lines = new LineAssembler(true);

    const [line] = lines.push({
      stream: 'stdout',
      text: '2026-12-04T04:00:00.123456789Z \rbuilding 1\rbuilding 2\n',
    });

    expect(line?.text).toBe('2026-12-04T04:00:00.123456789Z building 2');
  });

  it('remembers the engine time of the last line, also when it hides it', () => {
    const lines = new LineAssembler(true, false);

    const out = lines.push({
      stream: 'stdout',
      text: '2026-12-04T04:00:00.1Z one\n2026-12-04T04:00:01.000000002Z two\n',
    });

    expect(out.map((l) => l.text)).toEqual(['one', 'two']);
    expect(lines.lastStamp).toBe('2026-12-04T04:00:01.000000002Z');
  });

  it('bounds a huge line and says how much was cut', () => {
    const lines = new LineAssembler(false);
    const chunk = 'x'.repeat(65_536);

    for (let i = 0; i < 16; i++) lines.push({ stream: 'stdout', text: chunk });
    const [line] = lines.push({ stream: 'stdout', text: '\n' });

    const cut = 16 * 65_536 - MAX_LINE_CHARS;
    expect(line?.text).toBe(
      `${'x'.repeat(MAX_LINE_CHARS)} … (${cut} more characters)`,
    );
  });

  it('bounds a progress bar updated thousands of times to its last update', () => {
    const lines = new LineAssembler(false);

    for (let i = 0; i < 6000; i++) {
      lines.push({
        stream: 'stdout',
        text: `\r[webpack] building ${i} modules`,
      });
    }
    const [line] = lines.push({ stream: 'stdout', text: '\n' });

    expect(line?.text).toBe('[webpack] building 5999 modules');
  });

  it('removes cursor moves, clears and titles but keeps colours', () => {
    const lines = new LineAssembler(false);

    const [line] = lines.push({
      stream: 'stdout',
      text: '\u001b[2K\u001b[1G\u001b]0;TITLE\u0007\u001b[31mred\u001b[0m\u001b[999C!\n',
    });

    expect(line?.text).toBe('\u001b[31mred\u001b[0m!');
  });
});
