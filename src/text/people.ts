/**
 * Whose finding is it: another person named in a sentence owns what the
 * sentence says ("my mother has sciatica"), unless the patient acted on them
 * ("I lifted my son"), they only tell the patient's story ("his wife reports
 * he has been incontinent", "per mom's report"), or the patient speaks of
 * themselves again.
 */
import { carries, type Concept } from './lexicon/index.js';
import type { Token } from './tokenize.js';
import { hasConcept, type SentenceView, type Unit } from './view.js';
import { isDigits, startsWithLetter } from './shapes.js';

/** Whether the person named by `person` is the one the sentence's findings belong to. */
export function ownsFindings(view: SentenceView, person: Unit): boolean {
  return !actedOnByPatient(view, person) && !informant(view, person) && !selfDescribed(view, person) && !inTelephoneCall(view, person);
}

/** Words after a person that say they telephoned: "Wife calling", "husband rang" ("Daughter on phone" is read apart). */
const CALLED_AFTER = new Set(['calling', 'called', 'phoned', 'phoning', 'rang', 'telephoned', 'ringing']);
/** Words before "from" that say a call came from the person: "Telephone call from husband". */
const CALL_FROM = new Set(['call', 'phone', 'telephone', 'message', 'calls', 'hx', 'history', 'collateral', 'information', 'info']);
const CALL_REACH = 3;
/** Words before "by" that make the person after it the one who called: "concern raised by son". */
const RAISED_BY = new Set(['raised', 'reported', 'called', 'alerted', 'requested']);
const ACCOMPANIED = new Set(['seen', 'attends', 'attended', 'attending', 'accompanied', 'presents', 'brought', 'req', 'requested', 'request', 'referred', 'called']);

