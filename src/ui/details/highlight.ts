import type { Segment } from '../../lib/sgr.js';

export interface MarkedSegment extends Segment {
  isMatch: boolean;
}

/** Where `query` occurs in `text`, ignoring case, as [start, end) ranges. */
function matchRanges(text: string, query: string): [number, number][] {
  const haystack = text.toLowerCase();
  const needle = query.toLowerCase();
  const ranges: [number, number][] = [];
  if (needle === '') return ranges;

  for (let at = haystack.indexOf(needle); at >= 0; ) {
    ranges.push([at, at + needle.length]);
    at = haystack.indexOf(needle, at + needle.length);
  }

  return ranges;
}

/** Splits styled segments where `query` matches, marking the matching parts. */
export function highlight(
  segments: readonly Segment[],
  query: string,
): MarkedSegment[] {
  const ranges = matchRanges(segments.map((s) => s.text).join(''), query);
  const out: MarkedSegment[] = [];
  let offset = 0;

  for (const segment of segments) {
    const end = offset + segment.text.length;
    const cuts = new Set([offset, end]);
    for (const [from, to] of ranges) {
      if (from > offset && from < end) cuts.add(from);
      if (to > offset && to < end) cuts.add(to);
    }

    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const [from, to] = [points[i] ?? 0, points[i + 1] ?? 0];
      out.push({
        text: segment.text.slice(from - offset, to - offset),
        style: segment.style,
        isMatch: ranges.some(([a, b]) => from >= a && to <= b),
      });
    }
    offset = end;
  }

  return out;
}
