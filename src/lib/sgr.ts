/**
 * Reads the SGR sequences (colours and attributes) that safeSgrLine left in a line and turns
 * it into styled segments for Ink. Anything not understood is dropped; blink and conceal are
 * ignored on purpose: hidden text in a log is text a person wants to read.
 */

export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strikethrough?: boolean;
}

export interface Segment {
  text: string;
  style: Style;
}

const NAMES = [
  'black',
  'red',
  'green',
  'yellow',
  'blue',
  'magenta',
  'cyan',
  'white',
];

// eslint-disable-next-line no-control-regex -- the sequences safeSgrLine kept
const SEQUENCE = /\u001b\[([0-9;:]*)m/g;

/** Reads an extended colour (38/48 ;5;n or ;2;r;g;b); returns it and the params it used. */
function extendedColor(
  params: number[],
  at: number,
): [string | undefined, number] {
  if (params[at + 1] === 5) return [`ansi256(${params[at + 2] ?? 0})`, 3];
  if (params[at + 1] === 2) {
    const [r, g, b] = [params[at + 2], params[at + 3], params[at + 4]];
    return [`rgb(${r ?? 0},${g ?? 0},${b ?? 0})`, 5];
  }

  return [undefined, 1];
}

const ATTRIBUTES: Readonly<Record<number, Partial<Style>>> = {
  1: { bold: true },
  2: { dimColor: true },
  3: { italic: true },
  4: { underline: true },
  7: { inverse: true },
  9: { strikethrough: true },
  22: { bold: false, dimColor: false },
  23: { italic: false },
  24: { underline: false },
  27: { inverse: false },
  29: { strikethrough: false },
  39: { color: undefined },
  49: { backgroundColor: undefined },
};

function basicColor(code: number): Partial<Style> | undefined {
  if (code >= 30 && code <= 37) return { color: NAMES[code - 30] };
  if (code >= 40 && code <= 47) return { backgroundColor: NAMES[code - 40] };
  if (code >= 90 && code <= 97) return { color: `${NAMES[code - 90]}Bright` };
  if (code >= 100 && code <= 107) {
    return { backgroundColor: `${NAMES[code - 100]}Bright` };
  }

  return ATTRIBUTES[code];
}

/** The style after applying one SGR sequence's parameters to `style`. */
export function applySgr(style: Style, paramText: string): Style {
  const params = paramText === '' ? [0] : paramText.split(/[;:]/).map(Number);
  let next = { ...style };

  for (let at = 0; at < params.length; at++) {
    const code = params[at] ?? 0;
    if (code === 0) next = {};
    else if (code === 38 || code === 48) {
      const [color, used] = extendedColor(params, at);
      next[code === 38 ? 'color' : 'backgroundColor'] = color;
      at += used - 1;
    } else next = { ...next, ...basicColor(code) };
  }

  return next;
}

/** A line's styled segments; every line starts unstyled, so colours never bleed. */
export function parseSgr(line: string): Segment[] {
  const segments: Segment[] = [];
  let style: Style = {};
  let last = 0;

  for (const match of line.matchAll(SEQUENCE)) {
    if (match.index > last) {
      segments.push({ text: line.slice(last, match.index), style });
    }
    style = applySgr(style, match[1] ?? '');
    last = match.index + match[0].length;
  }
  if (last < line.length) segments.push({ text: line.slice(last), style });

  return segments;
}

/** The line's text without its SGR sequences: what search and saving see. */
export function plainText(line: string): string {
  return line.replace(SEQUENCE, '');
}
