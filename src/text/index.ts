/**
 * Free text → evidence items of spec/case-format.md: a patient's own words or
 * a clinician's note, read with negation, uncertainty, history, other people
 * and section headers taken into account. Core: no Node built-ins.
 */
export { extract, type Extraction, type ExtractOptions, type Mention } from './extract.js';
export { compileLexicon, LEXICON } from './lexicon/index.js';
