/** Progression of a patient's findings between assessments, and the series for charts. Core: no Node built-ins. */
export { CHANGE_KINDS, type BodySide, type ChangeKind, type PriorAssessment, type ProgressionChange } from './change.js';
export { compareWithHistory, comparisonBasis, type Progression } from './compare.js';
export { assessCaseWithHistory, assessWithHistory, type AssessedWithHistory } from './assess.js';
export { describeChange } from './describe.js';
export { buildTimeline, type TimelineInput, type TimelinePoint } from './timeline.js';
