import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';

/** How many terminal cells a string takes (wide CJK and emoji count two, combining marks 0). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Fits text into exactly `width` cells: cut with an ellipsis when too wide, padded with
 * spaces when too narrow (on the left for right-aligned numbers).
 */
export function fitCell(
  text: string,
  width: number,
  align: 'left' | 'right' = 'left',
): string {
  if (width <= 0) return '';

  const cut =
    displayWidth(text) > width
      ? cliTruncate(text, width, { position: 'end' })
      : text;
  const padding = ' '.repeat(Math.max(0, width - displayWidth(cut)));

  return align === 'right' ? padding + cut : cut + padding;
}
