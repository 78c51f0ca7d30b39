import {
  type AnsiCode,
  type StyledChar,
  ansiCodesToString,
  diffAnsiCodes,
  styledCharsFromTokens,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import stringWidth from 'string-width';

// One row of a frame, drawn as Ink's frame buffer draws it (see ink-output.ts), with what
// repeats from frame to frame kept.

/** One line as it lands on a row: its column and its text, transformed. */
export interface Piece {
  x: number;
  line: string;
}

/** A map that forgets everything once it holds `limit` entries: memory stays bounded. */
export class Memo<V> extends Map<string, V> {
  constructor(private readonly limit: number) {
    super();
  }

  of(key: string, make: (key: string) => V): V {
    let value = this.get(key);
    if (value === undefined) {
      if (this.size >= this.limit) this.clear();
      value = make(key);
      this.set(key, value);
    }

    return value;
  }
}

// Kept across frames, unlike Ink's per-frame caches: most lines repeat from frame to frame.
// A line's cells take ~10 KB: a few screens' worth is kept, not every row ever seen.
const styledChars = new Memo<StyledChar[]>(256);
const widths = new Memo<number>(4000);

/** The display width of `text`, as Ink measures it. */
export const widthOf = (text: string) => widths.of(text, stringWidth);

const BLANK: StyledChar = {
  type: 'char',
  value: ' ',
  fullWidth: false,
  styles: [],
};

const isSameStyle = (a: readonly AnsiCode[], b: readonly AnsiCode[]) =>
  a === b ||
  (a.length === b.length && a.every((code, i) => code.code === b[i]?.code));

/**
 * The cells as text, as styledCharsToString makes it, without asking for the difference
 * between two cells of one style (it is none): most neighbours share their style.
 */
function joinCells(cells: readonly StyledChar[]): string {
  let text = '';
  let previous: StyledChar | undefined;

  for (const cell of cells) {
    if (!previous) text += ansiCodesToString(cell.styles);
    else if (!isSameStyle(previous.styles, cell.styles)) {
      text += ansiCodesToString(diffAnsiCodes(previous.styles, cell.styles));
    }

    text += cell.value;
    previous = cell;
  }

  return previous
    ? text + ansiCodesToString(diffAnsiCodes(previous.styles, []))
    : text;
}

/** A row drawn from its pieces, cell by cell, exactly as Ink draws it. */
export function drawRow(width: number, pieces: readonly Piece[]): string {
  const cells: (StyledChar | undefined)[] = new Array<StyledChar>(width).fill(
    BLANK,
  );

  for (const { x, line } of pieces) {
    let offsetX = x;
    for (const character of styledChars.of(line, (l) =>
      styledCharsFromTokens(tokenize(l)),
    )) {
      cells[offsetX] = character;
      const characterWidth = Math.max(1, widthOf(character.value));
      // A wide character covers the cells after it.
      for (let index = 1; index < characterWidth; index++) {
        cells[offsetX + index] = {
          ...BLANK,
          value: '',
          styles: character.styles,
        };
      }

      offsetX += characterWidth;
    }
  }

  return joinCells(
    cells.filter((cell): cell is StyledChar => cell !== undefined),
  ).trimEnd();
}
