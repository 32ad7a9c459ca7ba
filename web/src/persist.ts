/**
 * The interview lives only on this device: answers are kept in localStorage
 * so a reload (or going offline) keeps them, and are sent nowhere.
 */
import { startInterview, type InterviewState } from '../../src/interview/index.js';

const KEY = 'sciatrace.interview.v1';

export interface Saved {
  readonly state: InterviewState;
  /** Why the interview stopped, once it has. */
  readonly stopMessage?: string;
}

export function loadInterview(): Saved {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) {
      const saved = JSON.parse(raw) as Saved;
      if (saved && Array.isArray(saved.state?.evidence) && Array.isArray(saved.state?.asked)) return saved;
    }
  } catch {
    // A damaged or foreign value: start again rather than fail.
  }
  return { state: startInterview('person') };
}

export function saveInterview(saved: Saved): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Storage full or disabled (private mode): the interview still works, it just won't survive a reload.
  }
}

export function clearInterview(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
}
