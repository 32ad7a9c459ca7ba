/**
 * `sciatrace assess` as a user runs it: the real CLI in a child process,
 * real stdin/stdout/stderr and exit codes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli as run } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sciatrace-assess-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const CES = { id: 'ces', age: 41, evidence: [{ finding: 'back_pain' }, { finding: 'leg_pain', side: 'left' }, { finding: 'saddle_anesthesia' }] };
const SIMPLE = { id: 'simple', age: 30, durationDays: 4, evidence: [{ finding: 'back_pain' }] };
const BAD_FINDING = { id: 'bad', evidence: [{ finding: 'back_pain' }, { finding: 'hip_pian' }] };

describe('sciatrace assess (JSON document)', { timeout: 90_000 }, () => {
  it('assesses one case from a file', async () => {
    const result = await run(['assess', file('ces.json', JSON.stringify(CES))]);
    expect(result.code).toBe(0);
    const assessment = JSON.parse(result.stdout);
    expect(assessment.id).toBe('ces');
    expect(assessment.triage.level).toBe('emergency');
  });

  it('assesses an array from stdin into an array, in order', async () => {
    const result = await run(['assess', '-'], JSON.stringify([SIMPLE, CES]));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((a: { id: string }) => a.id)).toEqual(['simple', 'ces']);
  });

  it('rejects an invalid case with exit 2, naming the field, and assesses nothing', async () => {
    const result = await run(['assess'], JSON.stringify([SIMPLE, BAD_FINDING]));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('[1].evidence[1].finding: unknown finding id "hip_pian"');
  });

  it('reports invalid JSON with exit 2 and the line it is on', async () => {
    const broken = '{\n  "id": "x",\n  "evidence": [\n    { "finding": back_pain }\n  ]\n}\n';
    const result = await run(['assess', file('broken.json', broken)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^line 4: invalid JSON/);
  });

  it('--lenient turns an unknown finding id into a warning', async () => {
    const result = await run(['assess', '--lenient'], JSON.stringify(BAD_FINDING));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).warnings).toEqual([expect.objectContaining({ code: 'unknown_finding', message: expect.stringContaining('hip_pian') })]);
  });

  it('--pretty prints the report: banner, roots, conditions with bars, plan, explanation (no colour when not a TTY)', async () => {
    const result = await run(['assess', '--pretty'], JSON.stringify(CES));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('EMERGENCY: go to an emergency department now');
    for (const heading of ['Pain mechanism', 'Nerve roots', 'Likely conditions', 'Plan', 'Why']) expect(result.stdout).toContain(heading);
    expect(result.stdout).toMatch(/█.*%/);
    expect(result.stdout).toContain('What happens next');
    expect(result.stdout).not.toContain('\x1b[');
  });
});

describe('sciatrace assess --ndjson', { timeout: 90_000 }, () => {
  it('writes one assessment per line in input order; a bad line becomes an error line, is reported, and the rest are assessed', async () => {
    const lines = [JSON.stringify(SIMPLE), JSON.stringify(BAD_FINDING), '{"id": "half', '', JSON.stringify(CES)];
    const result = await run(['assess', '--ndjson', file('batch.ndjson', `${lines.join('\n')}\n`)]);
    expect(result.code).toBe(2);
    const out = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(out).toHaveLength(4);
    expect(out[0].id).toBe('simple');
    expect(out[1]).toEqual({
      line: 2,
      error: { message: 'invalid case', issues: [{ path: 'evidence[1].finding', message: 'unknown finding id "hip_pian"' }] },
    });
    expect(out[2].line).toBe(3);
    expect(out[2].error.message).toMatch(/^invalid JSON/);
    expect(out[3].id).toBe('ces');
    expect(out[3].triage.level).toBe('emergency');
    expect(result.stderr).toContain('line 2: evidence[1].finding: unknown finding id "hip_pian"');
    expect(result.stderr).toMatch(/line 3: invalid JSON/);
  });

  it('exits 0 when every line is valid, and keeps the order of a large batch', async () => {
    const cases = Array.from({ length: 3000 }, (_, i) => ({ ...SIMPLE, id: `c${i}`, durationDays: i % 90 }));
    const result = await run(['assess', '--ndjson'], cases.map((c) => JSON.stringify(c)).join('\n'));
    expect(result.code).toBe(0);
    const ids = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).id);
    expect(ids).toEqual(cases.map((c) => c.id));
  });

  it('streams: each line is answered before the input ends', async () => {
    const child = spawn(process.execPath, [BIN, 'assess', '--ndjson'], { cwd: ROOT });
    child.stdout.setEncoding('utf8');
    const nextLine = () =>
      new Promise<string>((resolve) => {
        let seen = '';
        const onData = (chunk: string) => {
          seen += chunk;
          if (seen.includes('\n')) {
            child.stdout.off('data', onData);
            resolve(seen);
          }
        };
        child.stdout.on('data', onData);
      });
    child.stdin.write(`${JSON.stringify(SIMPLE)}\n`);
    expect(JSON.parse(await nextLine()).id).toBe('simple');
    child.stdin.write(`${JSON.stringify(CES)}\n`);
    expect(JSON.parse(await nextLine()).id).toBe('ces');
    child.stdin.end();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('--pretty gives a report per line', async () => {
    const result = await run(['assess', '--ndjson', '--pretty'], `${JSON.stringify(SIMPLE)}\n${JSON.stringify(CES)}\n`);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^case /gm)).toHaveLength(2);
  });
});
