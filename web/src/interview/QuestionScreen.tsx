/** A screen of one or more yes / no / don't-know questions. */
import { useState } from 'preact/hooks';
import type { EvidenceItem } from '../../../src/case/schema.js';
import type { FindingId } from '../../../src/knowledge/vocabulary.js';
import { FindingRow, rowToEvidence, type RowAnswer } from './FindingRow.js';

interface Props {
  readonly title: string;
  readonly findings: readonly FindingId[];
  readonly intro?: string;
  readonly onDone: (evidence: EvidenceItem[]) => void;
}

export function QuestionScreen({ title, findings, intro, onDone }: Props) {
  const [rows, setRows] = useState<Partial<Record<FindingId, RowAnswer>>>({});
  const submit = (event: Event) => {
    event.preventDefault();
    onDone(findings.flatMap((f) => rowToEvidence(f, rows[f])));
  };
  return (
    <form class="screen" onSubmit={submit} aria-labelledby="question-title">
      <h2 id="question-title" tabIndex={-1} class="screen-title">{title}</h2>
      {intro && <p>{intro}</p>}
      {findings.map((finding) => (
        <FindingRow key={finding} finding={finding} value={rows[finding]} onChange={(row) => setRows((r) => ({ ...r, [finding]: row }))} />
      ))}
      <p class="hint">A question you leave unanswered counts as "I don't know".</p>
      <div class="actions">
        <button type="submit" class="primary">
          Next
        </button>
      </div>
    </form>
  );
}
