import type { Key } from 'ink';

/**
 * Names one keypress as Ink reports it: "up", "pagedown", "shift-tab", "ctrl-c", "space",
 * or the printed character itself ("d", "D", "/").
 */
export function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift-tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input) return `ctrl-${input.toLowerCase()}`;
  if (input === ' ') return 'space';

  return input;
}

/** Names one character of a burst of input that Ink delivered as text. */
export function characterName(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (character === '\r' || character === '\n') return 'return';
  if (character === '\t') return 'tab';
  if (character === ' ') return 'space';
  if (code === 0x7f || code === 0x08) return 'backspace';
  if (code === 0x1b) return 'escape';
  if (code > 0 && code < 0x1b) return `ctrl-${String.fromCharCode(code + 96)}`;

  return character;
}

/** True for text a field may take: something, and no control characters. */
export function isPrintable(input: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  return input !== '' && !/[\u0000-\u001f\u007f-\u009f]/.test(input);
}