/** The person a sentence (tokens [from, to) and its lexicon units) says telephoned ("husband" of "Telephone call from husband"), if any. */
export function callerIn(tokens: readonly Token[], from: number, to: number, units: readonly { from: number; to: number; values: readonly Concept[] }[]): string | undefined {
  for (const unit of units) {
    if (!carries(unit.values, 'other_person')) continue;
    const calledAfter =
      tokens.slice(unit.to, Math.min(to, unit.to + CALL_REACH)).some((t) => CALLED_AFTER.has(t.norm)) ||
      (tokens[unit.to]?.norm === 'on' && (tokens[unit.to + 1]?.norm === 'phone' || (tokens[unit.to + 1]?.norm === 'the' && tokens[unit.to + 2]?.norm === 'phone')));
    const callFrom =
      (tokens[unit.from - 1]?.norm === 'from' && CALL_FROM.has(tokens[unit.from - 2]?.norm ?? '')) ||
      // "Caller is wife."
      ((tokens[unit.from - 1]?.norm === 'is' || tokens[unit.from - 1]?.norm === '=' || tokens[unit.from - 1]?.norm === ':') && tokens[unit.from - 2]?.norm === 'caller') ||
      // "Welfare concern raised by son."
      (tokens[unit.from - 1]?.norm === 'by' && RAISED_BY.has(tokens[unit.from - 2]?.norm ?? ''));
    // "Seen with daughter", "accompanied by her husband", "brought in by wife": a companion who tells the story.
    const by = tokens[unit.from - 1]?.norm === 'with' || tokens[unit.from - 1]?.norm === 'by';
    const companion = by && (ACCOMPANIED.has(tokens[unit.from - 2]?.norm ?? '') || (tokens[unit.from - 2]?.norm === 'in' && tokens[unit.from - 3]?.norm === 'brought'));
    if (calledAfter || callFrom || companion) return tokens[unit.to - 1]!.norm.replace(/'s$/, '');
  }
  return undefined;
}

/**
 * In a telephone call about the patient, the caller tells the story and the other relative named is the
 * patient: "Daughter on phone: mum has had numbness in her bottom", "Telephone call from husband. His wife has
 * had worsening weakness". A family history stays the family's.
 */
function inTelephoneCall(view: SentenceView, person: Unit): boolean {
  if (view.callers.size === 0) return false;
  for (let i = person.from; i < person.to; i++) if (FAMILY_HISTORY_WORDS.has(view.norm(i))) return false;
  const who = view.norm(person.to - 1).replace(/'s$/, '');
  // The caller telling, or the one the call is about: a wife calling about her husband, a daughter about her mother
  // (not "his father had bowel cancer", said in the same call).
  // The caller tells, in the sentence that says they called ("Son on the phone, says dad can't pass urine"); elsewhere
  // the caller's findings are the caller's ("Parents do smoke around the house").
  if (view.callers.has(who))
    return (
      callerIn(view.tokens, view.from, view.to, [{ from: person.from, to: person.to, values: OTHER }]) === who ||
      TELLING.has(view.norm(person.to)) ||
      REPORTING.has(view.norm(person.to)) ||
      view.norm(person.to) === 'found'
    );
  return [...view.callers].some((caller) => COUNTERPARTS[caller]?.has(who) ?? false);
}

const OTHER: readonly Concept[] = [{ kind: 'other_person' }];
const PARENTS = new Set(['mum', 'mom', 'mother', 'dad', 'father', 'mam', 'mummy', 'daddy']);
const CHILDREN = new Set(['son', 'daughter']);
const PARTNERS = new Set(['wife', 'husband', 'partner', 'spouse', 'girlfriend', 'boyfriend']);
/** For each caller, the relatives who may be the patient the call is about. */
const COUNTERPARTS: Readonly<Record<string, ReadonlySet<string>>> = {
  ...Object.fromEntries([...PARTNERS].map((p) => [p, PARTNERS])),
  ...Object.fromEntries([...CHILDREN].map((c) => [c, PARENTS])),
  ...Object.fromEntries([...PARENTS].map((p) => [p, CHILDREN])),
};

/** Words that open a message before its subject: "Doctor, my husband ...", "Hi dr, mum ...". */
const SALUTATIONS = new Set(['doctor', 'dr', 'doc', 'hi', 'hello', 'hiya', 'dear', 'gp', 'nurse', 'sorry', ',', '-', ':', '.', "'", '"', 'caller', '911', '999', '111']);
const PROXY_REACH = 6;
const SELF_WORDS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'myself']);

/**
 * Who wrote or called about a relative who is the patient, given as the role a caller would have, so that the
 * relative is the one the call is about (inTelephoneCall): a record that names the caller ("Caller is patient's
 * wife", "999 call from wife"), a caller who tells of a relative ("Caller says mum …"), or a message whose first
 * words name the relative and that never speaks of the writer ("Doctor, my husband he cannot hold the urine").
 */
export function proxyWriterIn(tokens: readonly Token[], from: number, to: number): string | undefined {
  const named = namedCaller(tokens, from, to);
  if (named) return named;
  let at = from;
  while (at < to && at < from + PROXY_REACH && SALUTATIONS.has(tokens[at]!.norm)) at++;
  // "Caller says mum 'doesn't know when she needs a wee anymore'".
  if (tokens[at - 1]?.norm === 'caller' && TELLING.has(tokens[at]?.norm ?? '')) return WRITER_OF[bare(tokens[at + 1])];
  const introduced = afterIntroduction(tokens, at, to);
  return relativeWriting(tokens, from, introduced, introduced > at);
}

/** What may end a writer's introduction of themselves: "Hi its Sue, Dad fell …". */
const INTRODUCTION_ENDS = new Set([',', '.', '-', ':', '!']);

