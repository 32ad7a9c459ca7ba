/**
 * Where things are: body sites for pain and sensory words (the back, the leg
 * with its regions of spec/case-format.md, the saddle area, the groin),
 * sides, and dermatome statements ("L5 distribution").
 */
import { ROOTS, type Region, type Root } from '../../knowledge/vocabulary.js';
import type { LexiconEntry } from './types.js';

const back = (phrases: readonly string[]): LexiconEntry => ({ phrases, concept: { kind: 'site', site: 'back', regions: [] } });
const leg = (regions: readonly Region[], phrases: readonly string[], extra: { plural?: true; weak?: true } = {}): LexiconEntry => ({
  phrases,
  concept: { kind: 'site', site: 'leg', regions, ...extra },
});
const saddle = (phrases: readonly string[], extra: { weak?: true } = {}): LexiconEntry => ({ phrases, concept: { kind: 'site', site: 'saddle', regions: [], ...extra } });

export const SITES: readonly LexiconEntry[] = [
  back([
    'back', "back's", 'lower back', 'low back', 'lumbar', 'lumbar spine', 'lumbar region', 'lumbosacral', 'lumbosacral region', 'lumbosacral spine', 'l-spine', 'lumbar area',
    'coccyx', 'tailbone', 'sacroiliac', 'sacroiliac joint', 'si joint', 'mid back', 'middle back', 'upper back', 'thoracolumbar', 'spine', 'lower spine', 'sacrum',
    'sacral area', 'loin',
    // The spine by its landmarks: "midline pain T12/L1", "tenderness over L3 spinous process".
    'midline', 'spinous process', 'spinous processes', 'paraspinal', 'paraspinals', 'paravertebral',
  ]),
  // Generic leg words: a side, but no region.
  leg([], ['leg', "leg's", 'limb', 'lower limb', 'lower extremity', 'le', 'lower leg', 'thigh', 'shin', 'extremity', 'lle', 'rle']),
  // "my left leg got weak, then the right one too"
  leg([], ['right one', 'left one', 'other one', 'other leg', 'other side', 'right too', 'left too']),
  leg([], ['legs', 'lower limbs', 'lower extremities', 'les', 'll', 'lls', 'ble', 'bles', 'bilateral lower extremities', 'both legs', 'thighs', 'shins', 'limbs', 'extremities'], { plural: true }),
  leg(['buttock'], ['buttock', 'gluteal', 'gluteal region', 'glute', 'glutes', 'posterior hip', 'back of hip', 'bum', 'backside', 'sciatic notch', 'gluteal area', 'butt', 'butt cheek', 'bum cheek', 'buttcheek']),
  leg(['buttock'], ['buttocks', 'butt cheeks', 'bum cheeks', 'buttcheeks'], { plural: true }),
  leg(['anterior_thigh'], ['anterior mid thigh', 'anterior mid-thigh', 'front of thigh', 'anterior thigh', 'front thigh', 'anterior aspect of thigh', 'anterior thighs', 'front of thighs']),
  leg(['anterior_thigh', 'lateral_thigh'], ['anterolateral thigh', 'anterolateral thighs', 'front and outside of thigh', 'front and side of thigh']),
  leg(['anterior_thigh', 'medial_thigh'], ['anteromedial thigh', 'front and inside of thigh']),
  leg(['posterior_thigh', 'lateral_thigh'], ['back and outside of thigh', 'back and side of thigh', 'back and outer thigh', 'posterolateral thigh', 'back and outside of thighs']),
  leg(['posterior_thigh', 'lateral_thigh', 'calf', 'lateral_leg'], ['back and outside of leg', 'back and side of leg', 'posterolateral leg', 'back and outside of legs']),
  leg(['lateral_thigh'], ['lateral mid thigh', 'lateral mid-thigh', 'outer mid thigh', 'outer thigh', 'outside of thigh', 'lateral thigh', 'side of thigh', 'lateral aspect of thigh', 'outer side of thigh', 'lateral thighs']),
  leg(['medial_thigh'], ['inner thigh', 'inside of thigh', 'medial thigh', 'medial aspect of thigh', 'inner thighs']),
  // The hollow behind the knee belongs with the back of the thigh (S2), not with the front of the knee (L3/L4); a joint's place, so weak.
  leg(['posterior_thigh'], ['back of knee', 'behind knee', 'back of knees', 'behind knees', 'hollow of knee', 'popliteal fossa'], { weak: true }),
  leg(['posterior_thigh'], ['back of thigh', 'posterior thigh', 'posterior aspect of thigh', 'hamstring area', 'back of thighs', 'posterior thighs', 'backs of thighs']),
  leg(['posterior_thigh', 'calf'], ['back of leg', 'posterior leg', 'backs of legs', 'back of legs', 'posterior aspect of leg', 'posterior lower extremity']),
  leg(['lateral_thigh', 'lateral_leg'], ['side of leg', 'outside of leg', 'lateral leg', 'lateral aspect of leg', 'outer leg', 'lateral lower extremity']),
  leg(['knee'], ['knee', 'front of knee', 'kneecap', 'patella', 'patellar region', 'over kneecap'], { weak: true }),
  leg(['knee'], ['knees'], { plural: true, weak: true }),
  leg(['medial_leg'], ['inner shin', 'medial shin', 'inner lower leg', 'medial lower leg', 'medial leg', 'inner ankle', 'medial ankle', 'medial malleolus', 'inside of lower leg', 'inside of shin', 'inner calf', 'medial calf', 'inner side of leg', 'inner leg']),
  leg(['lateral_leg'], ['outer shin', 'outside of shin', 'lateral shin', 'outside of lower leg', 'lateral lower leg', 'lateral calf', 'outer calf', 'anterolateral leg', 'anterolateral lower leg', 'front of shin', 'anterior shin', 'outer lower leg', 'lateral aspect of lower leg', 'anterolateral shin', 'side of calf', 'outside of calf',
    // The outer ankle ends the outer shin, as the inner ankle ends the inner shin (medial_leg).
    'outside of ankle', 'outer ankle', 'lateral ankle', 'lateral malleolus', 'outer side of ankle', 'outside ankle', 'bone on outside of ankle']),
  leg(['calf'], ['calf', 'back of calf', 'posterior calf', 'calf muscle']),
  leg(['calf'], ['calves'], { plural: true }),
  leg([], ['foot', 'ankle', 'toe', 'toes', 'hip', 'forefoot'], { weak: true }),
  leg([], ['feet', 'ankles', 'hips'], { plural: true, weak: true }),
  leg(['dorsum_foot'], ['top of foot', 'dorsum of foot', 'dorsum foot', 'dorsal foot', 'dorsum', 'dorsal aspect of foot', 'instep', 'first web space', 'web space', 'between big toe and second toe', 'between big toe and next toe', 'between first and second toes', 'dorsum of feet', 'tops of feet', 'top of feet'], { weak: true }),
  leg(['big_toe'], ['big toe', 'great toe', 'hallux', 'first toe', 'big toes', 'great toes'], { weak: true }),
  leg(['sole'], ['sole', 'sole of foot', 'bottom of foot', 'underside of foot', 'plantar foot', 'plantar aspect of foot', 'soles', 'soles of feet', 'ball of foot', 'balls of feet',
    'under foot', 'underneath foot', 'bottom of feet', 'underside of feet', 'arch of foot', 'arch'], { weak: true }),
  leg(['lateral_foot'], ['outside of foot', 'outer foot', 'outer edge of foot', 'outer border of foot', 'lateral foot', 'lateral border of foot', 'lateral aspect of foot', 'little toe', 'small toe', 'fifth toe', '5th toe', 'lateral edge of foot', 'outside edge of foot', 'side of foot',
    'little toe side of foot', 'little-toe side of foot', 'pinky toe', 'outer toes', 'outer two toes', 'little toes'], { weak: true }),
  leg(['heel'], ['heel', 'heels', 'back of heel', 'back of heels', 'back of ankle', 'back of ankles', 'achilles area', 'behind ankle'], { weak: true }),
  saddle([
    'saddle', 'saddle area', 'saddle region', 'perineum', 'perineal area', 'perineal region', 'perianal area', 'perianal region', 'perianal', 'perineal',
    'around bottom', 'around anus', 'around back passage', 'back passage', 'between legs', 'genitals', 'genital area', 'genital region', 'bottom',
    // A patient's word for the genitals and saddle: "it feels numb down there".
    'down there', 'down below',
    'private parts', 'groin and bottom', 'genital', 'anus', 'rectum', 'buttock crease', 'inner buttocks', 'perirectal',
    // The saddle in a patient's words, British and American.
    'crotch', 'privates', 'private', 'private area', 'lady bits', 'lady parts', 'fanny', 'nether regions', 'around bum', 'round bum', 'round bottom', 'round back passage', 'bum crack', 'butt crack', 'between buttocks', 'between butt cheeks', 'between bum cheeks', 'inner butt cheeks', 'inner bum cheeks',
    'inside of butt cheeks', 'inside of bum cheeks', 'inner cheeks of bottom', 'inner cheeks of butt', 'taint', 'taint area', 'gooch', 'junk',
    'private part', 'front passage', 'around front passage', 'sitting on the toilet', 'sitting on toilet', 'round bits', 'around bits', 'private bits', 'bits', 'tailbone area', 'around tailbone', 'around my tailbone', 's3-5', 's3 - 5', 's3-s5', 's3 - s5', 's2-4', 's2-s4', 's3/4/5', 'sacral dermatomes', 'where i sit', 'place where i sit', 'part i sit on', 'bit i sit on', 'toilet seat', 'on toilet seat',
    'when i sit on toilet', 'when i sit on toilet seat', 'when i sit on loo',
    // Where a patient notices saddle numbness: "numb when I wipe".
    'when i wipe', 'when wiping', 'on wiping', 'after wiping', 'when i wipe myself', 'when i wiped', 'when she wipes', 'when he wipes', 'when she wiped',
    'when he wiped', 'when they wipe', 'when you wipe', "when she's wiping", "when he's wiping", "when i'm wiping", 'toilet paper', 'paper when i wipe', 'paper when wiping',
    // The saddle by what sits on it: "numb where you sit on a bike seat", "like I'm sat on a bike saddle".
    "where you'd sit", 'where you would sit', 'where you sit on a horse', "where you'd sit on a horse", 'sit on a horse', 'horse saddle',
    // "I feel my sex area is without feeling", "can't feel the loo paper".
    'sex area', 'sex parts', 'sexual area', 'sexual parts', 'around my rear', 'around rear', 'undercarriage', 'loo paper', 'loo roll', 'toilet roll', 'bog roll',
    'where you sit', 'place where you sit', 'where you sit on the bicycle', 'where you sit on a bicycle', 'where you sit on a bike', 'where you sit on bike', 'bike seat', 'bike saddle', 'bicycle seat', 'bicycle saddle',
    // Both buttocks with the inner thighs, or the inner thighs into the perineum, are the saddle's distribution.
    'both buttocks and inner thighs', 'buttocks and inner thighs', 'inner thighs and buttocks', 'inner thighs and perineum', 'inner thighs and bottom',
  ]),
  // Organs of the saddle: numb there is saddle anaesthesia ("my penis is numb"), but "penis normal" is an inspection, not its feeling.
  saddle(['vagina', 'vaginal area', 'vulva', 'labia', 'penis', 'scrotum', 'testicles', 'testes', 'willy'], { weak: true }),
  // Other places, so that lists such as "back and neck pain" read through them; pain there is no finding.
  {
    phrases: ['neck', 'face', 'facial', 'lip', 'lips', 'tongue', 'cheek', 'shoulder', 'shoulders', 'arm', 'arms', 'hand', 'hands', 'wrist', 'wrists', 'elbow', 'elbows', 'finger', 'fingers', 'chest', 'abdomen', 'abdominal', 'head', 'jaw', 'flank', 'upper extremity', 'upper extremities', 'upper limb', 'upper limbs', 'cervical', 'cervical spine', 'thoracic spine', 'stomach', 'belly', 'pelvis', 'pelvic',
      // Cervical levels and roots: "C5-C6 disc herniation with left radiculopathy" is about the arm.
      'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8',
      // The arms of an examination: "reflexes 2/2 BUE", "2+ at the biceps".
      'bue', 'rue', 'lue', 'ue', 'ues', 'biceps', 'triceps', 'brachioradialis', 'brachial radialis', 'deltoid', 'deltoids'],
    concept: { kind: 'site', site: 'other', regions: [] },
  },
  { phrases: ['groin', 'inguinal', 'groin area', 'inguinal region', 'groins'], concept: { kind: 'site', site: 'groin', regions: ['groin'] } },
];

