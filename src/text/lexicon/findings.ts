/**
 * Words for the findings of spec/case-format.md, lay (British and American)
 * and clinical shorthand. Compound forms ("left leg pain", "numb on the top
 * of my foot") are built by the extractor from these terms plus the sites,
 * sides and qualifiers of ./anatomy.ts and ./context.ts, so a term appears
 * here once, in its plainest form.
 */
import type { FindingId, Movement, Region } from '../../knowledge/vocabulary.js';
import type { ConceptOf, FindingTarget, LexiconEntry, TermGroup } from './types.js';

type TermOptions = Partial<Omit<ConceptOf<'finding'>, 'kind' | 'mode' | 'targets' | 'group'>>;

const term =
  (mode: 'assert' | 'neutral') =>
  (group: TermGroup, targets: FindingId | readonly (FindingId | FindingTarget)[], phrases: readonly string[], options: TermOptions = {}): LexiconEntry => ({
    phrases,
    concept: {
      kind: 'finding',
      mode,
      group,
      targets: (typeof targets === 'string' ? [targets] : targets).map((t) => (typeof t === 'string' ? { finding: t } : t)),
      ...options,
    },
  });
/** Words that state the abnormality. */
const asserts = term('assert');
/** Words that name a function or test; a qualifier says which way it went. */
const names = term('neutral');
const motor = (movement: Movement, phrases: readonly string[]): LexiconEntry =>
  names('motor', [{ finding: 'weakness', movement }], phrases, { bareNegation: 'present' });

const SPHINCTERS = ['bladder_dysfunction', 'bowel_dysfunction'] as const;

/** Minor falls: "sat down heavily on the edge of the bath", "slipped on the icy path and landed on her backside", "missed the bottom step". */
export const MINOR_FALLS: readonly string[] = [
  'sat down heavily', 'sat down hard', 'sat down awkwardly', 'landing on her backside', 'landing on his backside', 'landing on my backside', 'landed on her backside',
  'landed on his backside', 'landed on my backside', 'landing on her bottom', 'landed on her bottom', 'landed on his bottom', 'landed on my bottom', 'landing heavily',
  'missed the bottom step', 'missed the last step', 'missed a step', 'missed the bottom stair', 'missed the last stair', 'lost her footing', 'lost his footing', 'lost my footing',
  'slipping on the ice', 'slipping on ice', 'slipped on the ice', 'slipped on ice', 'slipping on the icy path', 'slipped on the icy path', 'slipped off a kerb', 'slipped off the kerb',
  'slid off the edge of the bed', 'slid off the bed', 'slid off the chair', 'onto her bottom', 'onto his bottom', 'onto my bottom',
  'stepped off a bus awkwardly', 'stepped off the bus awkwardly', 'stepped off awkwardly', 'stepped awkwardly', 'landed awkwardly',
];
const CAUDA_EQUINA_SYMPTOMS = ['bladder_dysfunction', 'bowel_dysfunction', 'saddle_anesthesia'] as const;
const REFLEXES = ['knee_reflex_reduced', 'ankle_reflex_reduced'] as const;

/**
 * A weak place is the movement its muscles make, as a clinician would test it:
 * "my big toe is weak" (extension, EHL), "the muscles at the front of my thighs
 * have become weak" (knee extension), "my calf is weak" (plantarflexion).
 */
export const WEAK_REGION_MOVEMENT: Readonly<Partial<Record<Region, Movement>>> = {
  big_toe: 'big_toe_extension',
  anterior_thigh: 'knee_extension',
  calf: 'ankle_plantarflexion',
};

/** Where a reflex is tested, for notes that grade reflexes by place ("DTRs 2+ at the knees, absent at the ankles"). */
export const REFLEX_SITE_WORDS: Readonly<Record<string, FindingId>> = {
  knee: 'knee_reflex_reduced', knees: 'knee_reflex_reduced', patella: 'knee_reflex_reduced', patellae: 'knee_reflex_reduced',
  patellas: 'knee_reflex_reduced', patellar: 'knee_reflex_reduced', ankle: 'ankle_reflex_reduced', ankles: 'ankle_reflex_reduced',
  achilles: 'ankle_reflex_reduced',
};

/**
 * Lost control, lost sensation and retention of a sphincter, as a patient or a
 * clerking says them: every way of losing a function joined with every word
 * for its organ ("losing control of his bowels", "difficulty controlling her
 * bladder", "not able to feel when the urine is coming", "hasn't passed any
 * water"), so that a new pairing of familiar words is not missed for want of
 * its exact phrase. Possessives between them are stepped over by the matcher.
 */
const BLADDER_OBJECTS = ['bladder', 'urine', 'wee', 'pee', 'water', 'waterworks', 'wees', 'pees'];
const BOWEL_OBJECTS = ['bowels', 'bowel', 'poo', 'poos', 'poop', 'stool', 'stools', 'motions', 'bowel motions', 'back passage', 'number two', 'number 2'];
const CONTROL_LOSSES = [
  'losing control of', 'lose control of', 'lost control of', 'losing control over', 'lose control over', 'lost control over', 'loss of control of',
  'no control of', 'no control over', 'poor control of', 'less control of', 'less control over', 'difficulty controlling', 'difficulties controlling',
  'trouble controlling', 'problems controlling', 'problem controlling', 'struggling to control', 'struggles to control', 'struggle to control',
  "can't control", "couldn't control", 'unable to control', 'not able to control', 'not controlling', "can't hold", "couldn't hold", 'unable to hold',
  'not able to hold', "can't hold on to", "can't hold in", 'not holding',
];
/** Words that put what is said in the context of sex: "when we tried to be intimate … nothing worked". */
const SEXUAL_CONTEXT = ['intimate', 'intimacy', 'sex', 'sexual', 'intercourse', 'bedroom', 'erection'];
const SENSE_LOSSES = [
  "can't feel", "couldn't feel", 'unable to feel', 'not able to feel', "don't feel", "doesn't feel", "didn't feel", 'no longer feel', 'no longer feels',
  "don't get the feeling", 'not getting the feeling', "can't get the feeling", 'can barely feel', 'barely feel', 'hardly feel', "can hardly feel", "don't feel any more", "don't feel anymore", "can't feel any more", "can't feel anymore", "doesn't feel any more", 'not feeling', 'not to feel', 'not feel', "hasn't felt", "haven't felt", "hadn't felt", 'does not feel', 'do not feel', 'did not feel', 'is not able to feel',
  "doesn't seem to know", "don't seem to know", "doesn't seem to feel", 'struggles to feel', 'struggling to feel', 'struggle to feel', "can't really feel", "couldn't really feel", "can't feel much", 'never feels', 'never feel', 'not getting urge', 'not getting the urge', "can't tell", "couldn't tell", 'unable to tell', 'not able to tell', "don't know", "doesn't know",
  'struggling to tell', 'struggles to tell', 'struggle to tell', 'difficulty telling', 'trouble telling',
];
/** What is not felt: the need, the passing, the filling ("can't tell when I need a wee", "doesn't feel when her bladder is full"). */
const SENSED = (objects: readonly string[]): string[] =>
  objects.flatMap((o) => [
    `when ${o}`, `when ${o} is coming`, `when ${o} comes`, `when ${o} is full`, `if ${o} is full`, `when i need ${o}`, `when i need to ${o}`, `if i need ${o}`,
    `when ${o} full`, `when ${o}'s full`, `if ${o}'s full`, `when ${o} gets full`, `if ${o} gets full`, `that i need ${o}`, `that he needs ${o}`, `that she needs ${o}`, `when she needs ${o}`, `when he needs ${o}`, `when they need ${o}`, `if she needs ${o}`, `if he needs ${o}`, `myself ${o}`, `himself ${o}`,
    `herself ${o}`, `when i go for ${o}`, `when i do ${o}`, `when i pass ${o}`, `when passing ${o}`, `urge for ${o}`, `urge to ${o}`, `need for ${o}`, `need to ${o}`, `${o} coming`,
    `${o} passing`, `${o} come out`, `${o} coming out`, `when i'm passing ${o}`, `when he's passing ${o}`, `when she's passing ${o}`, `${o} when they come`, `${o} when it comes`, `when she needs the toilet`, `when he needs the toilet`,
  ]);