/** Past "it's Sue," or "this is Sue.", the writer introducing themselves by name; else `at`. */
function afterIntroduction(tokens: readonly Token[], at: number, to: number): number {
  let i = at;
  if (tokens[i]?.norm === "it's" || tokens[i]?.norm === 'its') i++;
  else if (tokens[i]?.norm === 'this' && tokens[i + 1]?.norm === 'is') i += 2;
  else return at;
  const name = i;
  while (i < to && i < name + 2 && startsWithLetter(tokens[i]!.norm) && WRITER_OF[bare(tokens[i])] === undefined) i++;
  return i > name && INTRODUCTION_ENDS.has(tokens[i]?.norm ?? '') ? i + 1 : at;
}

/** "Caller is patient's wife", "OOH GP tel consult with pt's son", "999 call from wife": the caller a call record names. */
function namedCaller(tokens: readonly Token[], from: number, to: number): string | undefined {
  let call = false;
  for (let i = from; i < to && !call; i++) call = CALL_WORDS.has(tokens[i]!.norm);
  for (let i = from; i + 1 < to && i < from + 12; i++) {
    const norm = tokens[i]!.norm;
    const next = tokens[i + 1]!.norm;
    if ((norm === "patient's" || norm === "pt's") && (tokens[i - 1]?.norm === 'is' || call) && PEOPLE_WHO_CALL.has(next)) return next;
    if (call && (norm === 'from' || norm === 'is' || norm === 'with') && PEOPLE_WHO_CALL.has(next)) return next;
  }
  return undefined;
}

/** A message opened at token `at` by a relative ("my husband", "Mum (84)", "Son says dad's …"), when it is about them. */
function relativeWriting(tokens: readonly Token[], from: number, at: number, introduced = false): string | undefined {
  const greeted = at > from;
  const mine = tokens[at]?.norm === 'my';
  if (mine) at++;
  const relative = bare(tokens[at]);
  const writer = WRITER_OF[relative];
  if (writer === undefined) return undefined;
  // "My mother says she had sciatica": a relative who tells is speaking of herself (informant); "Son says dad's R foot
  // has been flopping", "Wife says he's had an accident": one who tells of another tells the patient's story.
  const next = tokens[at + 1]?.norm;
  if (TELLING.has(next ?? '') || REPORTING.has(next ?? '')) {
    const told = bare(tokens[at + (tokens[at + 2]?.norm === 'that' ? 3 : 2)]);
    const ofSelf = (told === 'she' && FEMALE_PEOPLE.has(relative)) || (told === 'he' && MALE_PEOPLE.has(relative));
    return COUNTERPARTS[relative]?.has(told) || (TOLD_PRONOUNS.has(told) && !ofSelf) ? relative : undefined;
  }
  // "Wife found him unable to get off the toilet - says he's had an accident".
  if (next === 'found' && (tokens[at + 2]?.norm === 'him' || tokens[at + 2]?.norm === 'her')) return relative;
  // A bare "Mum" must come with her age ("Mum (84) fell"): a terse note's "Mum had breast cancer." is family history.
  // So may one after the writer's introduction: "Hi its Sue, Dad fell off the step ladder".
  if (!mine && !introduced && !isAge(next === '(' || next === ',' ? tokens[at + 2] : tokens[at + 1])) return undefined;
  // "My mother has sciatica." alone may be the family's: a message about the relative greets, dates them or goes on about them.
  let goesOn = greeted || !mine;
  for (let i = from; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (SELF_WORDS.has(norm) || (norm === 'my' && WRITER_OF[bare(tokens[i + 1])] === undefined)) return undefined;
    goesOn ||= i > at && THIRD_PERSON.has(norm);
  }
  return goesOn ? writer : undefined;
}

