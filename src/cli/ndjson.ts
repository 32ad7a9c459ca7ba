/**
 * Line-by-line streaming for NDJSON: each input line is turned into one
 * output line by a synchronous function, in order.
 *
 * Output is encoded straight into a large byte buffer, one piece at a time,
 * and written in batches: one write per input chunk (so a slow producer, such
 * as an interactive pipe, is answered line by line) or whenever the buffer
 * fills. Measured on assessments (~12 kB each), this is several times cheaper
 * than joining strings and converting them per write. A piece may be bytes
 * already (a shared part encoded once), which is copied as is.
 *
 * Memory stays bounded: at most one buffer is being filled, and input is
 * paused while the output stream is full (backpressure).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** A piece of an output line: text, or text already encoded as UTF-8. */
export type LinePiece = string | Uint8Array;

/** What one input line became: an output line (whole, or in pieces), or nothing (blank input lines). */
export type LineOutcome = string | readonly LinePiece[] | undefined;

export interface StreamLinesOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** Called for each input line with its 1-based line number. */
  readonly transform: (line: string, lineNumber: number) => LineOutcome;
  /** Bytes of output to gather before a write. */
  readonly batchBytes?: number;
}

const NEWLINE = 0x0a;
/** UTF-8 needs at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export async function streamLines({ input, output, transform, batchBytes = 1 << 18 }: StreamLinesOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = Buffer.allocUnsafe(batchBytes);
  let used = 0;
  let lineNumber = 0;
  let failure: unknown;
  let flushScheduled = false;
  let waitingForDrain = false;

  /** Hands the filled part of the buffer to the output; a fresh buffer takes its place, as the stream may still hold the old one. */
  const flush = (): boolean => {
    if (used === 0) return true;
    const chunk = buffer.subarray(0, used);
    buffer = Buffer.allocUnsafe(batchBytes);
    used = 0;
    return output.write(chunk);
  };

  const write = (): void => {
    if (!flush() && !waitingForDrain) {
      waitingForDrain = true;
      lines.pause();
      output.once('drain', () => {
        waitingForDrain = false;
        lines.resume();
      });
    }
  };

  const reserve = (bytes: number): void => {
    if (used + bytes <= buffer.length) return;
    flush();
    if (bytes > buffer.length) buffer = Buffer.allocUnsafe(bytes);
  };

  const put = (piece: LinePiece): void => {
    if (typeof piece === 'string') {
      reserve(piece.length * MAX_BYTES_PER_UNIT);
      used += buffer.write(piece, used);
    } else {
      reserve(piece.length);
      buffer.set(piece, used);
      used += piece.length;
    }
  };

  lines.on('line', (line) => {
    lineNumber++;
    if (failure !== undefined) return;
    try {
      const produced = transform(line, lineNumber);
      if (produced === undefined) return;
      if (typeof produced === 'string') put(produced);
      else for (const piece of produced) put(piece);
      reserve(1);
      buffer[used++] = NEWLINE;
    } catch (error) {
      failure = error;
      lines.close();
      return;
    }
    if (used >= batchBytes / 2) write();
    else if (!flushScheduled) {
      // readline emits every line of an input chunk synchronously; writing
      // once the chunk is done batches the output without holding it back.
      flushScheduled = true;
      setImmediate(() => {
        flushScheduled = false;
        write();
      });
    }
  });

  await new Promise<void>((resolve, reject) => {
    lines.once('close', resolve);
    input.once('error', reject);
  });
  if (failure !== undefined) throw failure;
  flush();
}