const RETENTIONS = [
  "can't pass", "couldn't pass", 'unable to pass', 'not able to pass', 'not been able to pass', "hasn't been able to pass", "haven't been able to pass",
  'been unable to pass', 'difficulty passing', 'trouble passing', 'struggling to pass', 'problems passing', "hasn't passed", "haven't passed", 'not passed',
  'not passing', 'has not passed', 'have not passed',
];
const RETAINED = ['urine', 'water', 'any urine', 'any water', 'much urine', 'much water', 'a wee', 'a pee', 'any wee', 'any pee'];
const joined = (heads: readonly string[], tails: readonly string[]): string[] => heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
const SPHINCTER_LOSSES: readonly LexiconEntry[] = [
  asserts('sphincter', 'bladder_dysfunction', [...joined(CONTROL_LOSSES, BLADDER_OBJECTS), ...joined(SENSE_LOSSES, SENSED(BLADDER_OBJECTS)), ...joined(RETENTIONS, RETAINED)]),
  asserts('sphincter', 'bowel_dysfunction', [...joined(CONTROL_LOSSES, BOWEL_OBJECTS), ...joined(SENSE_LOSSES, SENSED(BOWEL_OBJECTS))]),
  // The function named, for a qualifier to say how it goes: "no difficulty controlling her bladder", "not controlling his bowels".
  names('sphincter', 'bladder_dysfunction', joined(['controlling', 'control over', 'holding'], BLADDER_OBJECTS), { bareNegation: 'present' }),
  names('sphincter', 'bowel_dysfunction', joined(['controlling', 'control over', 'holding'], BOWEL_OBJECTS), { bareNegation: 'present' }),
  // The need itself not felt, of either sphincter unless the sentence names one: "he no longer feels 'the need to go'".
  asserts('sphincter', SPHINCTERS, joined(SENSE_LOSSES, ['the need to go', 'need to go', 'urge to go', 'the urge to go', 'when he needs to go', 'when she needs to go', 'when i need to go',
    'that i need to go', 'that he needs to go', 'that she needs to go', 'if i need to go', 'if he needs to go', 'if she needs to go', 'anything when i try to go', 'anything when he tries to go', 'anything when she tries to go', 'when i try to go',
    'when trying to go'])),
  asserts('sphincter', SPHINCTERS, joined(SENSE_LOSSES, ['when she needs the toilet', 'when he needs the toilet', 'when i need the toilet', 'when she needs toilet', 'when he needs toilet'])),
  asserts('sphincter', 'bowel_dysfunction', joined(SENSE_LOSSES, ['when she needs to open her bowels', 'when he needs to open his bowels', 'when i need to open my bowels',
    'herself pass a motion', 'himself pass a motion', 'myself pass a motion', 'pass a motion', 'passing a motion'])),
  asserts('sphincter', SPHINCTERS, ['getting to the toilet too late', 'getting to toilet too late', 'get to the toilet too late', 'no warning at all'], { requires: ['toilet', 'loo', 'bathroom', 'warning'] }),
  asserts('sphincter', 'bowel_dysfunction', joined(["couldn't feel", "can't feel", 'not feel', "didn't feel"], ['herself having a bm', 'himself having a bm', 'myself having a bm', 'having a bm',
    'herself opening her bowels', 'himself opening his bowels'])),
  asserts('sphincter', 'bladder_dysfunction', [...joined(["doesn't get the signal", "don't get the signal", 'no longer gets the signal', 'not getting the signal'], ['that he needs to wee', 'that she needs to wee',
    'that i need to wee', 'that he needs to pee', 'that she needs to pee', 'that i need to pee', 'he needs to wee', 'she needs to wee', 'to wee', 'to pee']), 'found himself wet', 'found herself wet']),
  asserts('sphincter', 'bladder_dysfunction', joined(["hasn't noticed needing to", "haven't noticed needing to", 'not noticed needing to', "doesn't notice needing to"], ['pee', 'wee', 'urinate', 'pass urine', 'go'])),
  // Catheterising oneself is a bladder that does not empty: "self-catheterising QDS".
  asserts('sphincter', 'bladder_dysfunction', ['self-catheterising', 'self catheterising', 'self-catheterizing', 'self catheterizing', 'self-catheterisation',
    'intermittent self-catheterisation', 'intermittent self catheterisation', 'isc']),
  // Not passing urine, and a catheter put back: "Not PU by 12:00 despite fluids ... re-catheterised".
  // Accidents told in answer to a question about the bladder: "Asked re bladder: 'I've had a couple of accidents this week'".
  asserts('sphincter', 'bladder_dysfunction', ['had a couple of accidents', 'couple of accidents', 'few accidents'], { requires: ['bladder', 'waterworks', 'urine'] }),
  // "he has been 'going without knowing' in bed": wetting unnoticed.
  asserts('sphincter', 'bladder_dysfunction', ['going without knowing', 'goes without knowing', 'went without knowing', 'going without realising', 'going without realizing'], {
    requires: ['bed', 'wet', 'pad', 'pads', 'sheets', 'wee', 'pee', 'urine'],
  }),
  // Little coming, not knowing when full, pressing to empty: "barely a dribble came out", "cant tell if bladder full or not", "has to press on his lower tummy to get urine out".
  asserts('sphincter', 'bladder_dysfunction', ['barely a dribble', 'barely a dribble came out', 'only a dribble came out', 'just a dribble came out',
    "can't tell if bladder full", "cant tell if bladder full", "can't tell if bladder is full", "can't tell if my bladder is full", "can't tell if my bladder's full",
    "doesn't fully empty", "don't fully empty", 'not fully emptying', "doesn't empty fully", "don't empty fully", 'to get urine out', 'press on tummy to get urine out',
    'press on her tummy', 'press on his tummy', 'press on my tummy', 'pressing on tummy to pee', "like a tap that won't turn on", "it just wouldn't come",
    ...joined(["can't tell whether", "couldn't tell whether", "can't tell if", "couldn't tell if"], ['i need a wee', 'he needed a wee', 'she needed a wee', 'he needs a wee', 'she needs a wee', 'i needed a wee', 'i need to pee', 'he needed to pee', 'she needed to pee'])]),
  // A stream that is weak, or little coming each time: "flow weaker than normal", "only small amounts coming out".
  asserts('sphincter', 'bladder_dysfunction', ['flow weaker than normal', 'flow weaker than usual', 'flow is weaker', 'flow weaker', 'weaker flow', 'stream weaker', 'stream is weaker', 'weaker stream',
    'only small amounts coming out', 'small amounts coming out', 'only small amounts of urine', 'only small amounts each time']),
  // Passing urine not felt, starting it a struggle: "couldn't feel herself passing urine - only knew from the sound", "strain and wait to get her water going".
  asserts('sphincter', 'bladder_dysfunction', ["couldn't feel herself passing urine", "couldn't feel himself passing urine", "couldn't feel myself passing urine",
    "can't feel herself passing urine", "can't feel himself passing urine", "can't feel myself passing urine", 'only knew from the sound', 'to get her water going',
    'to get his water going', 'to get my water going', 'strain and wait']),
  asserts('sphincter', 'bladder_dysfunction', ['did not feel full', "didn't feel full", 'does not feel full', "doesn't feel full"], { requires: ['bladder', 'scanned', 'scan', 'urine', 'residual', 'pvr'] }),
  // "Passed urine this morning but 'didn't feel it go'".
  asserts('sphincter', 'bladder_dysfunction', ["didn't feel it go", "didn't feel it come out", "didn't feel it coming out"], { requires: ['urine', 'wee', 'pee', 'bladder', 'passed', 'voided', 'peed'] }),
  // A non-native speaker's words for a bladder not felt or not held, and straining: "I cannot feel when I need to make pee", "the urine come out alone".
  asserts('sphincter', 'bladder_dysfunction', ["cannot feel when i need to make pee", "can't feel when i need to make pee", 'need to make pee', 'urine come out alone',
    'urine comes out alone', 'urine came out alone', 'pee come out alone', 'strain to pass water', 'strain to pass urine', 'straining to pass water', 'straining to pass urine',
    'has to strain to pass water', 'had to strain to pass water', 'has had to strain to pass water', 'strain to wee', 'strain to pee', 'straining to wee', 'straining to pee']),
  // Not knowing whether the bladder emptied: "can't tell if she's emptied her bladder", "I don't feel my bladder empty".
  asserts('sphincter', 'bladder_dysfunction', [
    ...joined(["can't tell if", "can't tell whether", 'not sure if', 'not sure whether', "don't know if", "doesn't know if", 'unsure if', 'unsure whether', "can't feel if"],
      ["she's emptied her bladder", "he's emptied his bladder", "i've emptied my bladder", 'i have emptied my bladder', 'she has emptied her bladder', 'he has emptied his bladder', 'bladder has emptied']),
    "don't feel my bladder empty", "doesn't feel her bladder empty", "doesn't feel his bladder empty", "don't feel bladder empty", "can't feel my bladder empty",
  ]),
  asserts('sphincter', 'bladder_dysfunction', ['not sure if the bladder is empty', 'not sure if bladder is empty', "don't know if bladder is empty", 'had a few leaks', 'a few leaks',
    'couple of leaks', 'feels full but nothing comes', 'full but nothing comes', 'feel full but nothing comes', 'not pu', 'not pu since', 'no pu since', 're-catheterised', 're-catheterized', 'recatheterised', 'recatheterized']),
  // Going often with little to show, said of the bladder without naming it: "needs to 'go' 10x a day but barely anything comes out".
  asserts('sphincter', 'bladder_dysfunction', ['barely anything comes out', 'hardly anything comes out', 'never feels full', 'never feel full'], {
    requires: ['go', 'wee', 'pee', 'urine', 'bladder', 'toilet', 'stream', 'loo'],
  }),
  asserts('sphincter', 'bladder_dysfunction', ['getting the flow going', 'get the flow going', 'getting the flow started', 'get the flow started', 'start the flow', 'starting the flow']),
  // Passing urine by the clock for want of the urge, a fullness not felt, a bladder not emptied: "I just go by the clock",
  // "gets no sense of fullness", "not sure she's emptying her bladder, feels like there's always some left".
  // Going by the clock for want of the urge is the bladder's or the bowel's, as the sentence says ("'lost the urge' to open her bowels and has
  // been going by the clock"); with neither organ named, it is the bladder's (compose/terms.ts).
  asserts('sphincter', SPHINCTERS, ['go by the clock', 'going by the clock', 'goes by the clock']),
  asserts('sphincter', 'bladder_dysfunction', ['voids by the clock', 'void by the clock', 'voiding by the clock',
    'no sense of fullness', 'no sense of bladder fullness', 'no feeling of fullness', "always some left", "there's always some left", 'always some left in',
    ...joined(["not sure she's", "not sure he's", "not sure i'm", "isn't sure he's", "isn't sure she's", 'not sure if she is', 'not sure if he is'], ['emptying her bladder', 'emptying his bladder', 'emptying my bladder', 'emptying fully', 'emptying properly']),
    'taking longer to get going', 'takes longer to get going', 'longer to get going', 'taking longer to start', 'having to push', 'having to strain',
    // "stand at the toilet for ages before anything happens and then it's just a weak trickle", "wait a long time to start passing urine".
    'for ages before anything happens', 'for ages before anything comes', 'ages before anything comes', 'weak trickle', 'just a weak trickle', 'wait a long time to start',
    'waits a long time to start', 'hesitant passing urine', 'hesitant passing water', "feels she doesn't finish", "feels he doesn't finish", "feel i don't finish",
  ], { requires: ['wee', 'pee', 'pees', 'urine', 'bladder', 'water', 'toilet', 'loo', 'void', 'voids', 'stream', 'go', 'urge', 'clock', 'emptying', 'fullness'] }),
  asserts('sphincter', 'bladder_dysfunction', joined(SENSE_LOSSES, BLADDER_OBJECTS.flatMap((o) => [`when he needs to ${o}`, `when she needs to ${o}`, `when i make ${o}`, `when she has to ${o}`, `when he has to ${o}`]))),
  // Passing urine not as it was, or its end not felt: "I cannot make pee normal", "can't tell if he's finished weeing".
  asserts('sphincter', 'bladder_dysfunction', [
    ...joined(["can't", "couldn't", 'unable to', 'not able to'], ['pee normally', 'pee normal', 'make pee normal', 'make pee normally', 'wee normally', 'pass urine normally', 'pass water normally', 'urinate normally']),
    ...joined(["can't tell if", "couldn't tell if", "can't tell whether", 'not sure if', "doesn't know if", "can't feel if", "can't tell when"],
      ["he's finished weeing", "she's finished weeing", "i've finished weeing", "he's finished peeing", "she's finished peeing", "i've finished peeing", "i'm finished peeing", "i'm done peeing", "i've finished"]),
  ]),
  // Urine passed unnoticed: "didn't realise she was passing urine until she was wet", "Trousers wet, pt unaware when it happened".
  asserts('sphincter', 'bladder_dysfunction', ["didn't realise she was passing urine", "didn't realise he was passing urine", "didn't realise i was passing urine",
    "didn't realize she was passing urine", "didn't realize i was passing urine", 'unaware when it happened', 'trousers wet, pt unaware']),
  // Either sphincter, gone unnoticed: "had to change my undies twice today, didnt know id gone", "didn't know he needed to go until it happened".
  asserts('sphincter', SPHINCTERS, ["didn't know i'd gone", "didn't know i had gone", "didn't know she'd gone", "didn't know he'd gone", 'change my undies', 'changed my undies',
    "didn't know he needed to go until", "didn't know she needed to go until", "didn't know i needed to go until"]),
  // "wet the chair twice this week and didn't realise"; "Last PU 12:00 and says he doesn't feel any need to go", of the organ its sentence names.
  asserts('sphincter', 'bladder_dysfunction', ['wet the chair', 'wet the sofa', 'wet her chair', 'wet his chair']),
  asserts('sphincter', SPHINCTERS, ["doesn't feel any need to go", "don't feel any need to go", "doesn't feel the need to go", "don't feel the need to go"]),
  // "i didnt know i needed a poo till it was too late", "I cannot feel when I push".
  asserts('sphincter', 'bowel_dysfunction', [
    ...joined(["didn't know i needed", "didn't know he needed", "didn't know she needed", "didn't realise i needed", "didn't realize i needed"], ['a poo', 'a number two', 'to poo', 'to open my bowels']),
    'came in my underwear', 'it came in my underwear', 'need go to toilet for big', 'toilet for big', 'opened her bowels in her pad', 'opened his bowels in his pad', 'bowels in her pad', 'bowels in his pad',
    ...joined(["can't feel it when", "couldn't feel it when", 'cannot feel it when'], ['he opens his bowels', 'she opens her bowels', 'i open my bowels', 'opening bowels', 'i poo', 'he poos', 'she poos']),
    'finding it in my pants', 'finding it in his pants', 'finding it in her pants', 'feel myself going for a poo', 'feel myself going',
    'poo in the trousers', 'poo in my trousers', 'pooed in my trousers', 'pooed in the trousers', 'make the poo in', 'poo in my pants', 'pooed my pants', 'pooed myself',
    'feel when u need a poo', 'not feel when u need a poo', 'not to feel when i need a poo', 'not feel when i need a poo',
    "can't feel when i push", 'cannot feel when i push', "can't feel when i'm pushing", "can't feel myself push", "couldn't feel when i push",
  ]),
  // Urine leaked, told plainly: "peed a little in my pants at the store", "two episodes of a wet pad, which is new".
  asserts('sphincter', 'bladder_dysfunction', [
    "can't tell if he's peeing", "can't tell if she's peeing", "can't tell if i'm peeing", 'nothing comes, then it leaks', 'then it leaks later', 'and nothing comes',
    'dribbling more than usual', 'new leaking', "can't feel the catheter",
    "don't know whether my bladder is full", "don't know if my bladder is full", "doesn't know whether her bladder is full", "doesn't know whether his bladder is full",
    'urine is coming slow', 'urine is coming more slow', 'urine coming more slow', 'pee is coming more slow', 'come very slow', 'comes very slow',
    'pee is coming slow', 'pee comes slow', 'pee is slow', 'wee is slow', 'i must push', 'must push', 'stops and starts', 'stops n starts',
    "wee doesn't feel the same", "pee doesn't feel the same", "peeing doesn't feel the same", "weeing doesn't feel the same", 'wee just comes out', 'pee just comes out', 'just comes out',
    "not peed since", "haven't peed since", 'not passed urine since',
    'peed in my pants', 'peed a little in my pants', 'peed my pants', 'peed in his pants', 'peed in her pants', 'wet my pants', 'wet his pants', 'wet her pants',
    'wet pad', 'wet pads', 'pad was wet', 'pads were wet', 'pad wet', 'pads wet',
    'before any urine comes', 'before any urine came', 'before the urine comes', 'wait a long time before any urine', 'wait a long time before urine',
    ...joined(["can't tell if", "couldn't tell if", "can't tell whether", 'not sure if', "doesn't know if"], ["he's finished", "she's finished", "i've finished"]),
  ], { requires: ['wee', 'pee', 'peed', 'peeing', 'weeing', 'urine', 'bladder', 'water', 'toilet', 'loo', 'void', 'voiding', 'urinal', 'pants', 'new', 'stream'] }),
  // Wet at night, new: "Son says dad has been wet the last two nights", "wet twice at night this week".
  asserts('sphincter', 'bladder_dysfunction', ['been wet the last two nights', 'been wet the last few nights', 'wet the last two nights', 'been wet at night', 'wet twice at night', 'wet at night'], {
    requires: ['night', 'nights', 'bed', 'pad', 'new'],
  }),
  // The stream, for a qualifier to say how it goes: "stream v weak", "poor stream" (not the weakness of a leg).
  names('sphincter', 'bladder_dysfunction', ['stream', 'urinary stream', 'urine stream', 'urine flow', 'urinary flow'], { bareNegation: 'present' }),
  asserts('sphincter', 'bladder_dysfunction', [
    // Starting and finishing in a patient's words: "had to really push to get a wee out and it only comes in dribbles".
    'strain to start', 'had to strain to start', "couldn't get it going", "couldn't get it started", 'only a dribble came out', 'dribbling a bit', 'wet through',
    ...joined(['struggling to', 'trouble', 'difficulty', 'struggle to'], ['get wee started', 'get her wee started', 'get his wee started', 'get my wee started']), 'barely trickles', 'barely trickles out', 'trickles out', 'feel full all the time',
    'urine is not coming easy', 'urine not coming easy', 'press on the stomach', 'press on my stomach', 'press on my tummy', 'not much coming out', 'not much came out',
    'leaked urine', 'leaked wee', 'leaked pee', 'little dribbles', 'only little dribbles', 'only dribbles', 'never feels like it all comes out', "doesn't feel like it all comes out", "can't empty", "can't empty your bladder",
    'push to get wee out', 'push to get a wee out', 'push to get pee out', 'comes in dribbles', 'only comes in dribbles', 'barely anything comes out', 'hardly anything comes out',
    'push with tummy', 'push with his tummy', 'push with her tummy', 'stand there forever', 'takes ages', 'slow to start', 'has to push', 'had to push', 'strain to get water started', 'strain to get his water started',
    'strain to get her water started', 'get water started',
    ...joined(['trouble', 'difficulty', 'struggling', 'struggle', 'hard', 'problems', 'problem'], ['getting stream started', 'getting stream going', 'starting stream', 'to get stream going',
      'to get stream started', 'get stream going', 'get stream started', 'getting started']),
    'has to strain', 'had to strain', 'push and push', 'push and strain', 'takes ages to get going', 'takes ages to start', 'takes a long time to start',
    'slow to get going', 'then it dribbles', 'it dribbles', "doesn't all come out", 'not all coming out', "doesn't all come", 'wet episodes', 'wet episode',
    'wetting episodes', 'episodes of wetting', "didn't make it", 'did not make it', 'leaks a bit', 'leak a bit', 'wear a pad', 'wearing a pad',
    // "when I wee I have to wait for it to start", "pee takin forever 2 start n then just stops".
    'wait for it to start', 'wait for it to come', 'takes forever to start', 'taking forever to start', 'takin forever', 'takes forever', 'taking forever',
    'then just stops', 'stops and starts', 'stop start', 'press on her tummy', 'press on his tummy', 'get the wee out', 'get the pee out',
    // "taking ages to get a stream going in the morning".
    'ages to get a stream going', 'get a stream going', 'getting a stream going',
  ], { requires: ['wee', 'pee', 'urine', 'bladder', 'weeing', 'peeing', 'water', 'waterworks', 'toilet', 'loo', 'stream', 'void', 'voiding', 'wet', 'wetting', 'pad', 'pads', 'push', 'retention', 'leaked'] }),
  asserts('sphincter', 'bowel_dysfunction', ['make the toilet in the bed', 'make toilet in bed', 'without to know', "didn't feel it coming", "can't tell if anything's there", "can't tell if anything is there", 'stool in trouser', 'stool in trousers',
    'stool in my pants', 'stool in pants', 'without feel it', 'make the stool in', "didn't make it", 'did not make it', 'poo everywhere', 'pooped my pants', 'pooped pants', 'pooed my pants', 'pooed pants', 'pooped myself at',
    "didn't know it was happening", "didn't realise it was happening", "didn't realize it was happening", "didn't even realize", "didn't even realise",
    "can't feel whether anything's there", "can't feel if anything's there", "can't feel whether anything is there", 'can\'t feel when he is passing stool',
    "can't feel when he's passing stool", "can't feel when she's passing stool", 'passing stool without feeling',
    'coming without control', 'stool without control', 'poo without control', 'did not know it is coming', "didn't know it was coming", "didn't know it is coming", "didn't feel them coming",
    "couldn't feel whether anything was", "couldn't feel if anything was", "couldn't feel whether anything was actually coming out", "couldn't feel it at all when",
    'no warning at all', 'with no warning', "it was just there", "can't hold on", "couldn't hold on", "hadn't noticed his bowels had opened", "hadn't noticed her bowels had opened",
    "hadn't noticed bowels had opened", 'unaware bowels opened', "couldn't feel myself pooing", "can't feel myself pooing"], {
    requires: ['poo', 'poop', 'pooped', 'pooed', 'pooing', 'bowels', 'bowel', 'stool', 'pants', 'accident', 'constipated', 'go', 'toilet', 'loo', 'soiled', 'bm', 'trouser', 'trousers'],
  }),
  // "Two times this week I did poo in my underwear and I did not feel it is coming".
  asserts('sphincter', 'bowel_dysfunction', ['did poo in my underwear', 'poo in my underwear', 'poo in my pants', 'pooed in my underwear', 'did not feel it is coming', "didn't feel it is coming"]),
  // An accident not felt: "I'd had an accident in my underwear and I genuinely didn't feel it happen", "had an accident last nite n didnt even know".
  asserts('sphincter', 'bowel_dysfunction', ["didn't feel it happen", "didn't even feel it happen", "didn't know it had happened", "didn't even know til", "didn't even know until",
    "didn't know until", "didn't know til", 'accident in my underwear', 'accident in underwear', 'accident in my pants', 'accident in the night'], { requires: ['accident', 'accidents', 'soiled', 'poo', 'bowels'] }),
  // Bowels not felt: "can't feel her bowels", "trouble feeling when I have to have a bowel movement".
  asserts('sphincter', 'bowel_dysfunction', [
    ...joined(["can't feel", "couldn't feel", 'unable to feel', 'not able to feel'], ['bowels', 'bowel', 'her bowels', 'his bowels', 'my bowels']),
    ...joined(['trouble feeling', 'difficulty feeling', "can't feel", "can't tell"], ['when i have to have a bowel movement', 'when i need a bowel movement', 'when i have to have a bm', 'when she needs a bowel movement', 'when he needs a bowel movement']),
  ]),
  // Not felt at stool: "couldn't tell if anything was actually happening back there", "constipated … can't really feel when she's going".
  asserts('sphincter', 'bowel_dysfunction', [
    ...joined(["couldn't tell if", "can't tell if", "couldn't feel if", "can't feel if"], ['anything was happening', 'anything is happening', 'anything was happening back there', 'anything is coming out']),
    ...joined(SENSE_LOSSES, ["when she's going", "when he's going", "when i'm going", 'when she is going', 'when he is going']),
    "couldn't feel it coming out", "couldn't feel it come out", "couldn't feel it coming", "can't feel it coming out", 'tell when i was done', 'tell when i am done', "tell when i'm done",
  ], { requires: ['bm', 'bowels', 'bowel', 'poo', 'constipated', 'constipation', 'stool', 'straining', 'opened', 'go', 'went'] }),
  asserts('sphincter', 'bowel_dysfunction', ["don't feel it come", "don't feel it coming", "didn't feel it coming", "didn't feel it come", 'it just come out', 'it just comes out', 'it just came out'], {
    requires: ['poo', 'bowels', 'bowel', 'stool', 'big', 'soiled', 'motion', 'motions', 'pooed', 'number'],
  }),
  asserts('sphincter', 'bladder_dysfunction', joined(['no discomfort', 'no sensation', 'no feeling', 'no urge'], ['even when bladder full', 'even when bladder is full', 'when bladder full', 'when bladder is full', 'even with full bladder'])),
  // A full bladder not noticed: "had no idea his bladder was full", "doesn't realise his bladder is full until it leaks".
  asserts('sphincter', 'bladder_dysfunction', joined(
    ['no idea', 'had no idea', 'unaware', 'not aware', "didn't know", "doesn't know", "didn't realise", "didn't realize", "doesn't realise", "doesn't realize", "don't realise", "don't realize", 'not realising', 'not realizing'],
    ['bladder was full', 'bladder is full', 'bladder full', "bladder's full", 'bladder was that full', 'bladder was so full'],
  )),
  // The bladder named before: "a change in her bladder: she no longer feels when it is full".
  asserts('sphincter', 'bladder_dysfunction', joined(SENSE_LOSSES, ["when it is full", "when it's full", 'if it is full', "if it's full", 'when it fills']), {
    requires: ['bladder'],
  }),
];

/**
 * Pain that takes the night or that rest does not ease, as waking (or keeping
 * awake) joined with the night, and a relief denied joined with rest or
 * lying: "wakes him every night", "keeping her up at night", "no relief lying
 * flat", "not settling at night", "unrelieved by any position".
 */
/** Words of pain or of the back, one of which a night-pain phrase that names neither needs beside it. */
const PAIN_OR_BACK = ['pain', 'pains', 'painful', 'hurt', 'hurts', 'ache', 'aching', 'sore', 'agony', 'back', 'lbp', 'lumbar', 'spine'];
const PAIN_WORDS = ['pain', 'pains', 'hurt', 'hurts', 'hurting', 'ache', 'aching', 'aches', 'sore', 'sciatica', 'agony', 'painful', 'backache', 'lbp', 'throb', 'throbs', 'throbbing'];
const WAKINGS = ['wakes', 'waking', 'woke', 'wake', 'woken', 'keeps', 'keeping', 'kept', 'keep'];
const WOKEN = ['me', 'him', 'her', 'them', 'pt', 'patient', 'the patient'];
const NIGHTS = [
  'up at night', 'at night', 'every night', 'each night', 'nightly', 'from sleep', 'in the night', 'up in the night', 'awake at night', 'up every night', 'through the night',
  // "it wakes me at 3am", "wakes her ~3am".
  'at 1am', 'at 2am', 'at 3am', 'at 4am', 'at 5am', '~ 2am', '~ 3am', '~ 4am', 'around 3am', 'in the early hours', 'early hours', 'about 2am', 'about 3am', 'about 4am',
  'at 2 or 3am', 'at 3 or 4am', 'at 4 or 5am', 'at 2-3am', 'at 3-4am',
  'around 2am', 'around 4am',
];
const RELIEF_DENIED = [
  'no relief', 'not relieved', 'unrelieved', 'no ease', 'not eased', 'not easing', 'not settling', "won't settle", "doesn't settle", "doesn't ease",
  'no easing', 'not better', 'no better', 'no improvement',
];
const REST = [
  'lying', 'lying flat', 'lying down', 'lying still', 'with rest', 'by rest', 'at rest', 'on rest', 'by any position', 'by changing position', 'in any position',
  'with any position', 'any position', 'at night', 'when lying', 'when lying down', 'on lying', 'by lying', 'by lying down', 'by lying flat', 'with lying',
  'whichever way i lie', 'whichever way she lies', 'whichever way he lies', 'whatever way i lie', 'however i lie', 'in bed',
];
const NIGHT_AND_REST_PAIN: readonly LexiconEntry[] = [
  asserts('pain', 'night_pain', [...joined(WAKINGS, [...NIGHTS, ...joined(WOKEN, NIGHTS)]), 'keeps him up', 'keeps her up', 'keeping him up', 'keeping her up'], { requires: PAIN_WORDS }),
  asserts('pain', 'night_pain', [
    ...joined(RELIEF_DENIED, REST), 'paining every night', 'pain every night', 'hurts every night', 'hurting every night', 'nothing helping', "painkillers don't touch it", "i've not slept", "haven't slept", 'not slept in', "can't lie down", "doesn't change with any position", 'keeps him awake', 'keeps her awake', 'keeping him awake', 'nothing eases it', 'nothing eases the pain', 'nothing shifts it', 'nothing touches the pain at night', 'nothing makes it better', 'nothing makes it easier', 'there all night', 'all day and night',
    'all day and nite', 'nothing touches it', 'nothing touches the pain', 'at rest too', 'pain at rest too',
    'even lying dead still', 'lying dead still', 'including lying down at night', 'incl at rest', 'including at rest', 'constant incl at rest', 'worse lying flat', 'worse lying down', 'worse when lying down', 'worse when lying flat', 'worst lying flat', 'worse at rest', 'worse lying', 'even lying flat', 'even when lying flat', 'even lying still',
    'in any position', 'whatever position', 'no matter what position', 'any position makes it worse', "can't get comfortable any way", "can't get comfy any way",
  ]),
];

