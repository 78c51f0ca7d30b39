import { describe, expect, it } from 'vitest';
// Ink's own frame buffer, which the bundle replaces: the reference to match.
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../src/ui/ink-output.js';

type Transformer = (line: string, index: number) => string;
type Step =
  | {
      kind: 'write';
      x: number;
      y: number;
      text: string;
      transformers: Transformer[];
    }
  | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number }
  | { kind: 'unclip' };

const SGR = (code: number, text: string) => `\u001b[${code}m${text}\u001b[0m`;
const inverse: Transformer = (line) => SGR(7, line);
const numbered: Transformer = (line, index) => `${index}:${line}`;

const TEXTS = [
  'containers',
  SGR(32, 'running') + ' web-1',
  '日本語のコンテナ',
  'emoji 🐳 whale',
  'e\u0301 combining',
  'two\nlines',
  SGR(1, 'bold') + ' and ' + SGR(2, 'dim'),
  'a much longer line that runs past the right edge of a narrow frame',
];

/** A deterministic stream of numbers in [0, 1), so every run draws the same frames. */
function random(seed: number): () => number {
  let state = seed;

  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function steps(next: () => number, count: number): Step[] {
  const pick = <T>(items: readonly T[]) =>
    items[Math.floor(next() * items.length)] as T;
  const result: Step[] = [];
  let clips = 0;

  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.1) {
      clips++;
      result.push({
        kind: 'clip',
        x1: pick([undefined, 0, 3]),
        x2: pick([undefined, 10, 30]),
        y1: pick([undefined, 1]),
        y2: pick([undefined, 4, 8]),
      });
    } else if (roll < 0.15 && clips > 0) {
      clips--;
      result.push({ kind: 'unclip' });
    } else {
      result.push({
        kind: 'write',
        x: pick([0, 0, 2, 5, 17, 38]),
        y: pick([-1, 0, 1, 2, 3, 5, 8, 11]),
        text: pick([...TEXTS, '']),
        transformers: pick([[], [], [inverse], [numbered, inverse]]),
      });
    }
  }

  return result;
}

function draw(
  make: (options: { width: number; height: number }) => InkOutput | Output,
  width: number,
  frame: readonly Step[],
): string {
  const output = make({ width, height: 10 });

  for (const step of frame) {
    if (step.kind === 'write') {
      output.write(step.x, step.y, step.text, {
        transformers: step.transformers,
      });
    } else if (step.kind === 'clip') {
      const { x1, x2, y1, y2 } = step;
      output.clip({ x1, x2, y1, y2 });
    } else {
      output.unclip();
    }
  }

  return output.get().output;
}

describe("dockhand's frame buffer", () => {
  it('draws every frame exactly as Ink does, over a long run of frames that repeat rows', () => {
    const next = random(7);
    let frame = steps(next, 12);

    for (let i = 0; i < 300; i++) {
      // Most frames change a little of the last one, as a keypress does.
      frame =
        next() < 0.7 ? [...frame.slice(1), ...steps(next, 1)] : steps(next, 12);
      const width = next() < 0.9 ? 40 : 25;

      expect(draw((o) => new Output(o), width, frame)).toBe(
        draw((o) => new InkOutput(o), width, frame),
      );
    }
  });

  it('draws a row again when only the width changed, which moves text written past the edge', () => {
    const frame: Step[] = [
      { kind: 'write', x: 20, y: 0, text: 'far', transformers: [] },
    ];

    for (const width of [30, 10]) {
      expect(draw((o) => new Output(o), width, frame)).toBe(
        draw((o) => new InkOutput(o), width, frame),
      );
    }
    expect(draw((o) => new Output(o), 10, frame).trim()).toBe('far');
  });
});
