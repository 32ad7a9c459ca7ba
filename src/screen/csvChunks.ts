/**
 * Cuts a CSV file into chunks of whole records without parsing it: one scan
 * for quotes and line ends, so that the worker threads, not the main thread,
 * do the parsing. A line end outside quotes ends a record (RFC 4180: a quote
 * inside a quoted field is doubled, which toggles twice). Each chunk knows
 * the file line it starts on, so rows that fail to parse are reported by
 * their line in the file.
 */
import { createReadStream } from 'node:fs';

export interface CsvChunk {
  /** Whole records, each ending with its line break. */
  readonly csv: string;
  /** File line of the chunk's first record. */
  readonly firstLine: number;
}

const QUOTE = 34;
const LF = 10;
/** Past this a chunk is cut at the next line end even inside quotes: a stray quote must not make it unbounded. */
const MAX_CHUNK_CHARS = 16 * 1024 * 1024;

/** Chunks of about `chunkChars` characters, after the header record (which the caller reads apart). */
export async function* csvChunks(path: string, chunkChars = 256 * 1024): AsyncGenerator<CsvChunk> {
  let pending = '';
  let inQuotes = false;
  let scanned = 0;
  let lastBoundary = -1;
  let newlinesBeforeBoundary = 0;
  let newlines = 0;
  let line = 1;
  let headerDone = false;
  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 18 }) as AsyncIterable<string>) {
    pending += piece;
    for (let i = scanned; i < pending.length; i++) {
      const c = pending.charCodeAt(i);
      if (c === QUOTE) inQuotes = !inQuotes;
      else if (c === LF) {
        newlines++;
        if (!inQuotes || i >= MAX_CHUNK_CHARS) {
          lastBoundary = i;
          newlinesBeforeBoundary = newlines;
          if (!headerDone) {
            // Drop the header record; the caller has read it.
            headerDone = true;
            line += newlines;
            pending = pending.slice(i + 1);
            i = -1;
            newlines = 0;
            lastBoundary = -1;
            newlinesBeforeBoundary = 0;
            continue;
          }
        }
      }
    }
    scanned = pending.length;
    if (lastBoundary + 1 >= chunkChars) {
      yield { csv: pending.slice(0, lastBoundary + 1), firstLine: line };
      line += newlinesBeforeBoundary;
      pending = pending.slice(lastBoundary + 1);
      scanned = pending.length;
      newlines -= newlinesBeforeBoundary;
      lastBoundary = -1;
      newlinesBeforeBoundary = 0;
    }
  }
  if (pending.length > 0 && headerDone) yield { csv: pending.endsWith('\n') ? pending : `${pending}\n`, firstLine: line };
}
