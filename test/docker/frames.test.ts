import { describe, expect, it } from 'vitest';
import { FrameDemuxer } from '../../src/docker/frames.js';

function frame(type: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);

  return Buffer.concat([header, payload]);
}

const decoded = (demuxer: FrameDemuxer, chunks: Buffer[]) =>
  chunks
    .flatMap((chunk) => demuxer.push(chunk))
    .map((f) => `${f.stream}:${f.payload.toString()}`);

describe('FrameDemuxer', () => {
  it('tells stdout from stderr frames that arrive in one chunk', () => {
    const chunk = Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]);

    expect(decoded(new FrameDemuxer(), [chunk])).toEqual([
      'stdout:out\n',
      'stderr:err\n',
    ]);
  });

  it('joins frames cut through the header and through the payload', () => {
    const bytes = Buffer.concat([
      frame(1, 'hello world\n'),
      frame(2, 'oops\n'),
    ]);
    const demuxer = new FrameDemuxer();

    // every possible cut, one byte at a time
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));

    expect(decoded(demuxer, chunks)).toEqual([
      'stdout:hello world\n',
      'stderr:oops\n',
    ]);
    expect(demuxer.pendingBytes).toBe(0);
  });

  it('keeps a partial frame until the rest arrives', () => {
    const bytes = frame(1, 'abcdef');
    const demuxer = new FrameDemuxer();

    expect(demuxer.push(bytes.subarray(0, 10))).toEqual([]);
    expect(demuxer.pendingBytes).toBe(10);
    expect(decoded(demuxer, [bytes.subarray(10)])).toEqual(['stdout:abcdef']);
  });
});
