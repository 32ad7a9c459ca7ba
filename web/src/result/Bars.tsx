/** Probabilities as labelled horizontal bars; the number is in the text, the bar is decoration. */
import { percent } from './words.js';

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly term?: string;
  readonly probability: number;
}

export function Bars({ items, label }: { items: readonly BarItem[]; label: string }) {
  return (
    <ul class="bars" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} data-key={item.key}>
          <div class="bar-text">
            <span>
              {item.label}
              {item.term && <span class="term"> ({item.term})</span>}
            </span>
            <strong>{percent(item.probability)}</strong>
          </div>
          <div class="bar-track" aria-hidden="true">
            <div class="bar-fill" style={{ width: `${Math.max(1, Math.round(item.probability * 100))}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
