import { Box, Text } from 'ink';
import wrapAnsi from 'wrap-ansi';
import { safeCell } from '../../lib/safe-text.js';
import type { Confirmation } from './confirmation.js';

export interface ConfirmDialogProps {
  confirmation: Confirmation;
  width: number;
  /** Rows the dialog may take, its border and question included. */
  maxRows: number;
}

interface DialogLine {
  text: string;
  kind: 'title' | 'item' | 'warning';
}

// The border and the padding take two cells on each side.
const FRAME = 4;
// Rows besides the lines: the border's two and the question.
const CHROME = 3;

/**
 * `text` wrapped to `width` in at most `most` lines (the last one cut with an ellipsis when
 * it holds more), its lines after the first indented to follow `lead`.
 */
function wrapped(
  lead: string,
  text: string,
  width: number,
  most: number,
): string[] {
  const indent = ' '.repeat(lead.length);
  const room = Math.max(1, width - lead.length);
  const lines = wrapAnsi(text, room, { hard: true }).split('\n');
  const kept = [
    ...lines.slice(0, most - 1),
    lines.slice(most - 1).join(' '),
  ].filter((line, index) => index === 0 || line !== '');

  return kept.map((line, index) => (index === 0 ? lead : indent) + line);
}

function layout(
  confirmation: Confirmation,
  width: number,
  most: number,
): DialogLine[] {
  const room = width - FRAME;
  const lines = (kind: DialogLine['kind'], lead: string, text: string) =>
    wrapped(lead, safeCell(text), room, most).map((line) => ({
      text: line,
      kind,
    }));

  return [
    ...lines('title', '', confirmation.title),
    ...confirmation.lines.flatMap((line) => lines('item', '  ', line)),
    ...confirmation.warnings.flatMap((line) => lines('warning', '! ', line)),
  ];
}

/**
 * The dialog's lines: what will go and the warnings wrap (up to three lines each) rather
 * than being cut, since the end of a warning is often what matters (the engine will
 * refuse). Where the terminal is too short for that, each takes one line, and items that
 * still do not fit are counted.
 */
function dialogLines(
  confirmation: Confirmation,
  width: number,
  maxRows: number,
): DialogLine[] {
  const room = Math.max(1, maxRows - CHROME);
  const full = layout(confirmation, width, 3);
  if (full.length <= room) return full;

  // Warnings are what a person must read: the list of items gives way first.
  const short = layout(confirmation, width, 1);
  if (short.length <= room) return short;

  const items = short.filter((line) => line.kind === 'item');
  const rest = short.filter((line) => line.kind !== 'item');
  const itemRoom = Math.max(0, room - rest.length - 1);
  const more = {
    text: `  … ${items.length - itemRoom} more: widen the terminal to see them`,
    kind: 'item' as const,
  };

  return [
    ...(rest[0] ? [rest[0]] : []),
    ...items.slice(0, itemRoom),
    more,
    ...rest.slice(1),
  ].slice(0, room);
}

/** Rows a confirmation takes on screen: border, its lines, the question. */
export function confirmHeight(
  confirmation: Confirmation,
  width: number,
  maxRows: number,
): number {
  return CHROME + dialogLines(confirmation, width, maxRows).length;
}

/** Asks before a destructive action, naming exactly what will go. */
export function ConfirmDialog({
  confirmation,
  width,
  maxRows,
}: ConfirmDialogProps) {
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      borderColor="red"
      width={width}
      paddingX={1}
    >
      {dialogLines(confirmation, width, maxRows).map((line, index) => (
        <Text
          key={index}
          bold={line.kind === 'title'}
          color={line.kind === 'warning' ? 'yellow' : undefined}
          wrap="truncate"
        >
          {line.text}
        </Text>
      ))}
      <Text>
        <Text bold>y</Text>/Enter confirm · <Text bold>n</Text>/Esc cancel
      </Text>
    </Box>
  );
}