/** A token's word without a possessive or contracted "'s": "son's" → "son". */
const bare = (token: Token | undefined): string => (token?.norm ?? '').replace(/'s$/, '');

const CALL_WORDS = new Set(['call', 'caller', 'phone', 'phoned', 'tel', 'telephone', 'rang', 'ringing', '999', '111', '911', 'consult']);
/** Who a relative's report is about when it opens the note: "Wife says he's had an accident". */
const TOLD_PRONOUNS = new Set(['he', 'she']);
const THIRD_PERSON = new Set(['he', 'she', "he's", "she's", 'his', 'her']);
const isAge = (token: Token | undefined): boolean => token !== undefined && isDigits(token.norm, 1, 3);

/** The callers a relative may be the patient of, by the relative named: a partner's partner, a parent's child, a child's parent. */
const WRITER_OF: Readonly<Record<string, string>> = {
  ...Object.fromEntries([...PARTNERS].map((p) => [p, 'partner'])),
  ...Object.fromEntries([...PARENTS].map((p) => [p, 'son'])),
  ...Object.fromEntries([...CHILDREN].map((c) => [c, 'mum'])),
};
const PEOPLE_WHO_CALL = new Set([...PARTNERS, ...PARENTS, ...CHILDREN]);

/** "I'm a 60yo grandad with sciatica", "as a mum of three": the patient naming what they are. */
function selfDescribed(view: SentenceView, person: Unit): boolean {
  for (let i = person.from - 1; i >= Math.max(view.from, person.from - 4); i--) {
    const norm = view.norm(i);
    if (norm === "i'm" || (norm === 'am' && view.norm(i - 1) === 'i') || norm === 'as') return view.norm(i + 1) === 'a' || view.norm(i + 1) === 'an';
  }
  return false;
}

/** "Wife calling on behalf of pt: she herself has been incontinent": the caller speaking of herself. */
export function callerOwnClause(view: SentenceView, clause: number): boolean {
  if (view.callers.size === 0) return false;
  for (let i = view.from; i + 1 < view.to; i++) {
    if (view.clause(i) !== clause) continue;
    if ((view.norm(i) === 'she' && view.norm(i + 1) === 'herself') || (view.norm(i) === 'he' && view.norm(i + 1) === 'himself')) return true;
  }
  return false;
}

/** "I look after my mum who is incontinent": a mention in a clause that describes a person named just before it. */
export function aboutPersonDescribed(view: SentenceView, clause: number, from: number): boolean {
  return describedPerson(view, clause) && !speaksOfSelfBetween(view, clause, from);
}

/** After a person, words that make them the one who has something ("my mother has", "my dad's", "a friend who"). */
const OWNER_WORDS = new Set(['has', 'had', 'have', 'having', 'is', 'was', 'were', "'s", 'gets', 'got', 'suffers', 'suffered', 'also', 'too', 'with', 'who', 'whose', 'both', 'developed', 'needed', 'died', 'wet', 'wets']);
/** Words of family-history phrases, which stay about the family whoever speaks. */
const FAMILY_HISTORY_WORDS = new Set(['family', 'history', 'hx', 'fh', 'fhx', 'paternal', 'maternal', 'relatives', 'relative']);

/**
 * "I helped a friend move house and woke up with back pain", "I lifted my
 * son and felt a pop": a person the patient acted on, named after "I" and
 * not as the one who has something, is not whose findings these are.
 */
function actedOnByPatient(view: SentenceView, person: Unit): boolean {
  for (let i = person.from; i < person.to; i++) if (FAMILY_HISTORY_WORDS.has(view.norm(i))) return false;
  if (OWNER_WORDS.has(view.norm(person.to))) return false;
  // "bending to pick up grandchild", "lifting her son": what the patient did to them, whoever is named as subject.
  let before = person.from - 1;
  if (POSSESSIVES.has(view.norm(before))) before--;
  // "Me and my partner haven't been able to have sex", "With my wife is not working anymore down there": the patient with them.
  if ((view.norm(before) === 'and' && view.norm(before - 1) === 'me') || (view.norm(before) === 'with' && before === view.from)) return true;
  if (ACTING_VERBS.has(view.norm(before)) || (view.norm(before) === 'up' && ACTING_VERBS.has(view.norm(before - 1)))) return true;
  // "Lives w partner, smokes 10/d": the person the patient lives with.
  if ((view.norm(before) === 'with' || view.norm(before) === 'w') && LIVING_WORDS.has(view.norm(before - 1))) return true;
  const clause = view.clause(person.from);
  for (let i = person.from - 1; i >= view.from && view.clause(i) === clause; i--) {
    const norm = view.norm(i);
    if (norm === 'i' || norm === 'we') return true;
  }
  return false;
}

const LIVING_WORDS = new Set(['lives', 'living', 'live', 'lived', 'stays', 'staying']);
const ACTING_VERBS = new Set(['pick', 'picking', 'picked', 'lift', 'lifting', 'lifted', 'carry', 'carrying', 'carried', 'hold', 'holding', 'held', 'push', 'pushing', 'pull', 'pulling', 'help', 'helping', 'helped', 'caring', 'nursing', 'bathing', 'hoisting', 'moving']);

/** Words after a person that make them the one telling, not the one who has it: "his wife reports he has been incontinent". */
const REPORTING = new Set(['report', 'reports', 'reported', 'states', 'stated', 'notes', 'noted', 'noticed', 'notices', 'describes', 'observed', 'witnessed', 'corroborates', 'confirms']);
/** Lay telling, which may pass on a general fact ("my friend said numbness in the bottom is an emergency"): the patient must be named. */
const TELLING = new Set(['says', 'say', 'said', 'thinks', 'tells', 'told', 'mentions', 'mentioned', 'feels', 'believes', 'reckons']);
const PATIENT_WORDS = new Set(['i', "i'm", "i've", 'my', 'me', 'he', "he's", 'his', 'she', "she's", 'her', 'patient', 'pt', 'that', 'him']);
/** How far after a word of telling the patient may be named. */
const TELLING_REACH = 5;

function namesPatientWithin(view: SentenceView, from: number, reach: number, teller: string): boolean {
  if (PATIENT_WORDS.has(view.norm(from))) return true;
  // "Daughter reports mum walked with her frame on Monday": a teller who tells of another relative tells of the patient.
  const told = view.norm(from).replace(/'s$/, '');
  if (WRITER_OF[told] !== undefined && told !== teller) return true;
  for (let i = from + 1; i < view.to && i < from + reach; i++) {
    const norm = view.norm(i);
    if (norm === 'him' || norm === 'her' || norm === 'he' || norm === 'she') return true;
    // "Wife says each day his legs have been weaker": a possessive of the other sex than the teller's is the patient's.
    if ((norm === 'his' || norm === "he's") && !MALE_PEOPLE.has(teller)) return true;
    if (norm === "she's" && !FEMALE_PEOPLE.has(teller)) return true;
  }
  // "Daughter says 3 days ago only the L leg was weak": a leg told by its side is someone's, the patient's; a general fact names none.
  for (let i = from; i < view.to && i < from + reach + 2; i++) if (view.sideAt(i) && view.norm(i + 1) === 'leg') return true;
  return false;
}

const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'the', "pt's", "patient's"]);
const FEMALE_PEOPLE = new Set(['mother', 'mum', 'mom', 'wife', 'sister', 'daughter', 'aunt', 'grandmother', 'grandma', 'niece', 'girlfriend', 'nan', 'nana']);
const MALE_PEOPLE = new Set(['father', 'dad', 'husband', 'brother', 'son', 'uncle', 'grandfather', 'grandad', 'grandpa', 'nephew', 'boyfriend']);

