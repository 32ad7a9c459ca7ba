/**
 * Section headers of clinical notes and what they do to the findings under
 * them: a family history is about other people, a past history is not the
 * current illness, a plan or instructions are hypothetical, a medication or
 * allergy list holds no findings, a social history only risk factors. Unknown headers leave findings as they are.
 */
export type SectionKind = 'family' | 'past' | 'hypothetical' | 'none' | 'social' | 'medications' | 'current';

const SECTION_WORDS: readonly (readonly [SectionKind, readonly string[]])[] = [
  ['family', ['family history', 'family hx', 'fh', 'fhx', 'family medical history', 'family and social history']],
  ['past', ['past medical history', 'pmh', 'pmhx', 'past history', 'past surgical history', 'psh', 'previous history', 'medical history', 'past medical and surgical history', 'surgical history', 'past medical/surgical history', 'past medical history/surgical history', 'previous medical history']],
  // A plan restates current problems ("Kegel exercises for urinary incontinence"); its instructions carry their own words ("seek", "return if").
  ['hypothetical', ['discharge instructions', 'instructions', 'patient education', 'consent', 'goals', 'goal', "patient's goal", 'patient goals', 'risks', 'prognosis', 'precautions', 'return precautions', 'advice', 'safety net', 'safety netting', 'safety-net', 'safety-netting']],
  // A drug list holds risk factors too: steroids, immunosuppressants, insulin ("DH: pred 10mg OD long term").
  ['medications', ['medications', 'current medications', 'meds', 'medication', 'dhx', 'dh', 'drug history']],
  ['none', ['allergies', 'drug allergies', 'procedure', 'operation', 'procedures', 'operations performed', 'description of procedure', 'procedure in detail', 'anesthesia', 'anaesthesia', 'technique', 'estimated blood loss', 'complications', 'specimens', 'operative findings', 'description of operation', 'details of procedure', 'procedure performed', 'title of operation', 'name of procedure']],
  // Habits and work: risk factors only ("SH: IVDU, non-smoker"), not the walking and lifting of a working life.
  ['social', ['social history', 'sh', 'shx', 'social hx', 'social']],
];

const HEADERS: ReadonlyMap<string, SectionKind> = new Map(SECTION_WORDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));

/** The kind of section a header's words open ("Past Medical History" → past). */
export function sectionKind(headerWords: readonly string[]): SectionKind {
  return HEADERS.get(headerWords.join(' ')) ?? 'current';
}
