export { evaluateTriage, type TriageResult } from './evaluate.js';
export { TRIAGE_RULES, RED_FLAG_FINDINGS, type TriageRule } from './rules.js';
export { LEVEL_ADVICE, ADVICE_BY_LEVEL, SAFETY_NET, safetyNetSentence } from './advice.js';
export { RECENT_DAYS } from './context.js';