function informant(view: SentenceView, person: Unit): boolean {
  // "no significant weight loss per mom's report", "according to his wife", "collateral from daughter"
  let before = person.from - 1;
  if (POSSESSIVES.has(view.norm(before))) before--;
  if (view.norm(before) === 'per' || view.norm(before) === 'from' || (view.norm(before) === 'to' && view.norm(before - 1) === 'according')) return true;
  // "Weight loss noted by family", "witnessed by his wife".
  if (view.norm(before) === 'by' && REPORTING.has(view.norm(before - 1))) return true;
  let i = person.to;
  // "my wife also says", "Pt's wife reports", "her daughter has noticed her clothes are loose"
  while (view.norm(i) === 'also' || view.norm(i) === 'has' || view.norm(i) === 'have' || view.norm(i) === 'had') i++;
  const telling = TELLING.has(view.norm(i));
  if (!REPORTING.has(view.norm(i)) && !telling) return false;
  // "Wife says clothes hanging off him": the patient may be named a few words on.
  const who = view.norm(person.to - 1).replace(/'s$/, '');
  if (telling && !namesPatientWithin(view, i + 1, TELLING_REACH, who)) return false;
  // "My mother says she had sciatica": the teller speaking of herself.
  let next = i + 1;
  if (view.norm(next) === 'that') next++;
  const pronoun = view.norm(next);
  return !((pronoun === 'she' && FEMALE_PEOPLE.has(who)) || (pronoun === 'he' && MALE_PEOPLE.has(who)));
}

/** "I look after my mum who is incontinent": a clause opened by "who" after a person is about that person. */
function describedPerson(view: SentenceView, clause: number): boolean {
  let start = view.from;
  while (start < view.to && view.clause(start) !== clause) start++;
  const opener = view.norm(start);
  if (opener !== 'who' && opener !== 'whose') return false;
  // "my husband, who has diabetes": a comma may stand between.
  const before = view.unitAtToken(view.norm(start - 1) === ',' ? start - 2 : start - 1);
  return before !== undefined && hasConcept(before, 'other_person');
}

/**
 * "My mum's sciatica ended in an operation because she couldn't hold her water": a later clause whose subject is
 * "she" or "he" goes on about the relative of that sex who owned an earlier clause, unless the patient spoke of
 * themselves in between.
 */
export function pronounOfRelative(view: SentenceView, clause: number, from: number): boolean {
  let start = from;
  while (start > view.from && view.clause(start - 1) === clause) start--;
  let pronoun: string | undefined;
  for (let i = start; i < from && !pronoun; i++) if (view.norm(i) === 'she' || view.norm(i) === 'he') pronoun = view.norm(i);
  if (!pronoun) return false;
  const people = pronoun === 'she' ? FEMALE_PEOPLE : MALE_PEOPLE;
  for (let i = start - 1; i >= view.from; i--) {
    if (FIRST_PERSON_WORDS.has(view.norm(i)) && !(view.norm(i) === 'my' && people.has(bare(view.tokens[i + 1])))) return false;
    const unit = view.unitAtToken(i);
    if (unit && hasConcept(unit, 'other_person') && people.has(bare(view.tokens[unit.to - 1])) && ownsFindings(view, unit)) return true;
  }
  return false;
}

/** "Her husband has diabetes, she has numbness in her bottom": "she" or "he" of the other sex than the relative named before is the patient. */
export function pronounOfPatient(view: SentenceView, subject: Unit): boolean {
  const pronoun = view.norm(subject.from);
  if (subject.to - subject.from !== 1 || (pronoun !== 'she' && pronoun !== 'he')) return false;
  const otherSex = pronoun === 'she' ? MALE_PEOPLE : FEMALE_PEOPLE;
  for (let i = subject.from - 1; i >= view.from; i--) {
    const unit = view.unitAtToken(i);
    if (unit && hasConcept(unit, 'other_person')) return otherSex.has(bare(view.tokens[unit.to - 1]));
  }
  return false;
}

/** "... my mum who is incontinent and my back hurts": the patient speaking of themselves again. */
const FIRST_PERSON_WORDS = new Set(['i', "i'm", "i've", "i'd", 'my', 'me']);
function speaksOfSelfBetween(view: SentenceView, clause: number, before: number): boolean {
  for (let i = before - 1; i >= view.from && view.clause(i) === clause; i--) if (FIRST_PERSON_WORDS.has(view.norm(i))) return true;
  return false;
}