export const FINDING_TERMS: readonly LexiconEntry[] = [
  // Back pain words that carry their own site; "pain in my lower back" is composed from a pain word and a site.
  asserts('pain', 'back_pain', ['put back out', 'back still bad', 'back is still bad', 'back still sore', 'back went again', 'threw back out', 'thrown back out', 'bad back', "back's been bad", 'back has been bad', 'back is bad', 'back been bad', 'back playing up', "back's playing up", 'back is playing up', 'back has been playing up', 'lbp', 'backache', 'backaches', 'lumbago', 'lumbalgia', 'back problems', 'back problem', 'back trouble', 'back went', 'back gave out', 'back spasm', 'back spasms', 'back in spasm', 'back went into spasm', 'lower back spasm', 'low back spasm', 'lumbar spasm', 'lower back spasms', "back's gone again", 'back has gone again', "back's gone", 'back has gone', 'back gone again', 'coccydynia', 'lumbosacral strain', 'lumbar strain', 'back symptoms', 'back syndrome', 'low back syndrome']),
  asserts('pain', 'leg_pain', ['non-radiating', 'nonradiating', 'non radiating', 'no radiation', 'without radiation', 'no radicular symptoms', 'no radicular pain', 'no sciatica', 'no radiculopathy'], { fixed: 'absent' }),
  asserts('pain', 'leg_pain_worse_than_back', [
    'leg pain worse than back pain', 'leg pain is worse than back pain', 'leg pain worse than back', 'leg pain is worse than back',
    'leg pain > back pain', 'leg pain > lbp', 'leg > back', 'leg worse than back', 'more leg than back pain', 'leg dominant pain',
    'leg pain is much worse than back pain', 'leg pain much worse than back pain', 'leg pain is far worse than back pain', 'leg pain far worse than back pain',
    'leg is worse than back', 'leg is much worse than back', 'legs are worse than back', 'legs are much worse than back', 'leg pain is much worse than back',
    'leg is far worse than back', 'leg pain is worse than in back', 'pain in leg is worse than in back', 'pain in leg is worse than back pain',
    'leg-dominant', 'predominantly leg pain', 'leg pain greater than back pain', 'legs hurt more than back', 'leg hurts more than back',
  ]),

  // "The pain is in my right leg, worse than the back": the leg's own words keep their side.
  asserts('pain', 'leg_pain_worse_than_back', ['worse than back', 'worse than in back', 'worse than back pain', 'more than back'], { requires: ['leg', 'legs', "leg's"] }),

  // Sensation, as the patient reports it (numbness, tingling) and as examined (sensory_loss).
  asserts('sensory', 'numbness', ['numb', 'numbness', 'numbed', 'no feeling', 'no feel', 'unable to feel', 'not been able to feel', "haven't been able to feel", 'not able to feel', 'lost feeling', 'loss of feeling', 'less feeling', 'reduced feeling', "can't feel", 'deadness', 'dead feeling', 'feels dead', 'feel dead', 'feeling dead', 'felt dead', 'went dead', 'gone dead', 'cannot feel properly',
    // A limb that "feels asleep" has lost feeling.
    'feel asleep', 'feels asleep', "feel like they're asleep", 'feel like they are asleep', "feels like it's asleep", 'feels like it is asleep', 'gone to sleep', 'has gone to sleep', 'have gone to sleep', 'keeps going to sleep',
    // "gone" alone is a resolution ("the numbness has gone"); "gone numb" is a change for the worse.
    'gone numb', 'went numb', 'goes numb', 'going numb',
    // A non-native speaker's double negative: "I not feel nothing when I touch between the legs".
    'not a lot of feeling', 'not much feeling', 'hardly any feeling', 'barely any feeling', 'very little feeling',
    'not feel nothing', "don't feel nothing", 'no feel nothing', 'not feel anything', 'feel nothing'], { sensory: true }),
  // What remains after treatment is still there: "residual numbness of the perineum" (not a bladder's residual).
  asserts('sensory', 'numbness', ['residual numbness'], { sensory: true }),
  // An odd feeling is a change of sensation: "a 'weird' feeling around the back passage".
  asserts('sensory', 'tingling', ['weird feeling', 'strange feeling', 'funny feeling', 'odd feeling'], { sensory: true }),
  // "Perineum 'feels funny'": feeling odd, said of the saddle.
  asserts('sensory', 'tingling', ['feels funny', 'feel funny', 'feeling funny', 'feels weird', 'feel weird', 'feels odd', 'feels strange'], {
    sensory: true,
    requires: ['perineum', 'bottom', 'saddle', 'privates', 'genitals', 'bum', 'vagina', 'penis', 'buttocks', 'anus', 'crotch', 'perineal'],
  }),
  // Numbness in a patient's comparisons: "like after the dentist", "a bike saddle made of cotton wool".
  asserts('sensory', 'numbness', [
    'like after the dentist', 'like after dentist', 'after the dentist', 'like at the dentist', 'like the dentist', 'like after a dental injection',
    'after a dental injection', 'dental injection', 'like anaesthesia from dentist', 'like anesthesia from dentist', 'like novocaine', 'like novocain',
    'shot up with novocaine', 'novocaine at the dentist', 'gone dead', 'has gone dead', 'have gone dead', "like i've had an injection at the dentist", 'injection at the dentist', 'an injection at the dentist', 'like sleeping', 'is like sleeping', 'half numb', 'like half numb', 'been to the dentist', "like they've been to the dentist", 'been at the dentist', "like they've been at the dentist", 'had a dental injection', "like it's had a dental injection", "like it's been to the dentist", 'like it has been to the dentist', "like it's been at the dentist", 'like wood', 'gone like wood', 'through a glove', 'like cardboard', 'feels like cardboard', 'dental freezing', 'like after a dental freezing', 'without feeling', 'is without feeling', 'like a local anaesthetic', 'like a local anesthetic', 'made of cotton wool', 'like cotton wool', 'kind of dead', "can't really feel",
  ], { sensory: true }),
  asserts('sensory', 'saddle_anesthesia', ["toilet paper feels like it's not there", "paper feels like it's not there", 'paper feels like it is not there', 'butt cheeks and inside of thighs', 'bum cheeks and inner thighs',
    'saddle area reduced sensation', 'saddle reduced sensation', 'saddle area numb', 'saddle area numbness', 'saddle area reduced',
    "can't tell if she's wiped", "can't tell if he's wiped", "can't tell if i've wiped", 'feeling in her privates is off',
    'feeling in his privates is off', 'numb bum cheeks', 'bum cheeks numb',
    // Wiping what feels like another's: "when I wipe it feels like it's someone else's bum".
    "wiping someone else's bum", "wiping someone else's bottom", "like it's someone else's bum", "like it's someone else's bottom", "someone else's bum", "someone else's bottom",
    'numb cushion', 'sitting on a numb cushion', "can't feel it back there", "can't feel anything back there", 'where i sit is feeling like not mine', 'area where i sit is feeling like not mine',
    "where i'd sit on a bike", 'where i would sit on a bike', "where you'd sit on a bike", "didn't feel the pad being changed", "didn't feel pad being changed"]),
  asserts('sensory', 'saddle_anesthesia', joined(["can't feel", "couldn't feel", 'not feel', "can't really feel"], ['myself wipe', 'myself wiping', 'himself wiping', 'herself wiping', 'himself wipe', 'herself wipe'])),
  // What is not felt on wiping: "couldn't feel the paper when I wiped".
  asserts('sensory', 'saddle_anesthesia', joined(SENSE_LOSSES.concat(["couldn't feel", 'not feel', 'no feeling of', 'barely feel', 'hardly feel']), ['paper', 'toilet paper', 'tissue', 'the paper', 'paper on wiping'])),
  asserts('sensory', 'saddle_anesthesia', joined(['toilet paper feels', 'paper feels', 'wiping feels', 'feels when i wipe', 'feels when she wipes', 'feels when he wipes'], ['odd', 'different', 'strange', 'weird', 'funny', 'numb', 'dull'])),
  // "It's like sitting on a cushion that isn't there".
  asserts('sensory', 'saddle_anesthesia', ['is not my body', 'not my body', "cushion that isn't there", 'cushion that is not there', "sitting on nothing", "like i'm sitting on nothing"]),
  // "My butt is asleep": asleep as numbness only of a part of the body, never "he is asleep".
  asserts('sensory', 'numbness', ['is asleep', 'are asleep', 'keeps falling asleep', 'keep falling asleep'], {
    sensory: true,
    requires: ['leg', 'legs', 'foot', 'feet', 'toes', 'toe', 'thigh', 'calf', 'butt', 'bum', 'bottom', 'buttock', 'buttocks', 'backside'],
  }),
  asserts('sensory', 'tingling', [
    'tingling', 'tingle', 'tingles', 'tingly', 'pins and needles', 'pins / needles', 'pins/needles', 'p and n', 'pins n needles', 'pins & needles', 'paraesthesia', 'paraesthesias', 'paraesthesiae', 'paresthesia', 'paresthesias',
    'paresthesiae', 'tingled', 'tingling sensation', 'dysaesthesia', 'dysaesthesias', 'dysesthesia', 'dysesthesias', 'prickly feeling', 'prickling', 'buzzing',
  ], { sensory: true }),
  asserts('sensory', 'sensory_loss', [
    'sensory loss', 'sensory deficit', 'sensory deficits', 'sensory disturbance', 'sensory change', 'sensory changes', 'sensory symptoms', 'hypoaesthesia',
    'hypoesthesia', 'hypesthesia', 'hypoaesthetic', 'hypoesthetic', 'altered sensation', 'sensory impairment', 'sensory abnormality',
    // Light touch as examiners abbreviate it, only with its result ("LT" alone is also "left"): "LT reduced dorsum R foot", "↓LT L L5".
    'reduced lt', 'lt reduced', '↓lt', '↓ lt', 'decreased lt', 'lt decreased', 'diminished lt', 'lt diminished', 'altered lt', 'lt altered',
    'sens reduced', 'sens dec', 'sens decreased', 'sens diminished', 'reduced sens', 'decreased sens', 'sens ↓', '↓ sens', '↓sens',
  ], { sensory: true }),
  names('sensory', 'sensory_loss', [
    'sensation', 'sensations', 'light touch', 'pinprick', 'pin prick', 'pinprick sensation', 'sensory', 'sensory exam', 'sensory examination',
    'sensory testing', 'feeling', 'vibration sense', 'vibration', 'proprioception', 'sensory function', 'pp', 'vib', 'vibratory sensation', 'vibratory sense', 'pinprick and light touch', 'light touch and pinprick', 'sensation to light touch', 'sensation to pinprick',
    'sens', 'lt / pp', 'lt/pp', 'lt and pp', 'lt & pp', 'pp / lt', 'pp/lt', 'sensation to lt', 'sens to lt',
  ], { bareNegation: 'present', sensory: true }),

  // Power.
  // Phrases of weakness getting worse ("getting weaker", "weaker than last wk") are in the trend lexicon, which adds this finding to each.
  asserts('motor', 'weakness', [
    'weakness', 'weak', 'weaker', 'weakened', 'gave way', 'giving way', 'gives way', 'give way', 'buckling', 'buckles', 'paresis', 'paraparesis',
    'monoparesis', 'motor deficit', 'motor deficits', 'motor weakness', 'loss of power', 'paralysis', 'paralysed', 'paralyzed', 'motor loss',
    'gone weak', 'went weak', 'goes weak', 'going weak',
    'giving out', 'gives out', 'gave out', 'legs giving out',
    // "legs 'going from under him'", and a deficit named as one: "Imp: progressive multi-root deficit L".
    'going from under him', 'going from under her', 'going from under me', 'go from under him', 'go from under her', 'go from under me', 'keep going from under',
    'went from under him', 'went from under her', 'went from under me', 'went from underneath me', 'gone from under me',
    'multi-root deficit', 'multiroot deficit', 'progressive multi-root deficit', 'progressive deficit', 'progressive motor deficit', 'progressive neurological deficit',
    'deficit progressing', 'evolving deficit', 'evolving motor deficit', 'progressive neurology',
    // Legs gone wobbly or "to jelly" have lost their strength.
    'felt wobbly', 'feel wobbly', 'feels wobbly', 'legs wobbly', 'wobbly legs', 'gone wobbly', 'going to jelly', 'go to jelly',
    // A leg dragged is a weak leg: "he's been dragging his R leg for a week".
    'dragging leg', 'dragging his leg', 'dragging her leg', 'drags leg', 'drags his leg', 'drags her leg', 'dragging my leg',
    "can't move legs", 'unable to move legs', 'not moving legs', 'cannot move legs', "can't move leg", 'unable to move leg', 'not moving leg',
    // Legs "like jelly" have lost their strength, in a patient's words.
    'like jelly', 'jelly legs', 'jelly-legs', 'turned to jelly', 'gone to jelly',
  ]),
  names('motor', 'weakness', ['power', 'strength', 'motor', 'motor strength', 'muscle strength', 'motor exam', 'motor examination', 'motor function', 'muscle power', 'tone and power'], { bareNegation: 'present' }),
  asserts('motor', [{ finding: 'weakness', movement: 'ankle_plantarflexion' }], [
    "can't stand on tiptoe", "can't stand on tiptoes", "can't stand on toes", "can't stand on tip toes", "can't walk on tiptoe", "can't walk on toes",
    "can't walk on tiptoes", 'unable to stand on tiptoe', 'unable to stand on toes', 'unable to walk on toes', 'unable to tiptoe',
    "can't go up on toes", 'difficulty standing on tiptoe', 'difficulty walking on toes', 'weak push off', 'weak push-off',
  ]),
  // A knee that gives way is a weak quadriceps, as a clinician reads it.
  asserts('motor', [{ finding: 'weakness', movement: 'knee_extension' }], [
    'knee gave way', 'knee giving way', 'knee gives way', 'knee keeps giving way', 'knee buckles', 'knee buckled', 'knee buckling', 'knee keeps buckling',
    'knees gave way', 'knees giving way', 'knees give way', 'knees keep giving way', 'knees buckle', 'knees buckled', 'knees buckling', 'knee collapses',
    'knee collapsed', 'knee gives out', 'knee gave out', 'knees give out', 'knees gave out',
  ]),
  asserts('motor', [{ finding: 'weakness', movement: 'ankle_dorsiflexion' }], [
    "can't walk on heels", "can't walk on heel", "can't stand on heels", "can't stand on heel", "couldn't walk on heels", 'unable to walk on heels', 'unable to walk on heel', 'unable to stand on heels', 'difficulty walking on heels', 'unable to heel walk',
  ]),
  motor('hip_flexion', ['hip flexion', 'hip flexors', 'hip flexor', 'iliopsoas', 'psoas', 'hip flex']),
  // A whole leg that will not lift, denied: "unable to lift either leg off the trolley", "can't lift my leg onto the bed".
  names('motor', [{ finding: 'weakness' }], ['lift leg', 'lift legs', 'lift either leg', 'lift both legs', 'lift leg off', 'lift legs off'], { bareNegation: 'present' }),
  motor('hip_adduction', ['hip adduction', 'hip adductors', 'adductors', 'adduction']),
  motor('hip_abduction', ['hip abduction', 'hip abductors', 'abductors', 'gluteus medius', 'glut med', 'abduction', 'hip abd', 'hip abd.']),
  motor('hip_extension', ['hip extension', 'hip extensors', 'gluteus maximus', 'glut max', 'hip ext']),
  // "Power hip flex 5/5 bilat, KE R 4/5": knee extension abbreviated, in a power exam only.
  names('motor', [{ finding: 'weakness', movement: 'knee_extension' }], ['ke'], { bareNegation: 'present', requires: ['power', 'mrc', 'myotomes', 'strength', 'motor', 'df', 'pf', 'ehl'] }),
  // "HF 5  KE 5  DF 4": hip flexion abbreviated, only beside other movements so abbreviated (elsewhere HF is heart failure).
  names('motor', [{ finding: 'weakness', movement: 'hip_flexion' }], ['hf'], { bareNegation: 'present', requires: ['ke', 'df', 'pf', 'ehl'] }),
  motor('knee_extension', ['knee extension', 'knee extensors', 'knee ext', 'quadriceps', 'quads', 'quadricep', 'quadriceps femoris', 'straighten knee', 'straightening knee', 'straighten leg', 'straightening leg', 'kick out', 'sit-to-stand', 'sit to stand', 'stand up from chair', 'stand up from a chair', 'getting up from chair', 'get up from chair', 'get up out of chair', 'getting up out of chair', 'rise from chair', 'rising from chair', 'stand from chair', 'standing up from chair', 'stand up from sitting', 'get up from sitting']),
  motor('knee_flexion', ['knee flexion', 'knee flexors', 'knee flex', 'hamstrings', 'hamstring strength']),
  motor('ankle_dorsiflexion', [
    'ankle dorsiflexion', 'dorsiflexion', 'dorsiflexors', 'ankle dorsiflexors', 'ankle df', 'df', 'adf', 'tibialis anterior', 'tib ant', 'ta', 'heel walking', 'heel walk',
    'walking on heels', 'walk on heels', 'stand on heels', 'standing on heels', 'walk on heel', 'walking on heel', 'stand on heel', 'lift front of foot', 'lifting front of foot', 'foot dorsiflexion', 'lift foot',
    'lift up foot', 'lifting foot', 'lift front of feet', 'raise foot', 'raising foot', 'raise front of foot', 'pull foot up', 'pull up foot', 'bring foot up',
    // "measured my R ankle lift", "the power to lift the foot", "how well I could pull my left foot up".
    'ankle lift', 'foot lift', 'lift foot up', 'lift the foot up', 'pull foot up at the ankle', 'could pull foot up',
  ]),
  motor('big_toe_extension', [
    'big toe extension', 'great toe extension', 'great toe extensor', 'toe extension', 'strength of big toe', 'big toe strength', 'toe lift', 'big toe lift', 'great toe lift', 'great toe ext', 'big toe ext', 'toe ext', 'hallux extension', 'ehl', 'extensor hallucis longus',
    'extensor hallucis', 'lift big toe', 'lifting big toe', 'big toe dorsiflexion', 'great toe dorsiflexion', 'toe extensors',
    'raise big toe', 'pull big toe up', 'pull up big toe', 'bring big toe up', 'big toe up',
  ]),
  motor('ankle_plantarflexion', [
    'ankle plantarflexion', 'ankle plantar flexion', 'plantarflexion', 'plantar flexion', 'plantarflexors', 'plantar flexors', 'ankle pf', 'pf',
    'gastrocnemius', 'gastroc', 'gastrocs', 'gastrocnemius soleus', 'calf raise', 'calf raises', 'heel raise', 'heel raises', 'push off', 'push-off',
    'pushing off', 'tiptoe', 'tip toe', 'tiptoes', 'rise onto tiptoes', 'rise onto toes', 'rise on tiptoes', 'rise up on toes', 'rise onto tiptoe', 'toe walking', 'walking on toes', 'walk on toes', 'stand on tiptoe', 'standing on tiptoe', 'stand on toes',
    'toe walk', 'get up on toes', 'go up on toes', 'get up on tiptoes', 'go up on tiptoes', 'get up on tiptoe', 'go up on tiptoe', 'rise on toes',
    'rise onto toes', 'stand on tiptoes', 'standing on tiptoes', 'get onto toes', 'get onto tiptoes', 'rise up on toes',
    'push up onto toes', 'push up onto tiptoes', 'push up on toes', 'push up on tiptoes', 'push up onto tiptoe', 'go up onto toes', 'go up onto tiptoes',
  ]),
  asserts('motor', [{ finding: 'weakness', movement: 'ankle_dorsiflexion' }], ["toes won't come up", "toes won't lift", "toes don't come up", "toes don't lift", "front of foot won't lift", "front of foot won't come up"]),
  asserts('motor', [{ finding: 'weakness', movement: 'big_toe_extension' }], ["big toe won't come up", "big toe won't lift", "big toe doesn't lift", "big toe doesn't come up", "can't lift big toe up"]),
  motor('foot_eversion', ['foot eversion', 'ankle eversion', 'eversion', 'evertors', 'peronei', 'peroneals', 'peroneus longus']),
  motor('foot_inversion', ['foot inversion', 'ankle inversion', 'inversion', 'invertors', 'tibialis posterior', 'tib post']),
  asserts('motor', 'foot_drop', [
    'foot drop', 'drop foot', 'footdrop', 'foot flops', 'foot flopping', 'foot slaps', 'foot slapping', 'foot slap', 'foot drops', 'foot started to drop',
    'foot dropped', 'feet flop', 'feet flop down', 'feet slap', 'feet slapping', 'feet dropping', 'feet are dropping', 'feet drag', 'feet dragging', 'dragging feet', 'foot just flops', 'foot is slapping', 'foot is catching', 'foot is catching on ground', 'foot is dropping', 'foot keeps dropping', 'foot has dropped', 'stubbing toes', 'stubbing toe', 'stub toes', 'stub toe', 'keep stubbing toes', 'feet just flop', 'feet just flop down', 'foot flops down', 'feet drop', 'flop down', 'steppage gait', 'high steppage', 'high-stepping gait', 'toe catches', 'toes catch', 'toe catching', 'catching toe', 'catching toes',
    // A foot that will not lift, as a non-native speaker may say it: "the right foot don't lift well".
    'slaps when he walks', 'slaps when she walks', 'slaps when they walk', 'foot slaps', 'floppier', 'slap slap', 'noise slap slap', 'floppier than yesterday', 'floppier than before', 'floppier than last week',
    "foot don't lift", "foot don't lift well", "foot doesn't lift", "foot doesn't lift well", 'foot does not lift', 'foot not lifting', "foot won't lift", 'foot not lift',
    // "the foot 'didn't lift'", "scuffing my shoe", "lift my knee really high to clear the floor", "his toes scuff the floor".
    "foot didn't lift", "foot wouldn't lift", 'foot did not lift', 'foot fall down when i walk', 'foot falls down when i walk', 'foot fall down', 'foot falls down', 'started to slap', 'slap on the pavement', 'slaps on the pavement', 'slapping on the pavement', 'started to flop',
    'foot has been catching', 'keeps catching on', 'keeps catching on the floor', "won't lift properly", "wont lift properly", 'toe catch', 'toe caught', 'toe catches', 'toe catching', 'foot catching', 'foot keeps catching', 'foot catches', 'slapping down',
    'foot has started to flop', 'foot has started flopping', 'started flopping', 'toes dropping', 'toes are dropping', 'scuffing my shoe', 'scuffing shoe', 'scuffing my toes', 'scuffing toes', 'toes scuff', 'toes scuffing',
    'scuff the floor', 'scuffs the floor', 'lift my knee high to clear', 'lift knee high to clear', 'lift knee up high to clear', 'high stepping', 'high-stepping',
    'toe of shoe catches', 'toe of trainer keeps catching', 'toes keep catching', 'toe keeps catching', 'toes keep catching on', 'toes are catching', 'toes kept catching', 'toes on foot keep catching', 'toes of foot keep catching', 'toes on foot catch', 'toe of trainer catches', 'foot dragging', 'foot draggin', 'dragging foot', 'drags foot', 'foot drags', 'foot is dragging', 'feet are dragging', 'foot has been dragging',
    'slapping gait', "can't lift foot", 'unable to lift foot', 'trouble lifting foot', 'difficulty lifting foot', "can't lift front of it",
    'foot catches', 'foot catching', 'foot keeps catching', 'feet catch', 'trip over foot', 'tripping over foot', 'trips over foot', 'foot is floppy',
    'floppy foot', 'foot flaps', 'foot flapping', 'flapping foot', "foot won't lift", "foot won't come up", "foot doesn't lift", 'foot hangs', 'foot hanging',
    'foot been slapping', 'foot has been slapping', 'foot been dragging', 'foot has been dragging', 'foot been dropping', 'foot has been dropping',
    'foot keeps slapping', 'foot keeps flopping', 'drag the foot', 'drag my foot', 'drags the foot', 'dragging the foot', 'dragging my foot', 'can barely clear it', "can't clear the floor", 'slapping the floor', 'toes are dragging', 'toes dragging', 'toes drag', "foot won't come up", "foot doesn't come up", 'foot will not come up', 'foot is flapping', 'foot has been flapping', 'foot has been slapping', 'foot flapping', 'flapping foot', 'flappy foot', 'foot flaps', 'toes slap down', 'toes slap', 'toes hit the floor', 'toes hit floor', 'toes catch', 'toes catching', 'foot has started slapping', 'foot started slapping', 'foot is slapping', 'foot slapping', 'foot feels floppy', 'foot falling', 'foot is falling', 'foot is more and more falling', 'foot has been flopping', 'foot is flopping', 'foot flopping', 'foot flops', 'foot has gone floppy', 'foot gone floppy', 'foot is floppy', 'floppy foot', 'slapping foot down', 'slap foot down', 'slapping foot', 'slaps foot', 'foot is drop', 'foot has dropped', 'feet are slapping', 'feet are flopping', 'feet slap down', 'dense foot drop', 'it slaps', 'slaps when i walk', 'slaps down', 'slaps on ground', 'foot keeps dragging', 'catch toes', 'catching toes on', 'catch toes on', 'foot is fall down', 'foot falls down',
  ]),

  // Sphincters and the saddle.
  ...SPHINCTER_LOSSES,
  asserts('sphincter', 'bladder_dysfunction', [
    'bladder dysfunction', 'bladder problems', 'bladder problem', 'bladder symptoms', 'bladder sx', 'bladder disturbance', 'bladder issues', 'bladder trouble',
    'bladder difficulty', 'bladder difficulties', 'bladder incontinence', 'urinary retention', 'retention', 'retention of urine', 'urinary incontinence',
    'incontinence of urine', 'incontinent of urine', 'overflow incontinence', 'urinary stress incontinence',
    'stress incontinence', 'hesitancy', 'urinary hesitancy', 'difficulty passing urine', 'difficulty voiding', 'difficulty urinating', 'difficulty emptying bladder',
    'trouble passing urine', 'problems passing water', 'problem passing water', 'problems passing urine', 'problem passing urine', 'trouble passing water',
    'trouble with waterworks', 'problems with waterworks', 'problem with waterworks', 'waterworks problems', 'waterworks problem', 'wet myself',
    'wetting myself', 'wet himself', 'wet herself', 'wetting himself', 'wetting herself', 'strain to start peeing', 'strain to pass urine', 'straining to pass urine', 'straining to void',
    'needs to strain', 'need to strain', 'reduced bladder sensation', 'reduced bladder filling sensation', 'loss of bladder sensation',
    "can't feel when bladder is full", "can't tell when bladder is full", 'loss of bladder control', 'lost control of bladder', 'accidents with bladder',
    'bladder accidents', 'urinary sx', 'urinary symptoms', 'urinary problems', 'urinary dysfunction', 'voiding difficulty', 'voiding difficulties',
    'voiding dysfunction', 'voiding problems', 'neurogenic bladder', 'painless retention', 'leaking urine', "doesn't feel like bladder empties", "bladder doesn't empty",
    'bladder not emptying', 'incomplete emptying', 'incomplete bladder emptying', 'feeling of incomplete emptying', "can't empty bladder", 'not emptying bladder',
    // A patient's words for hesitancy and for lost bladder sensation.
    'wee is slow to start', 'pee is slow to start', 'slow to start weeing', 'slow to start peeing', 'weak stream', 'poor stream',
    "can't tell when i need to wee", "can't tell when i need to pee", "can't feel when i need to wee", "can't feel when i need to pee", "don't know when i need to wee",
    "don't know when i need to pee",
    "doesn't empty completely", 'bladder never feels empty', 'unable to empty bladder',
    'strain to pee', 'straining to pee', 'strain to wee', 'straining to wee', 'push to pee', 'pushing to pee', 'push to wee', 'pushing to wee',
    'strain to urinate', 'straining to urinate', 'strain to void',
    // Lost bladder sensation and control as a patient says it.
    "can't feel myself when i wee", "can't feel myself when i pee", "can't feel wee coming out", "can't feel pee coming out", "can't feel urine coming out",
    "can't feel when i'm weeing", "can't feel when i'm peeing", "can't feel myself when i go for a wee", "can't feel myself when i go for a pee",
    // Only the patient's "can't hold": "inability to hold the urine" in a review of systems is a list item a denial must reach.
    "can't hold wee", "can't hold pee", "can't hold urine", "can't hold water", "can't hold bladder",
    'keep leaking', 'keeps leaking', 'dribbling urine', 'dribbling wee', 'dribbling pee', 'dribble urine', 'pee not coming out properly',
    'wee not coming out properly', 'urine not coming out properly', 'pee is not coming out properly', 'wee is not coming out properly', "pee won't come out", "wee won't come out", "urine won't come out", 'pee not coming out',
    'wee not coming out', 'urine not coming out',
    "couldn't hold wee", "couldn't hold pee", "couldn't hold urine", "couldn't hold water", "couldn't hold bladder",
    'no control over bladder', 'no control of bladder', 'no bladder control', "can't control bladder", "couldn't control bladder",
    'losing control of bladder', 'lost control over bladder', 'peed myself', 'weed myself',
    "can't tell if bladder is full", "can't feel if bladder is full", "don't know if bladder is full", "can't feel bladder filling",
    "can't feel when bladder is full", "can't feel bladder", 'no feeling in bladder', "don't know when bladder is full",
    'hard time peeing', 'hard time weeing', 'hard time urinating', 'hard time passing urine', 'hard time passing water',
    // Retention in a patient's words: the urge with nothing to show for it.
    'pee but nothing comes out', 'wee but nothing comes out', 'pee but nothing came out', 'wee but nothing came out', 'pee but nothing happens',
    'wee but nothing happens', "pee but can't", "wee but can't", "pee but i can't", "wee but i can't", 'go but nothing comes out', 'go but nothing happens',
    "can't make pee", "can't make wee", "can't do pipi", "can't pipi",
    'dribbles out', 'just dribbles', 'dribbling out', 'peed my pants', 'wet my pants', 'peed my trousers', 'wet my trousers', 'wee is slow', 'pee is slow', 'slow stream', 'pissed myself', 'accident in pants',
    'had an accident in pants', 'not much comes out', 'hardly anything comes out', 'only a dribble comes out', 'only dribbles out',
    "can't feel myself peeing", "can't feel myself weeing", "can't feel myself urinating", 'had to put a catheter in', 'needed a catheter',
    'had to have a catheter', 'had to be catheterised', 'had to be catheterized',
    "don't know when i need to go for a wee", "don't know when i need to go for a pee", "can't tell when i need to go for a wee",
    "can't tell when i need to go for a pee",
    "can't tell if i need a wee", "can't tell if i need a pee", "can't tell if i need to wee", "can't tell if i need to pee", "can't feel if i need a wee",
    "can't feel if i need a pee", 'strain to get wee started', 'strain to get pee started', 'straining to get wee started', 'straining to get pee started',
    'struggling to wee', 'struggling to pee', 'struggling 2 wee', 'struggling 2 pee', 'struggling to pass urine', 'struggling to urinate', 'struggle to wee',
    'struggle to pee', 'only a trickle', 'just a trickle', 'trickle comes out', 'leaking wee', 'leaking pee', 'leaking bit of wee', 'leaking bit of pee',
    'trouble starting pee stream', 'trouble starting stream', 'difficulty starting stream', 'trouble starting urine stream', 'trouble starting my stream',
    'no sensation when passing urine', 'no feeling when passing urine', 'no sensation passing urine',
    "can't tell if she's finished", "can't tell if i've finished", "can't tell when i've finished",
    'leak urine', 'leaks urine', 'make urine in bed', "can't make urine", "can't make water", 'really strain to pee',
    'really strain to wee', 'had to strain to pee', "can't feel when i pee", "can't feel when i wee", "can't feel myself pee", "can't feel myself wee",
    'leaks wee', 'leak wee', 'leak pee', 'make in bed', 'made in bed', 'leak of urine', 'leaks of urine', 'leakage of urine', 'urine leak',
    'urine leaks', 'urinary leakage', 'leaking of urine', 'no real control over bladder', 'no proper control over bladder', 'little control over bladder',
    "can't feel when i need a wee", "can't feel when i need a pee", "can't tell when i need a wee", "can't tell when i need a pee", 'have to strain to wee',
    'have to strain to pee', 'have to strain to pass urine',
    'wee i can\'t hold', 'pee i can\'t hold', 'wee i can\'t control', 'reduced sensation when passing urine', 'reduced sensation passing urine',
    'reduced sensation on passing urine', "can't feel urine passing", "can't feel myself passing urine", "can't feel when he passes urine", "can't feel when she passes urine",
    "can't feel when i pass urine", "can't feel when passing urine", "can't feel passing urine", "can't feel himself passing urine", "can't feel herself passing urine",
    'been leaking', 'leaking a bit', 'leaking a little',
    // "Pee problems" said short: "no pee probs".
    'pee problems', 'pee probs', 'wee problems', 'wee probs', 'peeing problems', 'weeing problems', 'bladder probs', 'waterworks probs', 'urine problems',
  ]),
  // Incontinence unqualified is the bladder's, unless it is the result of a bowel named just before it ("bowels: incontinent").
  asserts('sphincter', 'bladder_dysfunction', ['incontinence', 'incontinent'], { resultOf: 'bowel_dysfunction' }),
  // "new slight leakage when standing up": leakage said beside what sets it off or what catches it (not "CSF leakage").
  asserts('sphincter', 'bladder_dysfunction', ['leakage', 'some leakage', 'slight leakage', 'new leakage', 'leaking'], {
    resultOf: 'bowel_dysfunction',
    requires: ['standing', 'stand', 'cough', 'coughing', 'sneeze', 'sneezing', 'laugh', 'laughing', 'pad', 'pads', 'knickers', 'pants', 'underwear', 'loo'],
  }),
  // A child's wet bed is no red flag; an adult's, told by themselves or as a new event ("he wet the bed last night"), is.
  asserts('sphincter', 'bladder_dysfunction', ['wet the bed', 'wetting the bed', 'wet my bed', 'wet bed', 'wets the bed', 'peed the bed', 'pee the bed', 'peeing the bed', 'wee the bed', 'weed the bed'], {
    requires: ['i', "i've", "i'm", 'last', 'yesterday', 'tonight', 'today', 'week', 'twice', 'x1', 'x2', 'x3', 'again', 'times', 'since', 'new', 'episodes', 'episode',
      'morning', 'mornings', 'overnight', 'woke', 'waking', 'pt', 'patient', 'first', 'now'],
  }),
  // "His left leg is weak and he's tripping over": tripping beside a weak or dropping leg.
  asserts('motor', 'foot_drop', ['tripping over', 'keeps tripping', 'keep tripping', 'tripping up'], { requires: ['weak', 'foot', 'feet', 'toes', 'toe', 'drop', 'dragging'] }),
  // A knee lifted high so the foot clears the floor: "I have to lift my knee up high like I'm marching so my foot doesn't catch".
  asserts('motor', 'foot_drop', ['lift knee up high', 'lift knee high like', "like i'm marching"], { requires: ['foot', 'toes', 'toe', 'catch', 'clear', 'trip', 'tripping'] }),
  // Words that need the bladder named in their sentence: "my wee is slow and I don't feel empty after", "wee came out without me knowing".
  asserts('sphincter', 'bladder_dysfunction', [
    "don't feel empty", "doesn't feel empty", 'never feel empty', 'never feels empty', 'not feel empty', 'without me knowing', 'without realising',
    'without realizing', 'without noticing', 'had an accident', 'had accidents',
  ], { requires: ['wee', 'pee', 'urine', 'bladder', 'peeing', 'weeing'] }),
  asserts('sphincter', 'bowel_dysfunction', ['without him knowing', 'without her knowing', 'without me knowing', 'without realising', 'without realizing', 'without noticing', 'had an accident', 'had accidents',
    "can't feel when poo comes", "can't feel poo coming", "can't feel when poo is coming", "don't feel when poo comes",
    "not feel when stool is coming", "can't feel when stool is coming", "don't feel when stool is coming", "can't feel stool coming", "not feel stool coming",
    'had two accidents', 'had 2 accidents', 'had 3 accidents', 'had a couple of accidents', 'had some accidents', 'had few accidents', 'had several accidents', 'accidents in knickers',
    'accidents in pants', "can't feel it coming out", "didn't feel it coming out", "couldn't feel it coming out", "can't feel it come out"], {
    requires: ['poo', 'bowels', 'bowel', 'stool', 'stools', 'loose', 'diarrhoea', 'diarrhea', 'faeces', 'feces', 'two', 'poos', 'pooing', 'pooping'],
  }),
  // Bowels that opened are working: "[x] bowels opened", "BO today".
  asserts('sphincter', 'bowel_dysfunction', ['bowels opened', 'bowels open', 'bowels opening', 'bowels have opened', 'bowels opened today', 'bo today'], { fixed: 'absent' }),
  asserts('sphincter', 'bowel_dysfunction', ['poo problems', 'poo probs', 'bowel probs', 'pooing problems', 'incontinence (bowel)', 'incontinence (faecal)',
    'incontinence (fecal)', 'incontinent (bowel)', 'incontinence of bowel']),
  asserts('sphincter', 'bladder_dysfunction', ['peeing himself', 'peeing herself', 'peeing myself', 'weeing himself', 'weeing herself', 'peed himself', 'peed herself',
    ...joined(["hasn't been able to", "haven't been able to", 'not been able to', "hasn't managed to"], ['pee', 'wee', 'urinate', 'pass urine', 'pass water', 'go for a wee'])]),
  asserts('sphincter', 'bladder_dysfunction', ['incontinence (urinary)', 'incontinence (urine)', 'incontinence (bladder)', 'incontinent (urine)']),
  asserts('sphincter', 'bladder_dysfunction', ['have to strain', 'having to strain', 'need to strain a bit', 'have to push'], { requires: ['bladder', 'wee', 'pee', 'urine', 'weeing', 'peeing', 'urinate', 'water', 'void', 'voiding', 'urinating', 'stream'] }),
  // "can't get it out", "can't get it started", said of the wee.
  asserts('sphincter', 'bladder_dysfunction', ['nothing come', 'nothing comes', 'nothing coming', 'nothing comes out', 'nothing came', 'nothing came out', 'nothing happened', 'nothing would come',
    'little drops', 'only little drops', 'only drops', 'dribbly'], { requires: ['bladder', 'wee', 'pee', 'urine', 'water', 'urinating', 'peeing', 'weeing'] }),
  asserts('sphincter', 'bladder_dysfunction', joined(['not able to make', "can't make", 'unable to make', 'not able to do'], ['pee', 'wee', 'urine', 'water'])),
  asserts('sphincter', 'bladder_dysfunction', joined(['not getting the urge to', 'not getting urge to', 'no urge to', 'lost the urge to', 'never get the urge to', "don't get the urge to"], ['pee', 'wee', 'urinate', 'pass urine', 'pass water'])),
  asserts('sphincter', 'bladder_dysfunction', ["can't get it out", "can't get it started", "can't get it going", "won't come out"], { requires: ['wee', 'pee', 'urine', 'bladder', 'weeing', 'peeing'] }),
  // Lost urge, said of the bowels or the bladder named beside it.
  asserts('sphincter', 'bowel_dysfunction', ["has not been able to feel urge", "have not been able to feel urge", "hasn't been able to feel urge", "not been able to feel urge", "can't feel urge", 'unable to feel urge', 'not able to feel urge', 'no urge', 'lost urge', 'loss of urge', 'no sensation of urge'], {
    requires: ['bowel', 'bowels', 'poo', 'stool', 'stools', 'faecal', 'fecal'],
  }),
  asserts('sphincter', 'bladder_dysfunction', ["not been able to feel urge", "can't feel urge", 'unable to feel urge', 'not able to feel urge', 'no urge', 'lost urge', 'loss of urge', 'no sensation of urge'], {
    requires: ['bladder', 'wee', 'pee', 'urine', 'urinate', 'void', 'voiding'],
  }),
  // "I rush to the toilet for a wee and sometimes don't make it": the bladder unless the bowels are named. Not a bare
  // "don't make it", which would hide the negation of "sitting doesn't make it worse".
  ...(['bladder_dysfunction', 'bowel_dysfunction'] as const).map((finding) =>
    asserts('sphincter', finding, ["sometimes don't make it", "don't always make it", "don't make it in time", "didn't make it in time", "doesn't always make it", 'not always making it'], {
      requires: finding === 'bladder_dysfunction' ? ['toilet', 'loo', 'bathroom', 'wee', 'pee', 'urine'] : ['poo', 'bowels', 'stool', 'loose'],
    }),
  ),
  names('sphincter', 'bladder_dysfunction', ['bladder', 'bladder function', 'bladder control', 'control of bladder', 'waterworks', 'urinary function', 'urinary continence', 'bladder habit'], {
    bareNegation: 'absent',
  }),
  names('sphincter', 'bladder_dysfunction', [
    'passing water', 'pass water', 'passed water', 'passing urine', 'pass urine', 'passed urine', 'peeing', 'pee', 'peed', 'wee', 'weeing', 'urinating', 'urinate', 'urinated',
    'urination', 'voiding', 'void', 'voided', 'micturition', 'micturating', 'emptying bladder', 'empty bladder',
    // Starting the stream, which hesitancy makes hard: "difficulty initiating micturition", "no trouble starting to pee".
    'been for a wee', 'been for a pee', 'had a wee', 'had a pee', 'gone for a wee', 'gone for a pee', 'been able to pee', 'been able to wee',
    // "I am not go to toilet for pee": the toilet for one sphincter only.
    'go to toilet for pee', 'go to toilet for wee', 'go to toilet for a pee', 'go to toilet for a wee', 'going to toilet for pee', 'going to toilet for wee',
    'initiating micturition', 'initiating urination', 'initiating voiding', 'initiating stream', 'initiating urinary stream', 'initiation of micturition',
    'initiation of urination', 'initiation of voiding', 'starting urination', 'starting stream', 'starting to pee', 'starting to wee', 'start peeing', 'start weeing',
    'start urinating', 'starting to urinate', 'start to pee', 'start to wee', 'start to urinate', 'start stream',
  ], {
    bareNegation: 'present',
  }),
  // The toilet is both functions: "no problems going to the toilet", "I can't go to the loo".
  names('sphincter', SPHINCTERS, ['going to toilet', 'go to toilet', 'going to loo', 'go to loo', 'going to bathroom', 'go to bathroom'], {
    bareNegation: 'present',
  }),
  asserts('sphincter', 'bowel_dysfunction', [
    'bowel dysfunction', 'bowel incontinence', 'faecal incontinence', 'fecal incontinence', 'incontinence of stool', 'incontinence of faeces',
    'faecally incontinent', 'fecally incontinent', 'incontinent of faeces', 'incontinent of feces', 'incontinent of stool', 'incontinent of stools',
    'incontinent of bowel', 'incontinent of bowels', 'incontinent of bowel motions', 'faecal soiling', 'fecal soiling',
    'incontinence of feces', 'stool incontinence', 'loss of bowel control', 'lost control of bowels', 'lost control of bowel', 'bowel problems', 'bowel problem',
    'bowel sx', 'bowel symptoms', 'bowel disturbance', 'soiling', 'soiled', 'accidents with bowels', 'bowel accidents', 'faecal urgency', 'loss of anal sensation',
    // A patient's words for lost bowel sensation.
    "can't tell when i need to poo", "can't feel when i need to poo", "don't know when i need to poo", "can't tell when i need to open my bowels",
    "can't feel when i need to open my bowels", 'pooed myself', 'soiled myself', "can't tell if i need a poo", "can't tell if i need to poo",
    "can't tell when i need a poo", "can't feel when i need a poo", "don't know when i need a poo", "can't hold poo", "can't hold bowels",
    "couldn't hold poo", "couldn't hold bowels", "couldn't hold bowel", "can't hold bowel", 'no control over bowels', 'no control of bowels', 'no bowel control', 'messed himself',
    'messed herself', 'soiling without any warning', 'soiled without warning',
    "can't control bowels", "couldn't control bowels", 'no control over bowel', 'pooped myself', 'messed myself',
    "can't feel when i'm opening my bowels", "can't feel myself opening my bowels", 'not sure when they need to go', 'is not sure when they need to go', "he's not sure when they need to go", "can't feel when it's there", "couldn't really feel whether anything was coming",
    "can't really feel whether anything is coming", "couldn't feel whether anything was coming", "can't feel whether anything's there", 'using a finger to help', 'lost the feeling when opening his bowels', 'lost the feeling when opening her bowels',
    'lost the feeling when opening my bowels', 'lost feeling when opening bowels', 'no feeling when opening bowels', 'no feeling when opening my bowels', "can't feel when i open my bowels", "can't feel myself pooing",
  ]),
  asserts('sphincter', 'bladder_dysfunction', ['change in bladder', 'changes in bladder', 'change in waterworks', 'changes in waterworks', 'change in bladder function'], { denialOnly: true }),
  names('sphincter', 'sexual_dysfunction', ['sex life', 'sexual function', 'erections', 'erectile function'], { bareNegation: 'absent' }),
  // What sex should bring, denied: "couldn't get an erection at the weekend", "haven't been able to finish during sex".
  names('sphincter', 'sexual_dysfunction', ['get an erection', 'get erections', 'finish during sex', 'finish during intercourse', 'climax during sex', 'orgasm during sex',
    'keep an erection', 'keep erection', 'keep erections', 'maintain an erection', 'maintain erection', 'sustain an erection', 'stay hard'], { bareNegation: 'present' }),
  // A form's labels for a change in a function, answered Y or N: "Bladder change Y/N: N", "Erectile/sexual change Y/N: Y".
  names('sphincter', 'sexual_dysfunction', ['sexual change', 'erectile change', 'erectile / sexual change', 'sexual / erectile change', 'change in sexual function'], { bareNegation: 'absent' }),
  names('sphincter', 'bladder_dysfunction', ['bladder change', 'urinary change'], { bareNegation: 'absent' }),
  names('sphincter', 'bowel_dysfunction', ['bowel change'], { bareNegation: 'absent' }),
  // "I can't tell when I need to go": either sphincter.
  asserts('sphincter', SPHINCTERS, [
    "can't control toilet", 'can not control toilet', "can't feel when she needs to go", "can't feel when he needs to go", "can't tell when she needs to go",
    "can't tell when he needs to go",
    "can't tell when i need to go", "can't feel when i need to go", "don't know when i need to go",
    // "can't feel if I need to", "can't feel whether she needs to go or not".
    ...joined(["can't feel if", "can't feel whether", "can't tell if", "can't tell whether", 'cant feel if', 'cant tell if', "couldn't feel if", "couldn't tell if"],
      ['i need to', 'i need to go', 'she needs to', 'she needs to go', 'he needs to', 'he needs to go']), "didn't make it to toilet", "didn't make it to loo",
    "didn't make it to bathroom", 'not making it to toilet', 'not making it to loo', "can't make it to toilet", "can't make it to loo",
    // Lost feeling on the toilet: "I can't feel myself going to the toilet".
    "can't feel myself going to toilet", "can't feel myself when i go to toilet", "can't feel myself on toilet", "can't feel anything when i go to toilet",
    "couldn't feel myself going to toilet", "can't feel myself going to loo", "can't feel myself when i go to loo", 'no control over bladder or bowels',
    'no control over bowels or bladder', 'no control of bladder or bowels', 'no control of bowels or bladder',
    'doubly incontinent', 'double incontinence', 'incontinent of urine and faeces', 'incontinent of urine and feces', 'incontinent of urine and stool',
  ]),
  // "No problems with the toilet", "nothing has changed with my toilet habits": both sphincters.
  asserts('sphincter', SPHINCTERS, ['no problems with toilet', 'no trouble with toilet', 'no issues with toilet', 'toilet is fine', 'toilet fine', 'toileting fine'], { fixed: 'absent' }),
  names('sphincter', SPHINCTERS, ['toilet habits', 'toileting', 'toilet habit'], { bareNegation: 'absent' }),
  asserts('sphincter', SPHINCTERS, ['toileting problems', 'toileting difficulties', 'toilet problems', 'problems with toileting', 'difficulty toileting']),
  asserts('sphincter', SPHINCTERS, ['change in toilet habits', 'changes in toilet habits', 'changed with toilet habits', 'changed with toilet', 'different with toilet'], { denialOnly: true }),
  // A change of bowel habit is a bowel (colon) symptom rather than loss of control, so only its denial counts;
  // as one phrase, "no change in bowel habits" is a plain negative (not "no change in the numbness").
  asserts('sphincter', 'bowel_dysfunction', [
    'change in bowel habits', 'changes in bowel habits', 'change in bowel habit', 'changes in bowel habit', 'change in bowels', 'changes in bowels',
    'change in bowel function', 'changes in bowel function', 'bowel habit change', 'bowel habit changes',
  ], { denialOnly: true }),
  asserts('sphincter', SPHINCTERS, [
    'change in bowel or urinary habits', 'changes in bowel or urinary habits', 'change in bowel or bladder habits', 'changes in bowel or bladder habits',
    'change in bowel or bladder function', 'changes in bowel or bladder function', 'change in bladder or bowel function', 'changes in bladder or bowel function',
    'change in bowel or bladder', 'changes in bowel or bladder', 'change in bladder or bowel', 'changes in bladder or bowel',
  ], { denialOnly: true }),
  names('sphincter', 'bowel_dysfunction', ['defecate', 'defaecate', 'defecation', 'defaecation', 'open bowels', 'opening bowels', 'move bowels', 'poo', 'pooing',
    'pooping', 'poop', 'bo', 'opened bowels', 'bowels moving', 'stooling'], { bareNegation: 'present' }),
  // A saddle that feels normal, as a patient says it: "I can feel the toilet paper fine".
  asserts('sphincter', 'saddle_anesthesia', ["couldn't feel butt", "couldn't feel bum", "couldn't feel bottom", 'not feel bottom', 'not feel my bottom',
    "couldn't feel private area", 'numb balls', 'balls are numb', 'balls feel numb', 'can no longer feel toilet paper', 'no longer feel toilet paper', "can't feel buttocks on toilet",
    "can't feel bottom on toilet", "can't feel bum on toilet", "don't feel toilet paper", "can't feel toilet paper", "don't feel paper when i wipe", "can't feel paper when i wipe", "couldn't feel toilet paper",
    // The seat not felt under one: "couldn't feel the toilet seat properly under him", "can't feel the seat of the bike properly", "like sitting on a cushion of air".
    "couldn't feel the flannel", "can't feel the flannel", "couldn't feel the sponge", "feels like it's not touching", "like it's not touching",
    "couldn't feel toilet seat", "can't feel toilet seat", "couldn't feel the seat under me", "couldn't feel seat under me", "can't feel the seat under me", 'sitting on a bag of frozen peas',
    'bag of frozen peas', "like it wasn't his bum", "like it wasn't my bum", "like it wasn't her bum", "wasn't his bum", "when i wipe i can't feel it", "can't feel it properly when i wipe",
    "like they've been shot up with novocaine", "don't feel toilet seat", "couldn't feel seat of bike", "can't feel seat of bike", "can't feel bike seat", "couldn't feel bike seat",
    'like sitting on a cushion of air', 'sitting on a cushion of air', 'cushion of air', "sat on the toilet and couldn't feel anything", "on the toilet and couldn't feel anything",
    "couldn't feel anything on the toilet", "can't feel anything on the toilet",
    // Lost feeling in a patient's other words: "like my rear end is numb", "numb where I sit".
    'rear end is numb', 'rear end numb', 'numb where i sit', 'numb where you sit']),
  // "when I wash myself I don't feel the water on my private part".
  asserts('sphincter', 'saddle_anesthesia', ["don't feel the water", "can't feel the water", "couldn't feel the water", "doesn't feel the water"], {
    requires: ['private', 'between', 'bottom', 'buttock', 'buttocks', 'genitals', 'bum', 'anus', 'perineum'],
  }),
  asserts('sphincter', 'saddle_anesthesia', [
    'can feel toilet paper', 'feel toilet paper fine', 'feel toilet paper normally', 'can feel when i wipe', 'can feel myself when i wipe',
    'feels normal when i wipe', 'normal when i wipe', 'normal down there', 'fine down there', 'fine down below', 'normal down below',
    'feels normal down there', 'feels fine down there', 'feeling down there is normal', 'feeling down there is fine',
  ], { fixed: 'absent' }),
  names('sphincter', 'bowel_dysfunction', ['bowels', 'bowel', 'bowel function', 'bowel control', 'control of bowels', 'control of bowel', 'bowel habit', 'bowel habits'], {
    bareNegation: 'absent',
  }),
  asserts('sphincter', SPHINCTERS, [
    'urinary or bowel sx', 'urinary or bowel symptoms', 'bowel or urinary sx', 'bowel or urinary symptoms', 'urinary or bowel problems', 'bowel or urinary problems',
    "can't feel myself going", "can't feel when i'm going", "couldn't feel myself going", "can't feel when i go to toilet", "can't feel when i go to loo",
    'b/b', 'b&b', 'bladder or bowel dysfunction', 'bowel or bladder dysfunction', 'bladder and bowel dysfunction', 'bowel and bladder dysfunction',
    'bowel/bladder dysfunction', 'bladder/bowel dysfunction', 'bowel or bladder problems', 'bladder or bowel problems', 'bowel and bladder problems',
    'bladder and bowel problems', 'bowel or bladder symptoms', 'bladder or bowel symptoms', 'bowel or bladder incontinence', 'bladder or bowel incontinence',
    'bowel and bladder incontinence', 'bladder and bowel incontinence', 'sphincter disturbance', 'sphincter disturbances', 'sphincter dysfunction', 'sphincter problems',
    'loss of sphincter control', 'sphincter symptoms', 'double incontinence', 'b/b dysfunction', 'b/b sx', 'b&b dysfunction',
    'bowel or bladder changes', 'changes in bowel or bladder', 'change in bowel or bladder', 'changes in bowel or bladder function', 'b+b', 'b + b',
  ]),
  names('sphincter', SPHINCTERS, ['sphincters', 'sphincter function', 'sphincter control', 'bowel and bladder function', 'bladder and bowel function', 'bowel/bladder', 'bladder/bowel', 'bowel and bladder', 'bladder and bowel'], {
    bareNegation: 'absent',
  }),
  asserts('sphincter', CAUDA_EQUINA_SYMPTOMS, [
    'ces symptoms', 'ces sx', 'ces features', 'cauda equina symptoms', 'cauda equina sx', 'cauda equina signs', 'ces signs', 'cauda equina features',
    'symptoms of cauda equina', 'signs of cauda equina', 'features of cauda equina', 'symptoms of ces', 'signs of ces',
  ]),
  // A checklist's heading, not a finding: only its denial says something ("red flags: nil", "CES screen negative").
  asserts('sphincter', CAUDA_EQUINA_SYMPTOMS, [
    'red flag symptoms', 'red flags', 'red flag', 'ces red flags', 'cauda equina red flags', 'ces screen', 'ces screening', 'cauda equina screen', 'ces qs', 'ces questions', 'ces q',
    'cauda equina screening', 'ces questions', 'red flag questions', 'red flags screen', 'red flag screen',
  ], { denialOnly: true }),
  // "No symptoms of CES": the negation phrase would otherwise swallow the words the symptoms need.
  asserts('sphincter', CAUDA_EQUINA_SYMPTOMS, [
    'no symptoms of cauda equina', 'no signs of cauda equina', 'no features of cauda equina', 'no evidence of cauda equina', 'no symptoms of ces',
    'no signs of ces', 'no evidence of ces', 'no symptoms or signs of cauda equina', 'no signs or symptoms of cauda equina',
  ], { fixed: 'absent' }),
  // The syndrome named as such stands for its features: "T12 fracture with cauda equina syndrome", "?CES", "no CES".
  asserts('sphincter', CAUDA_EQUINA_SYMPTOMS, ['cauda equina syndrome', 'cauda equina syndromes', 'ces', 'cauda equina compression', 'compression of cauda equina', 'compression of the cauda equina'], { syndrome: true }),
  asserts('sphincter', 'saddle_anesthesia', [
    'saddle anaesthesia', 'saddle anesthesia', 'saddle numbness', 'saddle paraesthesia', 'saddle paresthesia', 'saddle paraesthesiae', 'saddle hypoaesthesia',
    'saddle hypoesthesia', 's/a', 'saddle sx', 'saddle symptoms', 'saddle sensory loss', 'saddle sensory disturbance', 'saddle sensory change', 'perineal numbness', 'perianal numbness',
    'genital numbness', 'numbness of saddle area', 'saddle area numbness', 'altered sensation on wiping', "can't feel when wipe", 'saddle anaesthetic',
    'like sitting on saddle', "like i'm sitting on saddle", 'as if sitting on saddle', 'as if i was sitting on saddle',
    "can't feel anything down there", "couldn't feel anything down there", "can't feel down there", "couldn't feel down there",
    'like sitting on bike saddle', "like i'm sitting on bike saddle", 'like sitting on bicycle saddle', 'as if sitting on bike saddle',
  ]),
  // "Numb bum" is how many patients say saddle numbness; a red flag is not to be missed for the want of a clinical word.
  asserts('sphincter', 'saddle_anesthesia', ["can't feel bum", "can't feel my bum", "can't feel bottom", "can't feel my bottom", 'numb bum', 'bum is numb', 'bum feels numb', 'bum is a bit numb', 'bum is slightly numb', 'bum is totally numb', 'bum feels a bit numb',
    'numb in the bum', 'numb in bum', 'bum cheeks feel a bit numb', 'bum cheeks feel numb', 'bum is kind of numb', 'bum is a little numb', 'bum has gone numb', 'bum went numb', 'numbness in bum', 'numb backside', 'bum goes numb', 'bum going numb', 'bum gone numb']),
  // The bottom gone dead or asleep, numb as after the dentist's injection, or a seat not felt: "his bottom 'feels a bit dead' sitting
  // on the toilet", "bum 'feels like it's been to the dentist'", "it's like sitting on a cushion - can't feel the seat properly".
  asserts('sphincter', 'saddle_anesthesia', [
    ...['bum', 'bottom', 'backside', 'butt'].flatMap((b) => [`${b} feels dead`, `${b} feels a bit dead`, `${b} is dead`, `${b} has gone dead`, `${b} feels like it's gone to sleep`,
      `${b} feels like it has gone to sleep`, `${b} has gone to sleep`, `${b} feels asleep`, `${b} feels like it's been to the dentist`, `${b} feels like it has been to the dentist`]),
    "can't feel the seat", "can't feel the toilet seat", "couldn't feel the seat", "couldn't feel the toilet seat", 'like sitting on a cushion', 'like sitting on cotton wool',
    'sitting on a pad of cotton wool', 'sitting on cotton wool',
    // "Numb 'around his backside' when he sits", "Numbness of 'his bum' unchanged", wiping "like doing it through a glove", the skin by the anus "muffled".
    'numb around his backside', 'numb around her backside', 'numb around my backside', 'numbness of bum', 'numbness of his bum', 'numbness of her bum', 'numbness of my bum',
    'through a glove', 'like doing it through a glove', 'near the anus felt muffled', 'anus felt muffled', 'felt muffled',
    'bottom area is like sleeping', 'bottom is like sleeping', 'like sleeping when i sit',
  ], { requires: ['sit', 'sitting', 'sits', 'seat', 'toilet', 'loo', 'commode', 'wipe', 'wiping', 'bum', 'bottom', 'backside', 'butt'] }),
  // The paper not felt, a seat of ice: "has not felt the toilet paper when wiping", "the toilet paper I don't feel it on the bottom",
  // "down below feels like I've been sat on a block of ice", "bum … 'numb like sitting on ice'".
  asserts('sphincter', 'saddle_anesthesia', [
    ...joined(["hasn't felt", 'has not felt', "haven't felt", 'have not felt', "can't feel", "don't feel", 'not feeling', "couldn't feel"], ['the toilet paper', 'toilet paper', 'the tissue', 'the paper']),
    "toilet paper i don't feel", "toilet paper i can't feel", "paper i don't feel", 'not feel the seat', "don't feel the seat", 'i not feel the seat',
    "like it's wiping someone else", 'wiping someone else', 'feeling like sleeping', 'is feeling like sleeping', 'cushion of cotton wool',
    // "couldn't feel the bedpan under her bottom", "feels like sitting on a sponge", "like I've had a dental injection", "where he'd sit on a bike …
    // 'feels a bit like after the dentist'".
    ...joined(["couldn't feel", "can't feel", 'could not feel', 'cannot feel'], ['the bedpan', 'bedpan', 'the commode', 'the seat under']),
    'sitting on a sponge', 'like sitting on a sponge', "like i've had a dental injection", 'had a dental injection', 'dental injection', 'like after the dentist', 'after the dentist',
    ...joined(["where he'd sit", "where she'd sit", "where i'd sit", 'where he would sit', 'where she would sit'], ['on a bike', 'on a bicycle', 'on a saddle', 'on a horse']),
    // Not "sitting on an ice pack": ice felt through the seat is said with "like" or as a block.
    'block of ice', 'like sitting on ice', 'numb like sitting on ice', 'like sat on ice', 'sat on a block of ice', "like i've been sat on ice", "like i've been sitting on ice", 'like been sat on ice',
    ...joined(['feeling in my', 'feeling in', 'feeling in his', 'feeling in her'], ['butt cheeks', 'bum cheeks', 'buttcheeks']),
  ], { requires: ['wipe', 'wiping', 'bottom', 'bum', 'butt', 'below', 'down', 'sit', 'sitting', 'sat', 'seat', 'toilet', 'cheeks', 'paper'] }),
  // Wiping that feels odd, or paper not felt as before: "it feels odd when I wipe", "toilet paper feels 'less on the left side'".
  asserts('sphincter', 'saddle_anesthesia', [
    ...joined(['feels odd', 'odd', 'feels strange', 'strange', 'feels different', 'feels funny', 'funny', 'feels weird', 'weird'], ['when i wipe', 'when wiping', 'when i wiped', 'on wiping']),
    ...joined(['toilet paper', 'loo paper', 'loo roll', 'toilet roll'], ['feels odd', 'feels less', 'feels different', 'feels strange', 'feels funny', 'feels weird', 'feels numb']),
    ...joined(['bum', 'backside', 'butt'], ['has felt numb', 'has been numb', 'felt numb', 'is feeling numb', 'feeling numb', 'has been feeling numb']),
    "isn't my own skin", 'not my own skin', "like it isn't mine", 'like it is not mine',
  ], { requires: ['sit', 'sitting', 'seat', 'toilet', 'loo', 'wipe', 'wiping', 'bum', 'bottom', 'backside', 'butt', 'paper', 'roll'] }),
  asserts('sphincter', SPHINCTERS, ['can feel when i need to go', 'can still feel when i need to go', 'can tell when i need to go', 'can still tell when i need to go'], { fixed: 'absent' }),
  asserts('sphincter', 'bladder_dysfunction', ['not leaking', 'no leaking', 'not leaking urine', "haven't leaked", 'never leaked'], { fixed: 'absent' }),
  asserts('sphincter', 'saddle_anesthesia', ["where you'd sit on saddle", 'where you sit on saddle', "where you'd sit on bike", 'where you sit on bike', 'where i sit on bike', 'where i sit on bicycle']),
  asserts('sphincter', 'bowel_dysfunction', ['accident in pants', 'had an accident in pants'], { requires: ['wind', 'poo', 'bowels', 'stool', 'pooed'] }),
  asserts('sphincter', 'saddle_anesthesia', ['can feel when i wipe', 'can feel it when i wipe', 'can feel myself when i wipe', 'feeling is normal when i wipe', 'normal feeling when i wipe'], { fixed: 'absent' }),
  // "When I wipe my bum it feels like someone else's".
  asserts('sphincter', 'saddle_anesthesia', ["feels like someone else's", 'feels like someone elses', "like it's someone else's", 'like it belongs to someone else',
    "feels like somebody else's", "like it's somebody else's", "like somebody else's"], {
    requires: ['wipe', 'wiping', 'bottom', 'bum', 'back passage', 'anus', 'genitals'],
  }),
  names('sphincter', 'saddle_anesthesia', ['saddle sensation'], { bareNegation: 'present' }),
  // A red-flag screen's label answered Y or N: "saddle [Y]", "Saddle: N"; "no saddle" in a list of denials.
  names('sphincter', 'saddle_anesthesia', ['saddle'], { bareNegation: 'absent' }),
  // Found reduced around the anus: "Reduced pinprick perianally", "PP reduced perianally L>R", "reduced sensation S2-S5".
  asserts('sphincter', 'perianal_sensation_reduced', [
    ...joined(['reduced', 'decreased', 'diminished', 'absent', 'altered', 'impaired'], ['pinprick perianally', 'pp perianally', 'sensation perianally', 'light touch perianally', 'lt perianally', 'perianally']),
    ...joined(['pinprick', 'pp', 'sensation', 'light touch', 'lt'], ['reduced perianally', 'decreased perianally', 'diminished perianally', 'absent perianally']),
    ...joined(['reduced sensation', 'decreased sensation', 'absent sensation', 'reduced pinprick', 'reduced light touch'], ['s2-s5', 's2 - s5', 's2-5', 's3-s5', 's3-5', 's4-s5', 's4-5', 's4/5']),
  ]),
  names('sphincter', 'perianal_sensation_reduced', [
    'perianal lt', 'perianal pp', 'perianal sensation', 'perineal sensation', 'perirectal sensation', 'perianal pinprick', 'perianal light touch', 'perineal pinprick', 'sacral sensation',
    'perianal pin prick', 'perianal sensory', 'perianal sensation to lt', 'perianal sensation to light touch', 'perianal sensation to pinprick', 'perianal sensation to pp',
  ], { bareNegation: 'present' }),
  names('sphincter', 'anal_tone_reduced', [
    'anal tone', 'anal sphincter tone', 'sphincter tone', 'rectal tone', 'pr tone', 'anal squeeze', 'tone on pr', 'anal sphincter',
    // "PR: reduced tone and squeeze", "Rectal exam: normal".
    'pr', 'pr exam', 'pr examination', 'dre', 'digital rectal exam', 'digital rectal examination', 'rectal exam', 'rectal examination',
  ], {
    bareNegation: 'present',
  }),
  // "PR: no tone, no sensation": the tone and feeling a rectal examination found.
  // Only as an item of its own, not "decreased sensation below the knees" beside a rectal tone.
  asserts('sphincter', 'perianal_sensation_reduced', ['no sensation .', 'no sensation ,', 'absent sensation .', 'absent sensation ,', 'reduced sensation .', 'reduced sensation ,', 'decreased sensation .', 'decreased sensation ,'], {
    requires: ['pr', 'dre'],
  }),
  asserts('sphincter', 'anal_tone_reduced', ['no tone', 'reduced tone', 'absent tone', 'lax tone', 'poor tone', 'decreased tone', 'weak tone', '↓ tone',
    // The result after the word, and the squeeze: "PR: tone lax", "anal squeeze reported as weak".
    'tone lax', 'tone reduced', 'tone weak', 'tone absent', 'tone poor', 'tone decreased', 'weak squeeze', 'reduced squeeze', 'poor squeeze', 'absent squeeze',
    'squeeze weak', 'squeeze reduced', 'squeeze poor', 'squeeze absent', 'anal squeeze reported as weak', 'squeeze reported as weak', 'squeeze was weak', 'tone was weak',
    'lax sphincter', 'patulous sphincter', 'sphincter lax', 'sphincter patulous', 'weak sphincter'],
  // "S3-5 pinprick reduced, tone present but weak squeeze": the saddle examined beside it.
  { requires: ['pr', 'rectal', 'dre', 'anal', 'sphincter', 'finger', 'tone', 'perianal', 'perineal', 'saddle', 's3', 's4', 's5'] }),
  names('sphincter', 'anal_tone_reduced', ['anal squeeze', 'voluntary anal squeeze', 'voluntary squeeze', 'voluntary anal contraction'], { bareNegation: 'present' }),
  asserts('sphincter', 'perianal_sensation_reduced', joined(['pinprick reduced', 'pin prick reduced', 'light touch reduced', 'reduced sensation', 'decreased sensation', 'absent sensation', 'no sensation', 'altered sensation', 'diminished sensation', 'numb'], ['perianally', 'peri-anally'])),
  names('sphincter', 'post_void_residual', ['left after wee', 'left after a wee', 'left after pee', 'left after i peed', 'left after peeing', 'left after i went', 'left after voiding', 'scanned my bladder after i peed', 'scanned bladder after i peed', 'bladder scan after i went', 'scan after i went',
    'bladder after i peed', 'still in there', 'still inside', 'is still inside', 'left in', 'there was still', 'still left in there', 'left in there', 'was still left', 'pvr by bladder scanner', 'pvr by scanner', 'pvr by bladder scan',
    'scan after trying to void', 'bladder scan after trying to void', 'after attempt to void', 'after an attempt to void', 'after attempting to void', 'post attempt to void', 'bladder scan post attempted void', 'scan post attempted void', 'post attempted void', 'bladder scan after voiding', 'scan after voiding', 'bladder scan post void', 'bladder scan post voiding', 'post void bladder scan',
    'scan post void', 'bladder scan after void', 'after voiding', 'post-void scan', 'pvr on scanner', 'pvr on bladder scanner', 'pvr on bladder scan', 'pvr on scan', 'pvr on us', 'pvrs', 'residuals', 'residual volumes', 'still holding', 'left in bladder', 'left in the bladder', 'pvr', 'post void residual', 'postvoid residual', 'post-void residual', 'residual volume', 'bladder scan', 'post micturition residual', 'residual', 'residual urine',
    'bladder scan post void', 'bladder scan post-void', 'post void bladder scan', 'post-void bladder scan', 'post void', 'post-void', 'post void volume', 'post-void volume',
    'post micturition', 'post-micturition', 'post micturition volume', 'pmr', 'post-void residual volume', 'post void residual volume',
    'in-out catheter', 'in and out catheter', 'in / out catheter', 'in-out cath', 'straight cath', 'straight catheter', 'catheter drained', 'drained on catheterisation',
    'in-out catheter drained', 'in and out catheter drained', 'in / out catheter drained', 'catheterised for', 'catheterized for', 'residual of',
    // "Bladder scan PV 320ml" (post-void, in an emergency note's shorthand), "320 mL left after he passed what felt normal".
    'bladder scan pv', 'scan pv', 'pv residual', 'pv volume', 'still in the bladder', 'still in bladder', 'left after he passed', 'left after she passed', 'left after passing', 'left after he went', 'left after she went'], {
    bareNegation: 'absent',
  }),
  // Feeling lost in intimacy, or a climax that will not come: "no feeling at all when me and my husband are intimate", "can't finish".
  asserts('sphincter', 'sexual_dysfunction', [
    ...joined(['no feeling', 'no feeling at all', 'no sensation', 'reduced feeling', 'reduced sensation', 'numb', "can't feel anything", 'lost feeling', 'less feeling'],
      ['when intimate', 'when we are intimate', "when we're intimate", 'when me and my husband are intimate', 'when me and my wife are intimate', 'when me and my partner are intimate', 'during intercourse', 'in genitals', 'in my penis', 'in penis', 'in vagina']),
    'not working anymore down there', 'not working down there', 'is not working anymore down there', "couldn't feel anything during sex", "couldn't feel a thing during sex",
    'penis is not reacting', 'penis not reacting', "things don't work downstairs", "doesn't work downstairs", 'nothing works downstairs', 'reduced sensation at tip of penis',
    'numb tip of penis', "hasn't been able to get an erection", "haven't been able to get an erection", "can't feel a thing during sex", 'feel nothing during sex', 'not the same man in bed', 'not the same in bed', "can't get or keep an erection", 'erectile probs', 'erection probs',
    'feeling in the vagina is different', 'feeling in vagina is different', "can't really get it up", 'penis is like not mine',
    'feeling down there is gone', 'sex has had no feeling', 'sex has no feeling', "can't finish", "couldn't finish", "can't climax", "can't orgasm", 'unable to orgasm', 'unable to climax', 'unable to ejaculate', "can't ejaculate",
    'reduced sensation in genitals', 'reduced genital sensation', 'altered genital sensation', 'no feeling down below during intercourse', 'no feeling down there during intercourse',
    'no feeling down below during sex', 'no feeling down there during sex', 'sex has felt numb', "sex has felt 'numb'", 'sex feels numb', 'sex felt numb',
    'nothing works in the bedroom', 'nothing working in the bedroom', 'not working in the bedroom', 'no feeling at the tip', 'no feeling in the tip',
    // "couldn't feel anything when my partner and I were intimate", "with my husband I feel nothing", "reduced feeling on ejaculation".
    ...joined(["couldn't feel anything", "can't feel anything", "couldn't feel a thing", "can't feel a thing", 'felt nothing', 'feel nothing'],
      ['when my partner and i were intimate', 'when my partner and i are intimate', 'when my husband and i were intimate', 'when my wife and i were intimate', 'when we were intimate', 'when we are intimate']),
    ...joined(['with my husband', 'with my wife', 'with my partner', 'with her husband', 'with his wife', 'with his partner', 'with her partner'], ['i feel nothing', 'i feel no feeling', 'she feels nothing', 'he feels nothing', "i can't feel anything", "i can't feel a thing"]),
    "can't feel her husband touching", "can't feel her husband touch", "can't feel my husband touching", "can't feel my wife touching", "can't feel my partner touching", "can't feel his wife touching",
    'reduced feeling on ejaculation', 'reduced sensation on ejaculation', 'less feeling on ejaculation', 'reduced feeling when ejaculating', 'no feeling on ejaculation',
    "haven't been working down below", "hasn't been working down below", 'not working down below', "isn't working down below", "things haven't been working down there",
    // "erections have stopped", "my man part, it not become hard".
    'erections have stopped', 'erections stopped', 'ejaculation feels different', 'ejaculation feels numb', 'ejaculation sort of numb', 'during sex it feels numb',
    'during sex feels numb', 'during sex it felt numb', 'no longer getting erections', 'no longer gets erections', 'not become hard', "doesn't get hard", "don't get hard", "won't get hard", 'not getting hard',
  ]),
  // Feeling lost, or nothing working, said of a time of intimacy named apart: "When we tried to be intimate I couldn't feel anything down there".
  // Genitals numb in intimacy are both: "When we tried to be intimate I couldn't feel anything down there".
  asserts('sphincter', ['sexual_dysfunction', 'saddle_anesthesia'], ["couldn't feel anything down there", "can't feel anything down there", 'cannot feel nothing down there',
    "can't feel nothing down there", 'no feeling down there'], { requires: SEXUAL_CONTEXT }),
  asserts('sphincter', 'sexual_dysfunction', ['nothing worked', 'nothing works'], { requires: SEXUAL_CONTEXT }),
  // Feeling lost in a sentence about sex: "I couldn't feel a thing when my wife and I tried to have sex", "sex 'felt like nothing'".
  asserts('sphincter', 'sexual_dysfunction', ["couldn't feel a thing", "can't feel a thing", 'felt like nothing', 'feels like nothing', 'felt nothing'], { requires: ['sex', 'intercourse', 'intimate'] }),
  // ... or with a partner named: "couldnt feel anything down there last nite w my gf".
  asserts('sphincter', ['sexual_dysfunction', 'saddle_anesthesia'], ["couldn't feel anything down there", "can't feel anything down there"], { requires: ['gf', 'girlfriend', 'boyfriend', 'bf'] }),
  asserts('sphincter', 'sexual_dysfunction', [
    ...joined(['problem with', 'problems with', 'trouble with'], ['my erection', 'erection', 'my erections', 'erections']),
    "can't get aroused", 'cannot get aroused', 'not able to get aroused', 'penis is not working', 'penis not working', 'penis is not work', 'penis does not work', "penis doesn't work",
    'erection not work', 'erection it not work', 'man function', 'problem with the man function', 'not possible to be hard', 'not able to be hard', "can't be hard",
    'erections not yet returned', 'erections have not returned', "erections haven't returned", 'erections not returned', "erection doesn't work", 'erection does not work', 'erection not working', "erection isn't working", 'erection is not working',
  ]),
  asserts('sphincter', ['sexual_dysfunction', 'saddle_anesthesia'], ['nothing down there works', 'no feeling in my willy', 'no feeling in willy', 'no feeling in my penis', 'no feeling in penis', 'no feeling in his penis', 'no feeling in his willy']),
  asserts('sphincter', 'sexual_dysfunction', [
    'erectile dysfunction', 'erectile problems', 'erectile difficulties', 'erectile difficulty', 'impotence', 'impotent', 'sexual dysfunction', 'loss of libido', 'reduced libido', 'decreased libido', 'low libido', 'sexual problems',
    "can't get an erection", 'erection problems', 'loss of genital sensation', 'difficulty with erections',
    'no feeling when i have sex', 'no feeling during sex', "can't feel anything during sex", "can't feel anything when i have sex", 'numb during sex',
    'numb when i have sex', 'lost feeling during sex',
    "can't get it up", "couldn't get it up", "can't get hard", "can't keep erection", "can't keep it up", "can't maintain erection", 'no erections',
    'trouble getting erection', 'trouble getting an erection', 'problems getting erection', 'difficulty getting erection', 'difficulty achieving erection',
    'erections not right', 'erections have not been right', "erections haven't been right", 'erection not right', 'erections not been right', 'sex has been different', 'sex has felt different', 'sex different', 'sex is not the same', "sex isn't the same", "can't keep an erection", 'cant keep an erection',
    'unable to keep an erection', 'unable to get an erection', 'feel anything during sex', 'feel anything when we had sex', 'feel anything when i had sex', 'sex feels different', 'sex is different', 'sex feels numb',
    "haven't been able to get an erection", 'not been able to get an erection', "haven't been able to get it up", 'not able to get an erection',
    'sex is not working', 'sex not working', 'sex life is not working', 'intercourse felt different', 'intercourse feels different',
    'reduced sensation during intercourse', 'less sensation during intercourse',
    'inability to achieve erection', 'inability to achieve an erection', 'inability to get an erection', 'unable to achieve erection',
    "can't feel myself during sex", "can't feel myself properly during sex", "can't feel anything during intercourse",
    'unable to ejaculate', "can't ejaculate", "couldn't ejaculate", 'ejaculatory dysfunction', 'anejaculation', 'loss of ejaculation', 'unable to orgasm',
    "can't orgasm", 'anorgasmia', 'unable to achieve erection', 'unable to get an erection',
    'cannot have erection', 'cannot have an erection', "can't have erection", "can't have an erection", 'no erection', 'sex is a no go', 'sex is a no-go', 'sex is impossible',
  ]),
  asserts('sphincter', ['sexual_dysfunction', 'saddle_anesthesia'], ['willy feels dead', 'willy is numb', 'willy feels numb', 'penis feels dead', 'numb balls and penis',
    'genital numbness', 'numb genitals', 'penis feels numb', 'penis is numb', 'numb penis', 'penis has gone numb',
    'vagina feels numb', 'vagina is numb']),

  // Examination signs.
  names('sign', 'slr_positive', ['slr', 'slrt', 'slrs', 'straight leg raise', 'straight leg raising', 'straight leg raise test', 'straight leg test', 'straight leg raises', 'straight-leg raising', 'straight leg raising test', 'straight leg raise testing', 'slr test', 'slr testing', 'straight leg rising', 'straight leg raised', 'straight leg raising tests', 'straight leg raising sign', 'lasegue', 'lasègue', 'lasegue sign', "lasegue's sign", "lasegue's"], { bareNegation: 'absent' }),
  names('sign', 'crossed_slr_positive', ['xslr', 'crossed slr', 'cross slr', 'crossed straight leg raise', 'crossed straight leg raising', 'contralateral slr', 'well leg raise', 'well-leg raise', 'crossed lasegue'], { bareNegation: 'absent' }),
  names('sign', 'femoral_stretch_positive', ['fnst', 'femoral stretch', 'femoral stretch test', 'femoral nerve stretch', 'femoral nerve stretch test', 'reverse slr', 'prone knee bend', 'femoral nerve tension'], { bareNegation: 'absent' }),
  names('reflex', 'ankle_reflex_reduced', ['ankle jerk', 'ankle jerks', 'ankle reflex', 'ankle reflexes', 'achilles reflex', 'achilles reflexes', 'achilles', 'achilles tendon reflex', 'aj', 'ajs', 'ankle jerk reflex', 'ankle deep tendon reflex', 's1 reflex', 's1 reflexes'], { bareNegation: 'present' }),
  names('reflex', 'knee_reflex_reduced', ['knee jerk', 'knee jerks', 'knee reflex', 'knee reflexes', 'patellar reflex', 'patellar reflexes', 'patellar', 'patella reflex', 'patellar tendon reflex', 'kj', 'kjs', 'quadriceps reflex', 'l4 reflex'], { bareNegation: 'present' }),
  // How a patient tells the reflex test: what was tapped ("tapped below my knees, the left didn't move").
  names('reflex', 'knee_reflex_reduced', [
    'tapped below knee', 'tapped below knees', 'tapped just below knee', 'tapped just below knees', 'tapped under knee', 'tapped under knees', 'tapped knee',
    'tapped knees', 'tapped kneecap', 'tapped kneecaps', 'tapped below kneecap', 'tapped below kneecaps', 'tapped front of knee', 'tapped front of knees',
    'tap below knee', 'tap below knees', 'tapping below knee', 'tapping below knees', 'tapped on knee', 'tapped on knees', 'hit below knee', 'hit below knees',
  ], { bareNegation: 'present' }),
  names('reflex', 'ankle_reflex_reduced', [
    'tapped ankle', 'tapped ankles', 'tapped back of ankle', 'tapped back of ankles', 'tapped heel', 'tapped heels', 'tapped back of heel',
    'tapped back of heels', 'tapped achilles', 'tapped achilles tendon', 'tapped achilles tendons', 'tapped heel cord', 'tapping ankle', 'tapping ankles',
    'tap ankle', 'tap ankles', 'tapped on ankle', 'tapped on ankles', 'tapped above heel', 'tapped above heels',
  ], { bareNegation: 'present' }),
  names('reflex', 'hamstring_reflex_reduced', ['hamstring reflex', 'hamstring reflexes', 'medial hamstring reflex', 'medial hamstring reflexes', 'hamstring jerk'], { bareNegation: 'present' }),
  names('reflex', REFLEXES, ['reflexes', 'reflex', 'deep tendon reflexes', 'dtrs', 'dtr', 'jerks', 'tendon reflexes', 'lower limb reflexes', 'lower extremity reflexes'], { bareNegation: 'present' }),
  asserts('reflex', REFLEXES, ['areflexia', 'areflexic', 'hyporeflexia', 'hyporeflexic']),
  // "Plantars ↑": the arrow gives the response's direction, upgoing.
  asserts('sign', 'upper_motor_neuron_signs', ['plantars ↑', 'plantar ↑', 'plantars ↑↑', 'plantar response ↑', '↑ plantars']),
  asserts('sign', 'upper_motor_neuron_signs', ['clonus', 'hyperreflexia', 'hyperreflexic', 'brisk reflexes', 'upgoing plantars', 'upgoing plantar', 'extensor plantars', 'extensor plantar', 'positive babinski', 'babinski positive', 'upgoing toes', 'spasticity', 'umn signs', 'upper motor neuron signs', 'long tract signs']),
  names('sign', 'upper_motor_neuron_signs', ['plantars', 'plantar response', 'plantar responses', 'plantar reflexes'], { bareNegation: 'absent' }),
  names('sign', 'upper_motor_neuron_signs', ['babinski', 'babinski sign', "babinski's", 'babinski signs', "babinski's sign"], { bareNegation: 'absent', presenceAbnormal: true }),
  names('sign', 'pedal_pulses_reduced', [
    'pedal pulses', 'pedal pulse', 'foot pulses', 'pulses', 'dorsalis pedis', 'dorsalis pedis pulse', 'dorsalis pedis pulses', 'dp pulses', 'dp', 'dps',
    'posterior tibial pulse', 'posterior tibial pulses', 'pt pulses', 'distal pulses', 'peripheral pulses', 'dp and pt pulses', 'dp/pt', 'foot pulse', 'dp and pt', 'dp & pt', 'dp + pt', 'pt and dp',
  ], { bareNegation: 'present' }),
  asserts('sign', 'hip_rotation_limited', ['restricted ir', 'ir restricted', 'painful restricted ir', 'ir limited', 'limited ir', 'reduced ir', 'ir reduced', 'restricted internal rotation',
    'internal rotation restricted', 'limited internal rotation', 'reduced internal rotation', 'painful ir']),
  names('sign', 'hip_rotation_limited', ['hip internal rotation', 'internal rotation of hip', 'internal rotation', 'hip rotation', 'hip ir', 'ir of hip', 'hip rom', 'hip range of movement', 'hip range of motion', 'hip movements', 'hip movement', 'rotation of hip'], {
    bareNegation: 'present',
  }),
  asserts('sign', 'hip_movement_pain', [
    'pain on hip movement', 'pain on hip movements', 'painful hip movements', 'painful hip movement', 'pain on moving hip', 'putting on shoes and socks',
    'putting on socks', 'putting on shoes', 'getting out of car', 'getting out of a car', 'getting in and out of car', 'pain on hip rotation', 'groin pain on rotation',
    'pain on internal rotation', 'hip pain on movement',
  ]),
  asserts('sign', 'trochanter_tenderness', [
    'trochanteric tenderness', 'tender over greater trochanter', 'tenderness over greater trochanter', 'tender greater trochanter', 'tenderness over trochanter',
    'tender over trochanter', 'trochanteric bursitis', 'greater trochanteric pain', 'greater trochanteric pain syndrome', 'trochanteric pain', 'tender trochanter',
    'lateral hip tenderness', 'tenderness of greater trochanter', 'tenderness at greater trochanter',
    'tenderness over gt', 'tender over gt', 'gt tenderness', 'tender gt', 'ttp over gt', 'ttp over greater trochanter', 'ttp greater trochanter',
    'tenderness over greater trochanters', 'tender over greater trochanters',
  ]),
  asserts('sign', 'trochanter_tenderness', [
    'non-tender over greater trochanter', 'nontender over greater trochanter', 'non tender over greater trochanter', 'non-tender over trochanter',
    'nontender over trochanter', 'non-tender greater trochanter', 'nontender greater trochanter', 'non-tender over gt', 'nontender over gt',
    'non-tender over greater trochanters', 'nontender over greater trochanters',
  ], { fixed: 'absent' }),
  names('sign', 'fibular_head_tinel', ['tinel at fibular head', 'tinel over fibular head', "tinel's at fibular head", "tinel's over fibular head", 'tinel sign at fibular head', 'tinel at fibular neck', 'tinel over fibular neck', 'tinel fibular head', 'tinel sign fibular head', "tinel's sign at fibular head", "tinel's sign over fibular head", 'tinel at fibula head', 'tinel over peroneal nerve', 'tapping at fibular head', 'tapping fibular head'], {
    bareNegation: 'absent',
  }),
  names('sign', 'fibular_head_tinel', ['tinel', "tinel's", 'tinel sign', "tinel's sign", 'tinels', 'tinel test'], { bareNegation: 'absent', requires: ['fibular', 'fibula', 'peroneal', 'fibular head', 'fibular neck'] }),

  // Claudication and positions.
  asserts('function', 'walking_leg_symptoms', ['claudication', 'neurogenic claudication', 'pseudoclaudication', 'pseudo-claudication', 'spinal claudication', 'vascular claudication', 'intermittent claudication', 'claudicant', 'claudication distance', 'walking distance', 'reduced walking distance', 'limited walking distance']),
  // Walking cut short, told without naming the symptom: "I can walk about twenty minutes before I must stop".
  asserts('function', 'walking_leg_symptoms', [
    'before i must stop', 'before i have to stop', 'before i need to stop', 'before having to stop', 'before i have to sit down', 'before i must sit down',
    'before i need to sit down', 'before i have to rest', 'have to stop and rest', 'have to stop and sit', 'must stop and rest',
  ], { requires: ['walk', 'walking', 'walked', 'walks'] }),
  // Cycling that brings the symptoms on is not tolerated: "Exercise bike also brings on the calf pain".
  asserts('function', 'cycling_tolerated', joined(['exercise bike', 'cycling', 'bike', 'bike riding', 'cycle'], ['brings on', 'also brings on', 'brings it on', 'makes it worse', 'also makes it worse', 'makes the pain worse', 'sets it off', 'brings the pain on']), { fixed: 'absent' }),
  asserts('function', 'cycling_tolerated', ['can cycle', 'cycling is fine', 'cycling fine', 'cycle without', 'cycles without', 'cycling without', 'cycling is ok', 'ride a bike', 'ride bike', 'riding a bike', 'riding bike', 'exercise bike',
    'can cycle fine', 'cycle fine', 'cycles fine', 'can cycle ok', 'cycles ok', 'leaning on a trolley', 'lean on a trolley', 'leaning on trolley', 'lean on trolley', 'leaning on shopping trolley', 'leaning on a shopping cart', 'leaning on shopping cart', 'shopping cart sign', 'shopping trolley sign', 'shopping trolley', 'shopping cart', 'cycling tolerated', 'tolerates cycling', 'bicycle test']),
  asserts('function', 'relief_sitting_or_bending', ['shopping cart sign', 'shopping trolley', 'shopping cart', 'shopping trolley sign', 'sits down to ease', 'has to sit down', 'have to sit down', 'need to sit down', 'needs to sit down', 'has to sit', 'have to sit', 'needs to sit', 'need to sit', 'relieved by flexion', 'eased by flexion', 'better with flexion', 'relieved by sitting', 'eased by sitting', 'relieved on sitting', 'eased on sitting', 'relief on sitting', 'relief with sitting', 'relieved by bending forward', 'eased by bending forward', 'eased by leaning forward', 'relieved by leaning forward', 'flexion relieves']),
  asserts('function', 'relief_standing_still', ['stop and stand still', 'relieved by standing still', 'eased by standing still', 'eases on standing still', 'better on standing still', 'settles on standing still', 'relieved by rest', 'eased by rest', 'relieved with rest', 'settles with rest', 'eases with rest', 'relieved on standing', 'stopping relieves', 'relieved by stopping', 'eased by stopping',
    'goes when i stop', 'goes off when i stop', 'goes away when i stop', 'passes when i stop', 'eases when i stop', 'settles when i stop', 'settle when i stop',
    'better when i stop', 'goes when i rest', 'passes when i rest', 'goes off when i rest', 'rest it passes', 'rest it goes', 'rest it settles', 'rest it eases']),
  // Sleep lost, said beside the pain that took it: "the pain kept me up all night" (not "up all night with the baby").
  // Pain that lying still or the night does not spare: "there even when I'm lying totally still", "severe at rest and right through the night".
  // Pain at night only on turning is mechanical: "Night pain - only when turning over".
  asserts('pain', 'night_pain', [...joined(['night pain', 'night pain -', 'night pain :', 'pain at night', 'pain at night ?', 'pain at night ? -', 'night pain ?', 'night pain ? -'], ['only when turning over', 'only when turning', 'only on turning', 'only on turning over', 'only when rolling over', 'only when turning in bed',
    // In the patient's words: "Night pain? 'Only if I roll onto it.'"
    ...joined(['only if i', 'only when i'], ['roll over', 'roll onto it', 'roll on to it', 'roll onto that side', 'turn over', 'turn over in bed', 'lie on it', 'lie on that side', 'move'])])], { fixed: 'absent' }),
  asserts('pain', 'night_pain', ['also when i lie down', 'including when lying still', 'including when lying', 'even in bed', 'pacing the landing', "doesn't matter if i lie",
    "doesn't matter how i lie", 'not sleeping for the pain', 'not sleeping because of the pain', "can't sleep for the pain", 'no position of comfort', 'no comfortable position', 'whichever way she lies', 'whichever way he lies', 'whichever way i lie',
    "there whether i'm lying", 'whether lying, sitting or walking', 'no better lying down', 'not better lying down', 'stops her sleeping', 'stops him sleeping', 'stops me sleeping',
    "even when i'm lying totally still", "even when i'm lying still", 'even when lying still', 'even lying totally still', 'lying totally still',
    'when i lie down and not move', 'when i lie down and do not move', 'severe at rest', 'right through the night',
    'sits up in the chair all night', 'sits in the chair all night', 'sleeps in the chair', 'sleeping in the chair', 'lying is agony', "can't lie down for the pain",
    "worst when i'm lying in bed", 'worst when lying in bed', 'worse when lying in bed', "can't settle at night", 'cannot settle at night', 'awake most of the night', 'no position comfortable',
    'ended up sleeping in the chair', 'sleeping propped in a chair', 'sleeping in a chair', 'sleeping in the recliner', 'sleeps in the recliner',
    'there at rest', 'at rest and in the night', 'at rest and at night', 'tried every position', 'has tried every position', 'every position is bad',
    'worst around 3am', 'worst around 2am', 'worst around 4am', 'at its worst around 3am', 'unremitting including at night', 'even resting', 'constant, even resting',
    "can't find any position to get comfortable", "can't find a comfortable position", "can't find any comfortable position", "can't get comfortable at night",
    "can't find position for sleep", "can't find a position to sleep", "can't find any position", 'no relief lying down', 'not relieved lying down',
  ], { requires: PAIN_OR_BACK }),
  // Waking counted, under a heading of the night or beside the pain: "Night: wakes 2-3x".
  asserts('pain', 'night_pain', ['wakes 2-3x', 'wakes 2 - 3x', 'wakes 2-3 times', 'wakes 3-4x', 'wakes several times', 'wakes him several times', 'wakes her several times', 'wakes multiple times'], {
    requires: [...PAIN_OR_BACK, 'night'],
  }),
  asserts('pain', 'night_pain', ['also at rest', 'also in rest', 'even in rest', 'even at rest', 'also when resting', 'even when resting', 'only at night', 'worst at night', 'mainly at night', 'also in night', 'in night too', 'also at night', 'at night too', 'day and night', 'day & night', 'night and day', 'kept me awake', 'kept me up', 'kept me up at night', 'kept me awake at night', 'up all night', 'awake all night', "couldn't sleep", "can't sleep"], {
    requires: ['pain', 'pains', 'hurt', 'hurts', 'hurting', 'ache', 'aching', 'aches', 'sore', 'sciatica', 'agony', 'painful', 'backache', 'lbp'],
  }),
  // A form's label for night pain, answered after its colon ("Pain in the night: yes"); "back pain at night" is composed, keeping its place.
  asserts('pain', 'night_pain', ['pain at night / rest', 'pain at night or rest', 'pain at rest / night', 'night / rest pain', 'pain in the night :', 'pain at night :', 'pain in night :', 'up all night with back', 'up all night with leg', 'up all night with sciatica', 'awake all night with back', 'awake all night with leg']),
  // Pain said before the night ("back pain at night", "leg pain wakes me") is composed from a pain word and the night, so that its place is kept.
  asserts('pain', 'night_pain', ['night pain', 'nocturnal pain', 'pain at rest', 'rest pain', 'wakes me at night', 'wakes me up at night', 'wakes him at night', 'wakes her at night', 'wakes him up at night', 'wakes her up at night', 'keeps me awake', 'wake me at night', 'wake me up at night', 'keep me awake', 'keep me up at night', 'woken at night', 'wakes me up', 'wake me up', 'keeps me up at night', 'night-time pain', 'nighttime pain', 'unremitting pain', 'constant night pain',
    // A patient's words for pain that no position eases.
    "can't sleep for pain", "can't sleep because of pain", "can't sleep with pain",
    'stops me sleeping', 'stops me from sleeping', "can't get comfortable lying any way", "can't get comfortable lying", "can't get comfortable in any position", "can't get comfy", "can't get comfortable whatever i do", "can't get comfy whatever i do", "can't find comfortable position", 'no position is comfortable', 'no comfortable position',
    'no position helps', 'no position relieves', 'not relieved by rest', 'not eased by rest', 'not relieved by lying down', 'even at rest',
    // "now it hurts even when I'm lying completely still", "nothing helps, not even lying still", "Even when I lie down still the pain not go".
    "doesn't let up when i lie down", "doesn't let up at all when i lie down", "doesn't ease when i lie down", 'no way to lie', 'screaming in bed',
    "even when i'm lying", 'even when lying', 'lying completely still', 'not even lying still', 'not even lying down', 'even when i lie down still', 'even when i lie still',
    'even when resting', "even when i'm resting", 'even when i am resting', 'constant pain day and night', 'whatever way i lay', 'whatever way i lie',
    'no matter how i lay', 'no matter how i lie', "couldn't sleep for pain", "couldn't sleep because of pain",
    'even lying still', 'even when lying still', 'even lying down', 'even when lying down', 'constant even at rest',
    'even lying perfectly still', 'lying perfectly still', 'even lying completely still', 'even perfectly still', 'worst 2-4 am', 'worst 2-4am', 'worst in the early hours',
    'not changed by any position', 'not eased by any position', 'not relieved by any position',
    'disturbs sleep', 'disturbs my sleep', 'disturbing sleep', 'now nocturnal',
    'wakes up nightly', 'wakes nightly', 'waking nightly', 'wakes up at night', 'waking at night', 'woken by pain', 'wakes up in pain', 'wakes up with pain',
    'sleep alteration because of pain', 'sleep disturbed by pain', 'pain disturbs sleep', 'pain disturbs my sleep',

    ...joined(['wakes me', 'wakes him', 'wakes her', 'wakes them', 'waking me', 'waking him', 'waking her', 'woken'], ['every night', '3am every night', '2am every night', '4am every night', 'at 3am', 'at 2am', 'at 4am', '3am', '2am', '4am', 'in the early hours']),
    'wakes me every night', 'wakes me up every night', 'wakes me each night', 'wakes me in the night', 'wakes me up in the night', 'wakes me through the night',
    "doesn't matter how i lie", "no matter how i lie", "whatever position i lie in", 'no position eases it',
  ]),
  ...NIGHT_AND_REST_PAIN,

  // Risk factors and general features.
  asserts('risk', 'fever', ['have a temperature', 'had a temperature', 'got a temperature', 'running a temperature', 'ran a temperature', 'with a temperature', 'fever', 'fevers', 'febrile', 'pyrexia', 'pyrexial', 'feverish', 'high temperature', 'high temperatures', 'temperatures', 'hot and shivery', 'rigors', 'spiking temperatures', 'temperature spikes',
    'feeling hot and cold', 'feel hot and cold', 'going hot and cold', 'hot and cold sweats', 'hot and cold spells', 'hot and shaky', 'shivery', 'feel shivery', 'feeling shivery', 'the shivers', 'shivering', 'hot and sweaty', 'burning up', 'running hot', 'chills', 'having chills', 'the chills', 'low-grade temps', 'low grade temps', 'temps at home', 'spiking temps', 'running a fever', 'running a temp', 'spiking fevers', 'night sweats and fevers',
    // A patient's words for fever and its rigors: "I have hot and cold, shaking", "boiling hot then freezing cold".
    // Not a bare "hot and cold": "hot and cold packs", "sensation to hot and cold intact".
    'hot to touch', 'hot to the touch', 'have hot and cold', 'had hot and cold', 'feels hot and cold', 'felt hot and cold', 'getting hot and cold', 'gets hot and cold', 'hot and cold at night', 'hot then cold', 'boiling hot then freezing cold', 'boiling then freezing', 'hot then freezing', 'feeling feverish', 'feel feverish',
    'low grade temp', 'low-grade temp', 'ran a temp', 'ran a low grade temp', 'had a temp', 'got a temp', 'spiking temps', 'the shakes', 'shaking chills',
    'shaking with cold', 'drenched at night', 'drenching sweats and fever',
    // "feels hot and can't stop shaking": shaking that will not stop beside feeling hot, a rigor in a caller's words.
    "feels hot and can't stop shaking", "feel hot and can't stop shaking", "felt hot and couldn't stop shaking", "hot and can't stop shaking", "hot and can't stop shivering",
    // "shaking like a leaf with cold one minute and roasting the next".
    'roasting the next', 'freezing one minute and roasting the next', 'feel hot and i shake', 'i feel hot and i shake', 'hot and i shake', 'cold one minute and roasting the next', 'cold one minute and boiling the next', 'shaking like a leaf']),
  asserts('risk', 'weight_loss', ['wt stable', 'weight stable', 'weight is stable', 'stable weight', 'weight steady', 'weight unchanged', 'no weight change'], { fixed: 'absent' }),
  // "sweating buckets at night and shaking", "'boiling hot then shaking under the duvet'".
  asserts('risk', 'fever', ['sweating buckets', 'boiling hot then shaking', 'boiling hot and shaking', 'boiling hot then freezing', 'hot then shaking', 'sweats and shakes', 'sweating and shaking']),
  asserts('risk', 'fever', ['afebrile', 'apyrexial', 'apyrexic', 'no temperature', 'no temp', 'no temps', 'no high temperature', 'no fevers or chills'], { fixed: 'absent' }),
  asserts('risk', 'weight_loss', [...joined(['lost', 'lost nearly', 'lost almost', 'lost about', 'dropped', 'dropped nearly'], ['two stone', 'three stone', 'a couple of stone', 'a stone and a half']),
    'dropped a stone', 'dropped nearly a stone', 'dropped half a stone', 'dropped almost a stone', 'lost a stone', 'lost nearly a stone',
    'lost half a stone', 'wasting away', 'new holes in his belt', 'new holes in her belt', 'new holes in my belt', 'new hole in his belt', 'new hole in my belt', 'extra holes in his belt', 'extra hole in my belt', 'clothes are looser', 'clothes looser', 'trousers are looser', 'jeans are looser', 'belt on the last notch', 'belt on last notch', 'jeans are loose', 'jeans that used to be tight are loose', 'clothes are loose',
    'clothes loose', 'trousers are loose', 'trousers loose', 'trousers are falling off', 'trousers falling off', 'belt has gone in', 'belt gone in', 'notches on belt', 'notches on my belt', 'much thinner', 'a lot thinner', 'lot thinner', 'clothes hanging off', 'clothes are hanging off', 'loads of weight', 'lots of weight', 'a stone down', 'stone down', 'half a stone down', 'weight loss', 'lost weight', 'losing weight', 'loss of weight', 'weight change', 'weight changes', 'unintentional weight loss', 'unexplained weight loss', 'unintended weight loss', 'weight has dropped', 'lost a lot of weight', 'wt loss', 'lost some weight', 'lost a bit of weight', 'lost appetite and some weight', 'lost appetite and weight',
    'lost a stone', 'lost about a stone', 'lost nearly a stone', 'lost over a stone', 'lost half a stone', 'lost about half a stone', 'lost nearly half a stone',
    'lost over half a stone', 'dropped a stone', 'dropped half a stone', 'clothes are hanging off', 'clothes hanging off me', 'clothes are falling off', 'lost two stone', 'lost stone', 'lost pounds', 'lost a few pounds', 'lost kilos', 'dropped a dress size',
    'dropped dress sizes', 'dropped two dress sizes', 'dropped 2 dress sizes', 'dropped 3 dress sizes', 'down two dress sizes', 'down 2 dress sizes',
    'trousers hanging off', 'trousers are hanging off', 'trousers keep falling down', 'trousers falling down', 'shirt collars are loose', 'collars are loose', 'gone down a dress size', 'clothes are loose', 'clothes feel loose', 'clothes hanging off',
    'trousers are loose', 'trousers falling down', 'trousers falling off', 'pants are loose', 'weight has gone down', 'weight is dropping',
    'trousers become loose', 'trousers became loose', 'clothes become loose', 'clothes became loose', 'clothes got loose',
    // "Daughter says mum has gone to nothing": wasted away, in British speech.
    'gone to nothing', 'has gone to nothing', 'had gone to nothing', 'going to nothing', 'gone to skin and bone', 'has gone to skin and bone', 'skin and bone', 'skin and bones', 'nothing left of her', 'nothing left of him',
    // "Weight down from 71 to 64 kg since the summer, not trying".
    'weight down from', 'wt down from',
    'dropped about a stone', 'dropped about half a stone', 'dropped a few pounds', 'new notches', 'two new notches', 'needed two new notches', 'needed a new notch',
    // "6 kg down in 2 months", "about 5 kg down since Christmas".
    ...Array.from({ length: 30 }, (_, n) => n + 1).flatMap((n) => [`${n} kg down`, `${n}kg down`, `${n} kilos down`, `${n} lbs down`, `${n} pounds down`, `${n} kg lighter`]),
  ]),
  // A mastectomy, with the treatment of a cancer beside it (not "mastectomies in 1968 for benign disease"): "R mastectomy + radiotherapy 2016, on letrozole".
  asserts('risk', 'cancer_history', ['mastectomy', 'mastectomies'], {
    historical: true,
    requires: ['radiotherapy', 'chemotherapy', 'chemo', 'tamoxifen', 'letrozole', 'anastrozole', 'exemestane', 'herceptin', 'trastuzumab', 'dcis', 'oncology', 'metastatic', 'mets', 'node', 'nodes', 'recurrence',
      // Followed up after it: "L mastectomy 2015, 'all clear' since".
      'clear', 'remission', 'surveillance'],
  }),
  // Hormone injections also given for fibroids or endometriosis count beside the prostate or breast: "still on Zoladex" (for his prostate).
  asserts('risk', 'cancer_history', ['zoladex', 'goserelin', 'leuprorelin', 'leuprolide', 'lupron', 'prostap'], { historical: true, requires: ['prostate', 'prostatic', 'breast', 'psa'] }),
  asserts('risk', 'cancer_history', [
    'cancer', 'cancers', 'carcinoma', 'carcinomas', 'malignancy', 'malignancies', 'malignant', 'metastasis', 'metastases', 'metastatic', 'mets', 'lymphoma', 'leukaemia', 'nhl', "non-hodgkin's", 'non-hodgkin', "hodgkin's", 'hodgkin', 'hodgkin disease', "hodgkin's disease", 'hodgkins disease', 'hodgkin lymphoma', "hodgkin's lymphoma", 'non-hodgkin lymphoma', "non-hodgkin's lymphoma",
    'leukemia', 'myeloma', 'multiple myeloma', 'sarcoma', 'melanoma', 'mesothelioma', 'prostate ca', 'breast ca', 'lung ca', 'bowel ca', 'colon ca', 'renal ca',
    'ca prostate', 'ca breast', 'ca lung', 'secondaries', 'bony secondaries', 'bone secondaries', 'adenocarcinoma', 'oncology patient', 'glioblastoma',
    // Lung cancer by its kind: "hx of NSCLC s/p lobectomy 2021"; a lymphoma by its: "DLBCL on R-CHOP".
    'nsclc', 'sclc', 'non-small cell lung cancer', 'small cell lung cancer', 'dlbcl',
    // An organ removed for a growth: "Had 'a kidney taken out for a growth' 2019".
    'taken out for a growth', 'removed for a growth', 'out for a growth', 'cut out for a growth',
    // "ca" for cancer after an organ, a history word or a form's label: "renal cell ca", "hx ca (breast 2016)", "Ca: breast 2014".
    'hx ca', 'h/o ca', 'hx of ca', 'history of ca', 'pmh ca', 'ca hx', 'ca history', 'previous ca', 'prev ca', 'past ca', 'known ca',
    ...['renal cell', 'kidney', 'thyroid', 'ovarian', 'cervical', 'bladder', 'stomach', 'gastric', 'oesophageal', 'esophageal', 'pancreatic', 'liver', 'skin',
      'uterine', 'endometrial', 'testicular', 'rectal', 'colorectal', 'head and neck', 'rcc'].map((organ) => `${organ} ca`),
    ...['breast', 'prostate', 'lung', 'bowel', 'colon', 'renal', 'kidney', 'thyroid', 'ovarian', 'melanoma', 'lymphoma', 'myeloma'].map((organ) => `ca : ${organ}`),
    // Hormone treatment given only for a prostate or breast cancer: "on enzalutamide", "hormone injections for his prostate".
    // A lump taken from the breast and then irradiated: "a lump removed from her left breast followed by radiotherapy".
    'lump removed from her breast followed by radiotherapy', 'lump removed from breast followed by radiotherapy', 'breast lump removed followed by radiotherapy',
    'spread to a lymph node', 'spread to lymph nodes', 'spread to the lymph nodes',
    // A tumour resected, of the bladder most often a cancer: "He had a bladder tumour resected in 2012".
    'bladder tumour resected', 'bladder tumor resected', 'turbt', 'resection of bladder tumour', 'resection of bladder tumor', 'tumour resected', 'tumor resected',
    'degarelix', 'enzalutamide', 'abiraterone', 'bicalutamide', 'casodex', 'tamoxifen', 'anastrozole', 'exemestane', 'hormone injections for his prostate', 'hormone injections for prostate', 'hormone injections for my prostate',
    'hormone treatment for his prostate', 'hormone treatment for prostate', "prostate 'dealt with'", 'prostate dealt with', 'radiotherapy to prostate', 'radiotherapy for prostate',
  ], { historical: true }),
  // "I can't feel myself down there when I pee": the saddle and the bladder's feeling both.
  asserts('sphincter', ['bladder_dysfunction', 'saddle_anesthesia'], ["can't feel myself down there when i pee", "can't feel myself down there when i wee", "can't feel anything down there when i pee"]),
  // Chemotherapy is given for a cancer (methotrexate alone is not: it is listed as a drug that suppresses immunity).
  asserts('risk', 'cancer_history', ['chemo', 'chemotherapy'], { historical: true }),
  asserts('risk', 'immunosuppression', [
    'immunosuppressed', 'immunosuppression', 'immunosuppressive', 'immunosuppressant', 'immunosuppressants', 'immunocompromised', 'immunocompromise',
    'immunosupp', 'immunosup', 'immunosuppr', 'immunosupression',
    // Not "chemo" alone: "last chemo 5 yrs ago" is a cancer's history, not a suppressed immunity now ("on chemo" is read apart).
    'immune suppression', 'hiv', 'transplant', 'organ transplant', 'lowers my immunity', 'lowers immunity', 'weakened immune system',
    'methotrexate', 'azathioprine', 'tacrolimus', 'ciclosporin', 'cyclosporine', 'mycophenolate', 'biologic therapy', 'biologics', 'anti-tnf',
    // Biologics and other drugs that suppress immunity, by name.
    'immune suppressing meds', 'immune suppressing medication', 'immune suppressing medications', 'immunosuppressive meds', 'immunosuppressive medication',
    'immunosuppressive medications', 'immunosuppressive drugs', 'immune suppressing drugs',
    'adalimumab', 'humira', 'infliximab', 'remicade', 'etanercept', 'enbrel', 'certolizumab', 'golimumab', 'rituximab', 'tocilizumab', 'ustekinumab',
    'vedolizumab', 'secukinumab', 'abatacept', 'tofacitinib', 'baricitinib', 'upadacitinib', 'leflunomide', 'sirolimus', 'everolimus', 'cyclophosphamide',
    // The same drugs by their brand names.
    'imuran', 'cellcept', 'prograf', 'neoral', 'sandimmune', 'arava', 'xeljanz', 'olumiant', 'rinvoq', 'stelara', 'cosentyx', 'entyvio', 'orencia', 'actemra', 'cimzia', 'simponi',
    // Disease-modifying drugs for multiple sclerosis that suppress immunity, and a pulse of intravenous steroid.
    'ocrelizumab', 'ocrevus', 'ofatumumab', 'natalizumab', 'tysabri', 'alemtuzumab', 'fingolimod', 'cladribine', 'iv methylpred', 'iv methylprednisolone',
    'intravenous methylprednisolone', 'pulsed methylprednisolone',
  ], { historical: true }),
  // "I don't use drugs": a plain denial answers the question about injecting; a plain "I use drugs" does not say injecting.
  asserts('risk', 'iv_drug_use', [
    "don't use drugs", "don't use any drugs", "don't take drugs", "don't take any drugs", "don't do drugs", 'never used drugs', 'never taken drugs',
    'never take drugs', 'never use drugs', 'no drug use', 'no recreational drugs', 'no recreational drug use', 'no illicit drugs', 'no illicit drug use',
    "haven't used drugs", "haven't taken drugs", "doesn't use drugs", "doesn't take drugs",
  ], { fixed: 'absent' }),
  // "I've been using again (injecting)": injecting beside a word for using drugs, not insulin.
  asserts('risk', 'iv_drug_use', ['using again (injecting)', 'using again, injecting', 'relapsed, injecting', 'back on heroin', 'injecting again',
    // "I was injecting up until about a month ago", "the spot where i inject on my arm is red".
    'was injecting', 'been injecting', 'last injected', 'she last injected', 'he last injected', 'i last injected', 'injecting up until', 'where i inject', 'spot where i inject', 'site where i inject', 'where he injects', 'where she injects']),
  asserts('risk', 'iv_drug_use', ['injecting in my groin', 'injecting in groin', 'injecting in her groin', 'injecting in his groin', 'still injecting', 'injecting most days', 'from shooting up', 'abscess from shooting up', 'used to inject, stopped, but had a slip', 'known to inject', 'inject into groin', 'injects into', 'pt injects', 'patient injects', 'states pt injects', 'injects heroin', 'injects drugs', 'injects into groin', 'currently injecting', 'injects daily', 'injecting daily', 'spoon and needle', 'injecting (mainly', 'still injects', 'inject meth', 'injects meth', 'injecting meth', 'injected meth', 'inject cocaine', 'injecting cocaine', 'inject speed', 'injecting speed', 'shooting meth', 'shoot meth', 'injecting into groin', 'injecting into his groin', 'injecting into her groin', 'injects into groin', 'last hit', 'been injecting again', 'injecting again', 'started injecting again', 'been injecting', 'injecting drugs', 'injecting heroin', 'drugs with needle', 'drugs with a needle', 'use needles', 'used needles', "i've been shooting up", 'i have been shooting up', 'i was shooting up', 'was shooting up', "i'm shooting up", "he's been shooting up", "she's been shooting up", 'i shot up', 'i shoot up', 'shoot up heroin', 'shot up heroin', 'injected drugs', 'injected heroin', 'inject heroin', 'ivdu', 'ivda', 'iv drug use', 'iv drug user', 'iv drug abuse', 'intravenous drug use', 'intravenous drug user', 'intravenous drug abuse', 'injecting drug use', 'injecting drug user', 'injection drug use', 'injects drugs', 'inject drugs', 'injecting drugs', 'heroin', 'pwid', 'injects heroin'], { historical: true }),
  asserts('risk', 'trauma', [
    'trauma', 'fall', 'falls', 'fell', 'fallen', 'fall from height', 'rta', 'mva', 'mvc', 'motor vehicle accident', 'motor vehicle collision', 'road traffic accident',
    'road traffic collision', 'head-on collision', 'head on collision', 'airbag deployed', 'airbags deployed', 'car accident', 'car crash', 'injury', 'injuries', 'injured', 'hit by', 'landed on', 'landed hard', 'crush injury', 'assaulted',
    'struck by', 'motorcycle accident', 'bike accident', 'motorcycle crash', 'thrown off', 'accident with motorbike', 'motorbike accident', 'motorbike crash', 'accident at work',
    'work accident', 'after tripping', 'falling off', 'after falling', 'car wreck', 'wreck', 'rear-ended', 'rear ended', 'fender bender', 'crashed',
    'knocked off', 'thrown from', 'slipped', 'slipped and fell', 'tripped and fell', 'tripped over and fell', 'work-related injury', 'work injury', 'lifting injury',
    // A collision as a handover writes it, and a fall found afterwards: "Motorcyclist vs car approx 40mph", "found on the floor".
    'landed heavily', 'landed heavily on', 'landed flat on', 'car rolled', 'rolled at speed', 'rollover', 'roll-over', 'came off my bike', 'came off the bike', 'came off my motorbike', 'came off on', 'came off at', 'came off his bike', 'came off her bike', 'motorcyclist v car', 'cyclist v car', 'pedestrian v car', 'v car', 'rugby tackle', 'tackled', 'kicked by', 'crushed by', 'trampled', 'motorcyclist vs car', 'cyclist vs car', 'pedestrian vs car', 'motorcyclist vs', 'cyclist vs', 'pedestrian vs', 'vs car', 'found on floor', 'long lie',
    // The night of a fall is no night pain: "after a fall overnight", "possibly there overnight".
    'fall overnight', 'fell overnight', 'on floor overnight', 'there overnight',
  ]),
  // A fall onto the bottom, which is trauma only for fragile bones (triage-policy.md: "minor trauma with osteoporosis"); the
  // extractor keeps it only where the text names them or the patient is old (see MINOR_FALLS).
  asserts('risk', 'trauma', MINOR_FALLS),
  // "RTC" is also "return to clinic": a collision only beside the words of one.
  asserts('risk', 'trauma', ['rtc'], { requires: ['collision', 'car', 'driver', 'passenger', 'vehicle', 'hit', 'speed', 'seatbelt', 'airbag', 'mph', 'injury', 'injured', 'motorway', 'cyclist', 'pedestrian'] }),
  // Long-term steroids suppress immunity as well as thinning bone.
  asserts('risk', 'immunosuppression', ['on steroids for', 'long-term steroids', 'long term steroids', 'long-term pred', 'long term pred', 'chronic steroid use', 'steroids for',
    // Taken for a while, not a course planned or a cream: "on prednisone for the last 6 months", not "prednisone for 4 weeks" in a plan.
    'prednisolone tablets for', 'prednisone tablets for', 'steroid tablets for', 'on prednisolone for', 'on prednisone for', 'on pred for', 'been on prednisolone',
    'been on prednisone', 'been on pred', 'been on steroids', 'long-term oral pred', 'long term oral pred', 'long-term oral prednisolone', 'long-term oral steroids', 'long-term prednisolone', 'long term prednisolone', 'long-term prednisone',
    'long term prednisone', 'on long-term pred', 'on long term pred'], { historical: true }),
  // A steroid with its dose, taken for a disease treated for long or since a date: "Pred 20mg od for 2 yrs (PMR)", "on pred 20mg since jan".
  asserts('risk', 'immunosuppression', ['pred', 'prednisolone', 'prednisone', 'dexamethasone'], {
    historical: true,
    // Not a giant cell arteritis just diagnosed: "Prednisone 80 mg qd for 2 days" is a course begun, not a suppressed immunity.
    requires: ['pmr', 'polymyalgia', 'vasculitis', 'lupus', 'sle', 'long-term', 'maintenance', 'chronic', 'chronically', 'long'],
  }),
  asserts('risk', 'immunosuppression', ['on pred', 'on prednisolone', 'on prednisone', 'on dexamethasone'], { historical: true, requires: ['since'] }),
  // "I take the prednisolone 10mg every day for my lungs since 4 years": long-term steroids, which thin the bones too.
  asserts('risk', ['immunosuppression', 'osteoporosis'], joined(['take', 'taking', 'takes'], ['pred', 'prednisolone', 'prednisone', 'steroids']), { historical: true, requires: ['since'] }),
  // Chemotherapy begun is chemotherapy under way: "Started VCD chemotherapy and zoledronate".
  asserts('risk', ['immunosuppression', 'cancer_history'], [...joined(['started', 'starting', 'commenced', 'began', 'begun', 'start'], ['chemo', 'chemotherapy'])]),
  // Chemotherapy under way suppresses immunity: "Currently cycle 3 FOLFOX", "on chemo" (not "ex-chemo, finished 2021").
  asserts('risk', 'immunosuppression', [...joined(['cycle 1', 'cycle 2', 'cycle 3', 'cycle 4', 'cycle 5', 'cycle 6'], ['of chemo', 'of chemotherapy']), 'lenalidomide', 'pomalidomide', 'thalidomide', 'bortezomib', 'rituximab', 'folfox', 'folfiri', 'capox', 'xelox', 'r-chop', 'abvd', 
    'maintenance chemotherapy', 'maintenance chemo', 'started chemotherapy', 'started chemo', 'vrd', 'carboplatin', 'cisplatin', 'oxaliplatin', 'pemetrexed', 'docetaxel',
    'paclitaxel', 'gemcitabine', 'doxorubicin', 'vincristine', 'etoposide', 'irinotecan',
    'having chemo', 'having chemotherapy', 'getting chemo', 'currently getting chemo', 'getting chemotherapy', 'in chemotherapy', 'in chemo', 'on palliative chemo', 'on palliative chemotherapy', 'palliative chemo',
    'palliative chemotherapy', 'on r-chop', 'on folfox', 'on abvd', 'receiving chemotherapy', 'undergoing chemotherapy', 'mid-chemo', 'mid chemo',
    // A cycle given days ago: "last chemo cycle 5/7 ago"; oral chemotherapy taken now.
    'last chemo cycle', 'last chemotherapy cycle', 'chemo cycle', 'capecitabine', 'on capecitabine', 'temozolomide',
    // "I'm in the middle of chemo for lymphoma", "I have the chemotherapy".
    'in the middle of chemo', 'in the middle of chemotherapy', 'middle of chemo', 'have the chemotherapy', 'have chemotherapy', 'have chemo', 'i have the chemo', 'doing chemo', 'going through chemo', 'going through chemotherapy',
  ]),
  // Chemotherapy or steroids taken now, whatever heading they stand under: "Hx myeloma on chemo (last cycle 10 days ago)", "on dex too".
  asserts('risk', 'immunosuppression', ['on dex', 'on dex too', 'vtd', 'vtd chemotherapy', 'on chemo', 'on chemotherapy', 'currently on chemo', 'currently on chemotherapy'], { historical: true }),
  asserts('risk', 'osteoporosis', ['on steroids for', 'osteoporosis', 'osteoporotic', 'osteopenia', 'osteopenic', 'long-term steroids', 'long term steroids', 'long-term corticosteroids', 'oral steroids', 'oral corticosteroids', 'prednisone', 'prednisolone', 'pred', 'steroid tablets', 'corticosteroids', 'on steroids', 'steroid use', 'chronic steroid use', 'dexamethasone',
    'brittle bones', 'thin bones', 'long-term oral pred', 'long term oral pred', 'long-term oral prednisolone', 'long term oral prednisolone', 'long-term prednisolone',
    'long term prednisolone', 'long-term prednisone', 'long term prednisone', 'long-term pred', 'long term pred', 'on long-term pred', 'on long term pred',
    // The same words that name the steroid's purpose, which are read for immunosuppression too.
    'prednisolone tablets for', 'prednisone tablets for', 'steroid tablets for', 'on prednisolone for', 'on prednisone for', 'on pred for', 'been on prednisolone',
    'been on prednisone', 'been on pred', 'been on steroids',
    // Drugs given only for osteoporosis: a bisphosphonate or denosumab on a drug list.
    'alendronic acid', 'alendronate', 'risedronate', 'ibandronate', 'ibandronic acid', 'zoledronic acid', 'fosamax', 'denosumab', 'prolia'], { historical: true }),
  asserts('risk', 'diabetes', ['diabetes', 'diabetic', 'dm', 't2dm', 't1dm', 'iddm', 'niddm', 'type 2 diabetes', 'type 1 diabetes', 'diabetes mellitus', 'type ii diabetes', 'dm2', 'insulin dependent', 'on insulin', 'metformin'], { historical: true }),
  asserts('risk', 'diabetes', ['non-diabetic', 'nondiabetic', 'non diabetic'], { fixed: 'absent', historical: true }),
  asserts('risk', 'smoking', ['smoker', 'smokers', 'smoke', 'smokes', 'smoking', 'smoked', 'cigarettes', 'cigarette', 'pack years', 'pack year', 'pack-year', 'pack-years', 'tobacco', 'tobacco use', 'ex-smoker', 'ex smoker'], { historical: true }),
  asserts('risk', 'smoking', ['non-smoker', 'nonsmoker', 'non smoker', 'never smoked', 'never smoker', 'never a smoker', 'lifelong non-smoker'], { fixed: 'absent', historical: true }),
  // "PAD – claudication at 100m": peripheral arterial disease, not a pad.
  asserts('risk', 'vascular_disease', ['pad'], { historical: true, requires: ['claudication', 'claudicant', 'pulses', 'pulse', 'arterial', 'abi', 'vascular', 'calf', 'calves', 'smoker', 'stent', 'bypass'] }),
  asserts('risk', 'vascular_disease', ['aaa', 'abdominal aortic aneurysm', 'aortic aneurysm'], { historical: true }),
  // "Neuro intact", "no neurological deficit": the legs' power and feeling are normal.
  asserts('motor', ['weakness', 'sensory_loss'], [
    'neuro intact', 'neurologically intact', 'neurology intact', 'no neuro deficit', 'no neuro deficits', 'no neurological deficit', 'no neurological deficits',
    'neuro exam normal', 'neurological examination normal', 'neurological exam normal', 'neurological examination was normal', 'normal neurological examination',
    'normal neuro exam', 'neuro nad', 'no focal neurological deficit', 'no focal neurological deficits', 'no focal neuro deficit',
  ], { fixed: 'absent' }),
  asserts('risk', 'vascular_disease', [
    'pvd', 'peripheral vascular disease', 'peripheral arterial disease', 'peripheral artery disease', 'arterial disease', 'cad', 'coronary artery disease',
    'coronary disease', 'ihd', 'ischaemic heart disease', 'ischemic heart disease', 'heart attack', 'heart attacks', 'myocardial infarction', 'mi', 'stroke',
    'strokes', 'cva', 'tia', 'tias', 'angina', 'vascular disease', 'atherosclerosis', 'atherosclerotic', 'arteriosclerosis', 'aortoiliac disease',
    'aorto-iliac disease', 'leriche syndrome', 'arterial occlusion', 'arterial stenosis', 'cabg', 'coronary bypass', 'cerebrovascular disease',
  ], { historical: true }),
  asserts('risk', 'previous_spine_surgery', [
    'back surgery', 'spine surgery', 'spinal surgery', 'lumbar surgery', 'back operation', 'spinal operation', 'operation on back', 'operation on spine',
    'laminectomy', 'hemilaminectomy', 'laminotomy', 'discectomy', 'microdiscectomy', 'micro-discectomy', 'spinal fusion', 'lumbar fusion', 'spinal decompression',
    'lumbar decompression', 'decompression surgery', 'back op', 'fusion surgery', 'direct repair', 'operation to repair', 'disc surgery', 'disc operation',
    'discectomies', 'microdiscectomies', 'laminectomies', 'operation in back', 'surgery on back', 'l4/5 fusion', 'l5/s1 fusion', 'l4-5 fusion',
    'l5-s1 fusion', 'l4/5 discectomy', 'l5/s1 discectomy', 'l4-5 discectomy', 'l5-s1 discectomy', 'l4/5 decompression', 'l4-5 decompression',
  ], { historical: true, needsHistory: true }),
];
