/**
 * Text from the engine or a container is untrusted: a label, a command or a name can carry
 * escape sequences that move the cursor, clear the screen, retitle the window or write the
 * clipboard. These helpers turn such text into inert, printable text before it reaches Ink.
 */

/* eslint-disable no-control-regex -- matching control characters is the point here */

// ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC strings up to BEL or
// ST, and two-character escapes. C1 controls (0x80-0x9f) open the same kinds in 8-bit form.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u009d\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]?/g;

// C0 controls, DEL and C1 controls that remain once sequences are gone.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

// Unicode format characters that reorder or hide text (bidi overrides, zero-width joiners
// used outside emoji are left alone: they do not move the cursor).
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Shows one control character as a visible, inert symbol. */
function showControl(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x09) return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';

  return '\ufffd';
}

/**
 * Makes engine text safe for a single table cell: escape sequences removed, and newlines,
 * tabs and other controls shown as visible symbols so that a row stays one line.
 */
export function safeCell(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(CONTROL, showControl)
    .replace(BIDI, '');
}

/**
 * Makes engine text safe for a multi-line view: escape sequences removed and controls shown,
 * keeping line breaks (CR LF and lone CR become LF) so that the text can be laid out by line.
 */
export function safeLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map(safeCell);
}

// Select Graphic Rendition: colours and attributes only, nothing that moves or clears.
const SGR = /^\u001b\[[0-9;:]*m$/;
const TAB_STOP = 8;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * Makes one line of container output safe to draw while keeping its colours: every escape
 * sequence but SGR (ESC [ … m) is removed, tabs become spaces up to the next tab stop, and
 * other controls show as visible symbols.
 */
export function safeSgrLine(text: string): string {
  // Most lines hold nothing to clean: skip the walk through them.
  if (!UNSAFE.test(text)) return text;

  let out = '';
  let column = 0;
  let last = 0;

  const addText = (part: string) => {
    for (const char of part.replace(BIDI, '')) {
      if (char === '\t') {
        const spaces = TAB_STOP - (column % TAB_STOP);
        out += ' '.repeat(spaces);
        column += spaces;
      } else {
        out += char.replace(CONTROL, showControl);
        column += 1;
      }
    }
  };

  for (const match of text.matchAll(ESCAPE_SEQUENCE)) {
    addText(text.slice(last, match.index));
    if (SGR.test(match[0])) out += match[0];
    last = match.index + match[0].length;
  }
  addText(text.slice(last));

  return out;
}
