import sliceAnsi from 'slice-ansi';
import { Memo, type Piece, drawRow, widthOf } from './ink-row.js';

/**
 * Ink's frame buffer (ink/build/output.js), with the same output, made cheap for frames that
 * differ little from the last. Ink builds every frame cell by cell: it tokenizes every line
 * and joins every row of the screen again, ~15 ms at 120x40 for a frame in which a keypress
 * changed two rows. Here a row is built only when what was written to it changed: rows are
 * kept by the writes that make them. The bundle puts this class in place of Ink's
 * (scripts/build-plugins.mjs); test/ui/ink-output.test.ts checks both give the same frames.
 */

type Transformer = (line: string, index: number) => string;

interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}

type Operation =
  | {
      type: 'write';
      x: number;
      y: number;
      text: string;
      transformers: Transformer[];
    }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

// Rows kept by the writes that make them, across frames.
const rows = new Memo<string>(2000);

const widestLine = (text: string) =>
  Math.max(...text.split('\n').map((line) => widthOf(line)));

/** The lines of a write that fall inside `clip`, and where they start: as Ink clips. */
function clipped(
  operation: Extract<Operation, { type: 'write' }>,
  clip: Clip | undefined,
): { x: number; y: number; lines: string[] } | null {
  let { x, y } = operation;
  let lines = operation.text.split('\n');
  if (!clip) return { x, y, lines };

  const { x1, x2, y1, y2 } = clip;
  const isHorizontal = typeof x1 === 'number' && typeof x2 === 'number';
  const isVertical = typeof y1 === 'number' && typeof y2 === 'number';
  if (isHorizontal) {
    const width = widestLine(operation.text);
    if (x + width < x1 || x > x2) return null;
  }

  if (isVertical && (y + lines.length < y1 || y > y2)) return null;

  if (isHorizontal) {
    lines = lines.map((line) => {
      const from = x < x1 ? x1 - x : 0;
      const width = widthOf(line);
      const to = x + width > x2 ? x2 - x : width;
      return sliceAnsi(line, from, to);
    });
    if (x < x1) x = x1;
  }

  if (isVertical) {
    const from = y < y1 ? y1 - y : 0;
    const to = y + lines.length > y2 ? y2 - y : lines.length;
    lines = lines.slice(from, to);
    if (y < y1) y = y1;
  }

  return { x, y, lines };
}

export default class Output {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(
    x: number,
    y: number,
    text: string,
    options: { transformers: Transformer[] },
  ): void {
    if (!text) return;

    this.operations.push({
      type: 'write',
      x,
      y,
      text,
      transformers: options.transformers,
    });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    const pieces = this.pieces();
    const lines: string[] = [];

    for (const [y, row] of pieces.entries()) {
      const key = `${this.width}\u0000${row.map((p) => `${p.x}\u0001${p.line}`).join('\u0002')}`;
      lines[y] = rows.of(key, () => drawRow(this.width, row));
    }

    return { output: lines.join('\n'), height: this.height };
  }

  /** What each row of the frame receives, in the order it is written. */
  private pieces(): Piece[][] {
    const byRow = Array.from({ length: this.height }, (): Piece[] => []);
    const clips: Clip[] = [];

    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      if (operation.type === 'unclip') clips.pop();
      if (operation.type !== 'write') continue;

      const placed = clipped(operation, clips.at(-1));
      if (!placed) continue;

      let offsetY = 0;
      for (const [index, text] of placed.lines.entries()) {
        const row = byRow[placed.y + offsetY];
        if (!row) continue;

        const line = operation.transformers.reduce(
          (current, transform) => transform(current, index),
          text,
        );
        row.push({ x: placed.x, line });
        offsetY++;
      }
    }

    return byRow;
  }
}
