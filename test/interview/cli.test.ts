import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = (...args: string[]) => spawnSync('node', ['bin/sciatrace.js', 'interview', ...args], { cwd: root, encoding: 'utf8' });

describe('sciatrace interview --replay', () => {
  it('replays the dev vignettes and reports questions asked against accuracy', () => {
    const result = run('--replay', '../shared/vignettes/dev.jsonl');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/64 cases, clinician's interview/);
    expect(result.stdout).toMatch(/questions asked \(screens\): mean \d+\.\d\d/);
    expect(result.stdout).toMatch(/emergencies missed: none/);
  });

  it('rejects a bad case with exit 2, naming the line and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sciatrace-replay-'));
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${JSON.stringify({ evidence: [{ finding: 'back_pain' }] })}\n${JSON.stringify({ evidence: [{ finding: 'leg_pian' }] })}\n`);
    const result = run('--replay', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/line 2: .*evidence\[0\]\.finding.*leg_pian/);
    expect(result.stdout).toBe('');
  });
});