export const SIDES: readonly LexiconEntry[] = [
  // "LLE", "RLE": the left or right lower extremity, a side and a leg in one word (the leg is in SITES).
  { phrases: ['left', 'lt', 'l', 'left-sided', 'left sided', 'lhs', 'left side', 'lle'], concept: { kind: 'side', side: 'left' } },
  { phrases: ['right', 'rt', 'r', 'right-sided', 'right sided', 'rhs', 'right side', 'rle'], concept: { kind: 'side', side: 'right' } },
  {
    phrases: ['both', 'neither', 'bilateral', 'bilaterally', 'bilat', 'b/l', 'both sides', 'either side', 'each side', 'both left and right', 'left and right', 'right and left', 'l and r', 'r and l', 'lt and rt', 'rt and lt', 'l + r', 'r + l', 'both l and r', 'l>r', 'r>l', 'l > r', 'r > l', 'left greater than right', 'right greater than left', 'left more than right', 'right more than left', 'left worse than right', 'right worse than left', 'all four extremities', 'all 4 extremities'],
    concept: { kind: 'side', side: 'both' },
  },
];

/** The regions a patient can point to for each root's dermatome (clinical/reference.md §1.1, R6 R7 R8). */
export const DERMATOME_REGIONS: Readonly<Record<Root, readonly Region[]>> = {
  L1: ['groin'],
  L2: ['anterior_thigh', 'medial_thigh'],
  L3: ['anterior_thigh', 'medial_thigh', 'knee'],
  L4: ['medial_leg'],
  L5: ['lateral_leg', 'dorsum_foot', 'big_toe'],
  S1: ['lateral_foot', 'heel', 'sole', 'calf'],
  S2: ['posterior_thigh'],
};

const DERMATOME_WORDS = ['distribution', 'dermatome', 'dermatomal', 'pattern', 'dermatomal distribution', 'territory', 'dermatomal pattern', 'nerve root distribution', 'root distribution'];
const RADICULAR_WORDS = ['radiculopathy', 'radicular pain', 'radiculitis', 'sciatica', 'radicular symptoms', 'nerve root pain', 'root pain'];

export const DERMATOMES: readonly LexiconEntry[] = ROOTS.flatMap((root) => {
  const name = root.toLowerCase();
  return [
    { phrases: DERMATOME_WORDS.map((w) => `${name} ${w}`), concept: { kind: 'dermatome', regions: DERMATOME_REGIONS[root] } } satisfies LexiconEntry,
    { phrases: RADICULAR_WORDS.map((w) => `${name} ${w}`), concept: { kind: 'dermatome', regions: DERMATOME_REGIONS[root] } } satisfies LexiconEntry,
    // "L5 radiculopathy" is also a pain word that implies the leg.
    { phrases: RADICULAR_WORDS.map((w) => `${name} ${w}`), concept: { kind: 'pain', impliesLeg: true } } satisfies LexiconEntry,
  ];
});
