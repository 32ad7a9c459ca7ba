/**
 * `sciatrace screen` as a real process: worker threads loading TypeScript
 * through tsx, output in input order, malformed rows skipped with their line
 * number, the summary on stderr, bad options rejected with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultWorkers, MIN_BYTES_FOR_WORKERS } from '../../src/screen/pool.js';
import { screenNote } from '../../src/screen/record.js';

const BIN = fileURLToPath(new URL('../../bin/sciatrace.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sciatrace-screen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000 });

const NOTES = [
  'Sudden urinary retention, saddle anaesthesia and bilateral sciatica since this morning.',
  'LBP 2/52, radiating R leg to dorsum of foot, SLR +ve 30°, EHL 4/5 R, no saddle anaesthesia, no B/B dysfunction.',
  'Mechanical low back pain for 3 days, no leg pain, no red flags.',
  'History of prostate cancer with new back pain and weight loss.',
];
const csv = (rows: string[]) => ['id,site,text', ...rows].join('\n') + '\n';

describe('sciatrace screen', () => {
  it('screens a CSV on two workers: one line per note in input order, evidence with spans, a summary', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i},ward,"${NOTES[i % NOTES.length]}"`);
    rows.splice(10, 0, '999,too,many,fields');
    const path = join(dir, 'notes.csv');
    writeFileSync(path, csv(rows));
    const result = run('screen', path, '--workers', '2');
    expect(result.status, result.stderr).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 40 }, (_, i) => String(i)));
    // The same per-note function the distributed workers use.
    expect(records[1]).toEqual(JSON.parse(JSON.stringify(screenNote({ id: '1', text: NOTES[1]!, line: 3 }))));
    expect(records[0].triage).toBe('emergency');
    expect(records[0].redFlags.map((f: { id: string }) => f.id)).toContain('cauda_equina');
    for (const item of records[1].evidence) expect(NOTES[1]!.slice(item.span[0], item.span[1])).toBe(item.words);
    expect(result.stderr).toMatch(/line 12: skipped/);
    expect(result.stderr).toMatch(/screened 40 notes/);
    expect(result.stderr).toMatch(/emergency 10/);
    expect(result.stderr).toMatch(/notes with red flags: \d+/);
  }, 120_000);

  it('reads NDJSON and writes to --out; the same answers on the main thread', () => {
    const path = join(dir, 'notes.ndjson');
    writeFileSync(path, NOTES.map((text, i) => JSON.stringify({ id: `n${i}`, text })).join('\n') + '\n');
    const out = join(dir, 'out.ndjson');
    const threads = run('screen', path, '--out', out, '--workers', '2');
    expect(threads.status, threads.stderr).toBe(0);
    const inline = run('screen', path, '--workers', '0');
    expect(readFileSync(out, 'utf8')).toBe(inline.stdout);
  }, 120_000);

  it.each([
    [['screen', 'missing.csv'], /FILE: cannot read/],
    [['screen', join(dir, 'notes.csv'), '--column', 'nope'], /--column: no column "nope"/],
    [['screen', join(dir, 'notes.csv'), '--format', 'xml'], /--format/],
    [['screen', join(dir, 'notes.csv'), '--workers', 'many'], /--workers/],
  ])('rejects bad input with exit 2: %j', (args, message) => {
    writeFileSync(join(dir, 'notes.csv'), csv(['1,a,text']));
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  }, 60_000);
});

describe('the default number of workers', () => {
  it('is none for a file too small to repay the workers, every core for a large or unknown one', () => {
    expect(defaultWorkers(17e6)).toBe(0);
    expect(defaultWorkers(MIN_BYTES_FOR_WORKERS - 1)).toBe(0);
    expect(defaultWorkers(MIN_BYTES_FOR_WORKERS)).toBe(availableParallelism());
    expect(defaultWorkers()).toBe(availableParallelism());
  });
});
