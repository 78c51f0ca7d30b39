/**
 * The engine multiplexes stdout and stderr of a container without a TTY into one stream of
 * frames: an 8-byte header (stream type, three zero bytes, a big-endian payload length) and
 * the payload. Reads from a socket cut anywhere, through a header or a payload, so the
 * demuxer keeps what it has not yet been able to frame.
 */

export type StreamName = 'stdout' | 'stderr';

export interface Frame {
  stream: StreamName;
  payload: Buffer;
}

const HEADER_BYTES = 8;

export class FrameDemuxer {
  private pending: Buffer = Buffer.alloc(0);

  /** Takes the next chunk as it arrived and returns every frame it completes. */
  push(chunk: Buffer): Frame[] {
    this.pending =
      this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const frames: Frame[] = [];

    while (this.pending.length >= HEADER_BYTES) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < HEADER_BYTES + size) break;

      // Type 0 (stdin) only appears on attach streams and is shown as stdout.
      const stream = this.pending[0] === 2 ? 'stderr' : 'stdout';
      const payload = this.pending.subarray(HEADER_BYTES, HEADER_BYTES + size);
      frames.push({ stream, payload });
      this.pending = this.pending.subarray(HEADER_BYTES + size);
    }

    return frames;
  }

  /** Bytes received that do not yet make a whole frame. */
  get pendingBytes(): number {
    return this.pending.length;
  }
}
