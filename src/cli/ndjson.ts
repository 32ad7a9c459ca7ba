/**
 * Line-by-line streaming for NDJSON: each input line is turned into one
 * output line by a synchronous function, in order. Memory stays bounded:
 * output is written in batches (one per input chunk, or every `batchChars`),
 * and input is paused while the output stream is full (backpressure).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/** What one input line became: an output line, or nothing (blank input lines). */
export type LineOutcome = string | undefined;

export interface StreamLinesOptions {
  readonly input: Readable;
  readonly output: Writable;
  /** Called for each input line with its 1-based line number. */
  readonly transform: (line: string, lineNumber: number) => LineOutcome;
  /** Characters of output to gather before a write. */
  readonly batchChars?: number;
}

export async function streamLines({ input, output, transform, batchChars = 1 << 16 }: StreamLinesOptions): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let batch: string[] = [];
  let batched = 0;
  let lineNumber = 0;
  let failure: unknown;

  let flushScheduled = false;
  let waitingForDrain = false;
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
  const flush = (): boolean => {
    if (batch.length === 0) return true;
    const chunk = batch.join('');
    batch = [];
    batched = 0;
    return output.write(chunk);
  };

  lines.on('line', (line) => {
    lineNumber++;
    if (failure !== undefined) return;
    try {
      const produced = transform(line, lineNumber);
      if (produced === undefined) return;
      batch.push(produced, '\n');
      batched += produced.length + 1;
    } catch (error) {
      failure = error;
      lines.close();
      return;
    }
    if (batched >= batchChars) write();
    else if (!flushScheduled) {
      // readline emits every line of an input chunk synchronously; writing once
      // the chunk is done batches the output and still answers a slow producer
      // (an interactive pipe) line by line.
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
