/** `sciatrace fhir …` as a user runs it: the real CLI in a child process, real exit codes. */
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/cli.js';
import { vignettes } from './vignettes.js';

describe('sciatrace fhir', () => {
  it('prints a questionnaire, and refuses an unknown one with exit 2', async () => {
    const ok = await run(['fhir', 'questionnaire', 'examination']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ resourceType: 'Questionnaire', id: 'examination' });
    const bad = await run(['fhir', 'questionnaire', 'phq9']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown questionnaire "phq9"');
  }, 60_000);

  it('case → responses → assess gives the Bundle with the structured triage', async () => {
    const v = vignettes.find((x) => x.expected.triage === 'emergency');
    if (!v) throw new Error('no emergency vignette');
    const responses = await run(['fhir', 'responses'], JSON.stringify(v.case));
    expect(responses.code).toBe(0);
    const assessed = await run(['fhir', 'assess'], responses.stdout);
    expect(assessed.code).toBe(0);
    expect(JSON.parse(assessed.stdout).entry[0].resource.prediction[0].outcome.coding[0].code).toBe('triage_emergency');
  }, 60_000);

  it('bad input: an OperationOutcome naming the item on stdout, the issue on stderr, exit 2', async () => {
    const qr = { resourceType: 'QuestionnaireResponse', questionnaire: 'https://sciatrace.org/fhir/Questionnaire/interview', status: 'completed', item: [{ linkId: 'about', item: [{ linkId: 'age', answer: [{ valueInteger: 300 }] }] }] };
    const result = await run(['fhir', 'assess'], JSON.stringify(qr));
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout).issue[0].details.text).toBe('item "age": 300 is outside 0..120');
    expect(result.stderr).toContain('QuestionnaireResponse.item[0].item[0].answer[0]');
    const notJson = await run(['fhir', 'assess'], '{');
    expect(notJson.code).toBe(2);
    expect(JSON.parse(notJson.stdout).resourceType).toBe('OperationOutcome');
  }, 60_000);
});
