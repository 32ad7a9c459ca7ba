/**
 * How patients retell an examination and their own story: a test, then what
 * each side did; lay words for the reflex hammer; onset, age and duration as
 * people say them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/text/index.js';

const items = (text: string, finding: string): { status: string; side?: string; movement?: string }[] =>
  extract(text)
    .evidence.filter((e) => e.finding === finding)
    .map((e) => ({ status: e.status, ...(e.side && { side: e.side }), ...(e.movement && { movement: e.movement }) }));

describe('a test, then one result per side', () => {
  it.each([
    "When the doctor asked me to stand up from a chair on one leg, I couldn't manage it on the left, but on the right it was no problem.",
    'She asked me to stand up from a chair on one leg: I could not do it on the left, and on the right it was fine.',
    'The physio had me get up from a chair on one leg; on the left I was unable to, on the right no problem.',
  ])('%s → knee extension weak on the left only', (text) => {
    expect(items(text, 'weakness')).toEqual([
      { status: 'present', side: 'left', movement: 'knee_extension' },
      { status: 'absent', side: 'right', movement: 'knee_extension' },
    ]);
  });

  it.each([
    "When the doctor tapped below my knees, the right leg jerked normally and the left didn't move at all.",
    'The doctor tapped just below my knees: the right kicked normally, the left did nothing.',
    "He tapped my kneecaps with a hammer; the right leg jerked normally and the left didn't move at all.",
  ])('%s → knee reflex reduced on the left', (text) => {
    const found = items(text, 'knee_reflex_reduced');
    expect(found).toContainEqual({ status: 'present', side: 'left' });
    expect(found).not.toContainEqual({ status: 'present', side: 'right' });
  });

  it.each([
    ["The doctor tapped the back of my ankles: nothing on the right, the left was normal.", 'right', 'left'],
    ["When she tapped my Achilles tendons the left foot didn't move and the right was fine.", 'left', 'right'],
  ])('%s → ankle reflex reduced on the %s', (text, reduced, normal) => {
    expect(items(text, 'ankle_reflex_reduced')).toEqual(
      expect.arrayContaining([
        { status: 'present', side: reduced },
        { status: 'absent', side: normal },
      ]),
    );
  });

  it('a result that is another finding is not the test\'s: "tapped my knees, the left leg is numb"', () => {
    const text = 'The doctor tapped my knees, and my left leg is numb.';
    expect(items(text, 'knee_reflex_reduced')).toEqual([]);
    expect(items(text, 'numbness')).toEqual([{ status: 'present', side: 'left' }]);
  });

  it('a test with no sided result gives nothing', () => {
    expect(items('The doctor tapped my knees with a little hammer.', 'knee_reflex_reduced')).toEqual([]);
    expect(items('She asked me to stand up from a chair, then to walk.', 'weakness')).toEqual([]);
  });

  it('the sides of the results are not read as legs declared well', () => {
    expect(items("When the doctor tapped below my knees, the right leg was fine and the left didn't move.", 'leg_pain')).toEqual([]);
  });
});

describe('the story as a patient tells it', () => {
  it.each([
    'For two months my lower back pain has been getting steadily worse.',
    'My back pain has been steadily worsening since the spring.',
    'The pain in my left leg came on bit by bit over the summer.',
    'Little by little my back pain got worse.',
  ])('%s → gradual onset', (text) => {
    expect(extract(text).onset).toBe('gradual');
  });

  it('a steady worsening keeps its trend', () => {
    expect(extract('For two months my lower back pain has been getting steadily worse.').evidence[0]).toMatchObject({ finding: 'back_pain', trend: 'worsening' });
  });

  it.each([
    ["I'm a retired railway worker, 82. I've got bad lumbago.", 82],
    ["I'm a builder, 45, and my back hurts.", 45],
    ['I am an ex-miner, 71.', 71],
    ["I'm a mum of three, 41, with back pain.", 41],
  ])('%s → age %i', (text, age) => {
    expect(extract(text).age).toBe(age);
  });

  it.each(["I'm in pain, 8, out of 10.", "I'm a mum of 3, 4 and 6.", "I'm on my feet all day, 12 hours a day."])('%s → no age', (text) => {
    expect(extract(text).age).toBeUndefined();
  });

  it.each([
    ["My back has hurt for two weeks and I'm going to the toilet every three or four hours.", 14],
    ['Back pain for 3 weeks, voiding every 2-3 hours.', 21],
  ])('a frequency range is not a duration: %s', (text, days) => {
    expect(extract(text).durationDays).toBe(days);
  });

  it.each([
    'A week ago I helped a friend move house and woke up the next day with low back pain.',
    'I lifted my son and felt a pain in my lower back.',
    'I told my wife my back pain is worse.',
  ])('a person the patient acted on does not own the findings: %s', (text) => {
    expect(extract(text).evidence.find((e) => e.finding === 'back_pain')?.status).toBe('present');
  });

  it.each(['I think my mother has sciatica.', 'I have a family history of cancer.', 'My dad had back surgery and I worry about it.'])('the other person still owns: %s', (text) => {
    expect(extract(text).evidence).toEqual([]);
  });
});

describe('a place as the subject of its own statement', () => {
  const brief = (text: string): [string, string, string | undefined][] => extract(text).evidence.map((e) => [e.finding, e.status, e.side]);

  it.each([
    ["My back doesn't hurt.", [['back_pain', 'absent', undefined]]],
    ["My back itself doesn't actually hurt.", [['back_pain', 'absent', undefined]]],
    ["My legs aren't weak.", [['weakness', 'absent', 'both']]],
    ["The pain stays in my back, my legs aren't weak.", [['back_pain', 'present', undefined], ['weakness', 'absent', 'both']]],
    ['The pain stays in my back and my legs feel normal.', [['back_pain', 'present', undefined], ['leg_pain', 'absent', 'both']]],
    ['My lower back hurts terribly and both my legs feel numb.', [['back_pain', 'present', undefined], ['numbness', 'present', 'both']]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('a list of places still belongs to its pain: "pain radiating to my buttock and leg with numbness"', () => {
    expect(brief('Pain radiating to my buttock and leg with numbness.')).toContainEqual(['leg_pain', 'present', undefined]);
  });

  it('"gone" before a finding is a change for the worse, after one a resolution', () => {
    expect(brief('My lower back is very painful and both my legs have gone weak.')).toEqual([
      ['back_pain', 'present', undefined],
      ['weakness', 'present', 'both'],
    ]);
    expect(brief('Since yesterday both my legs have gone numb.')).toEqual([['numbness', 'present', 'both']]);
    expect(brief('The numbness has gone.')).toEqual([['numbness', 'absent', undefined]]);
  });

  it('a consequence after ", so" is not under the negation before it', () => {
    const text = "I can't lift the front of either foot at all, so my feet just flop down.";
    expect(extract(text).evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ finding: 'weakness', status: 'present', side: 'both', movement: 'ankle_dorsiflexion' }),
        expect.objectContaining({ finding: 'foot_drop', status: 'present' }),
      ]),
    );
  });

  it('"numb from top to bottom" is not the saddle; "wet myself without feeling it" is no leg sensory loss; a near fall is no injury', () => {
    expect(brief('Both of my legs have gone numb from top to bottom.')).toEqual([['numbness', 'present', 'both']]);
    expect(brief("I've wet myself without feeling it.").map(([f]) => f)).toEqual(['bladder_dysfunction']);
    expect(brief("The toe of my trainer keeps catching and I've nearly fallen twice.").map(([f]) => f)).toEqual(['foot_drop']);
  });

  it('lay pain and sensation verbs: "tingled", "stabs"', () => {
    expect(brief('The outside of my left thigh tingled.')).toEqual([['tingling', 'present', 'left']]);
    expect(brief('It stabs down my left leg.')).toContainEqual(['shooting_pain', 'present', 'left']);
  });
});

describe('lay words for what a clinician asks', () => {
  const brief = (text: string): [string, string, string | undefined, string | undefined][] =>
    extract(text).evidence.map((e) => [e.finding, e.status, e.side, e.movement]);

  it.each([
    ['Bending forward to load the dishwasher sets it off.', 'pain_worse_bending_forward', 'present'],
    ["It doesn't wake me at night.", 'night_pain', 'absent'],
    ["It doesn't keep me up at night.", 'night_pain', 'absent'],
    ["I don't have a temperature.", 'fever', 'absent'],
    ["I've been running a temperature.", 'fever', 'present'],
    ['I smoke and have high blood pressure.', 'smoking', 'present'],
    ["I don't smoke.", 'smoking', 'absent'],
    ["I don't use drugs.", 'iv_drug_use', 'absent'],
    ['I have never used drugs.', 'iv_drug_use', 'absent'],
    ['It goes when I stop.', 'relief_standing_still', 'present'],
    ["After a couple of minutes' rest it passes.", 'relief_standing_still', 'present'],
    ['My bladder and the area between my legs feel normal.', 'saddle_anesthesia', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(brief(text).filter(([f]) => f === finding).map(([, s]) => s)).toEqual([status]);
  });

  it.each(['My right side is fine.', 'Only the left side is affected; my right side is completely fine.'])('%s → no right leg pain', (text) => {
    expect(brief(text)).toEqual([['leg_pain', 'absent', 'right', undefined]]);
  });

  it('"the right side of my back is fine" is about the back, not the leg', () => {
    expect(brief('The right side of my back is fine.').map(([f]) => f)).toEqual(['back_pain']);
  });

  it.each([
    ['The doctor says my left big toe is weak.', 'left', 'big_toe_extension'],
    ['Weakness of the right big toe.', 'right', 'big_toe_extension'],
    ['The big muscles at the front of both my thighs have become weak.', 'both', 'knee_extension'],
    ['My left calf feels weak.', 'left', 'ankle_plantarflexion'],
  ])('a weak place is its movement: %s', (text, side, movement) => {
    expect(brief(text)).toEqual([['weakness', 'present', side, movement]]);
  });

  it('a weak leg names no movement', () => {
    expect(brief('My left leg feels weak.')).toEqual([['weakness', 'present', 'left', undefined]]);
  });

  it('a foot that slaps when walking is foot drop, not leg symptoms brought on by walking', () => {
    expect(brief('Since then my right foot slaps down when I walk.')).toEqual([['foot_drop', 'present', 'right', undefined]]);
    expect(brief('My calves hurt when I walk 200 metres.').map(([f]) => f)).toContain('walking_leg_symptoms');
    expect(brief('When I walk my legs start to ache and go heavy.').map(([f, s, side]) => [f, s, side])).toEqual([
      ['walking_leg_symptoms', 'present', undefined],
      ['leg_pain', 'present', 'both'],
    ]);
  });

  it('waking up with the pain is a sudden onset', () => {
    expect(extract('A week ago I helped a friend move house and woke up the next day with low back pain.').onset).toBe('sudden');
  });

  it.each([
    ["I'm only 33, but when I walk my legs ache.", 33],
    ["I'm just 19.", 19],
  ])('%s → age %i', (text, age) => {
    expect(extract(text).age).toBe(age);
  });

  it.each(['I am only 5 foot tall.', "I'm 8 out of 10 in pain."])('%s → no age', (text) => {
    expect(extract(text).age).toBeUndefined();
  });
});

describe('a denied pain and its places', () => {
  const brief = (text: string): [string, string][] => extract(text).evidence.map((e) => [e.finding, e.status]);

  it.each(["It doesn't hurt at all, not my back and not my leg.", "It doesn't hurt, neither my back nor my leg."])('%s → back and leg pain absent', (text) => {
    expect(brief(text)).toEqual([
      ['back_pain', 'absent'],
      ['leg_pain', 'absent'],
    ]);
  });

  it('a place after a stated pain is not denied by it: "pain in my back, not my leg"', () => {
    expect(brief('Pain in my back, not my leg.')).toContainEqual(['back_pain', 'present']);
  });

  it('pins and needles worse at night are not night pain', () => {
    expect(brief('They are worse at night.')).toEqual([]);
    expect(brief('A burning pain in my feet that is worst at night in bed.')).toContainEqual(['night_pain', 'present']);
  });
});

describe('lay words for places and movements of the leg', () => {
  const brief = (text: string): [string, string, string, string, string][] =>
    extract(text).evidence.map((e) => [e.finding, e.status, e.side ?? '', (e.regions ?? []).join('+'), e.movement ?? '']);

  it.each([
    ['Pain down my left leg to the outside of my ankle.', 'lateral_leg'],
    ['Pain shoots down my right leg into the ball of my foot.', 'sole'],
    ['Tingling under my right foot.', 'sole'],
    ['Pain runs down behind my left knee.', 'posterior_thigh'],
    ['Pain down my left leg to the little toe side of my foot.', 'lateral_foot'],
    ['Numbness between my big toe and second toe.', 'dorsum_foot'],
    ['Pain radiates down my left leg to the back of my heel.', 'heel'],
    ['Pain down the back and outside of my left thigh.', 'posterior_thigh+lateral_thigh'],
    ['Sensory loss lateral mid-thigh, patella and medial R lower leg.', 'lateral_thigh+knee+medial_leg'],
  ])('%s → %s', (text, regions) => {
    const item = brief(text).find(([f]) => f !== 'shooting_pain')!;
    expect(item[3]).toBe(regions);
  });

  it('a place at a joint alone is not leg pain: "tightness behind both knees", "knee pain"', () => {
    expect(brief('There is tightness behind both knees.')).toEqual([]);
  });

  it('shorthand such as "PP/LT" is no side of a result', () => {
    expect(brief('PP/LT/TEMP testing unremarkable.').map(([f, s, side]) => [f, s, side])).not.toContainEqual(['sensory_loss', 'absent', 'left']);
  });

  it('"muscle wasting of the quadriceps on the left, as well as of the calf" says nothing of strength', () => {
    expect(brief('There is significant muscle wasting of the quadriceps and hamstrings on the left, as well as of the calf muscles.')).toEqual([]);
  });

  it('a result that opens on something else is about that thing: "sensation symmetric, hearing decreased on the right"', () => {
    expect(brief('Facial sensation and expression are symmetric, hearing is decreased on the right.')).toEqual([]);
    expect(brief('Light touch sensation is minimally decreased in the left C6 distribution.')).toEqual([]);
  });

  it('"down the back and outside of my thigh" is no back pain', () => {
    expect(brief('The pain goes from my left buttock down the back and outside of my thigh.').map(([f]) => f)).toEqual(['leg_pain']);
  });

  it.each([
    ["I can't get up on my toes on my left side.", 'left', 'ankle_plantarflexion'],
    ["I can't go up on my tiptoes on my left foot.", 'left', 'ankle_plantarflexion'],
    ['Standing on my left tiptoes is hard.', 'left', 'ankle_plantarflexion'],
    ["I can't stand on my tiptoes on the right.", 'right', 'ankle_plantarflexion'],
    ["I can't walk on my heels with the left foot.", 'left', 'ankle_dorsiflexion'],
    ['Walking on my heels is difficult on the right.', 'right', 'ankle_dorsiflexion'],
    ["I can't raise my left foot.", 'left', 'ankle_dorsiflexion'],
    ["My right big toe won't come up.", 'right', 'big_toe_extension'],
  ])('%s → weakness %s %s', (text, side, movement) => {
    expect(brief(text)).toEqual([['weakness', 'present', side, '', movement]]);
  });

  it.each(["My left foot won't lift.", 'My right foot catches on the kerb.', 'My right foot keeps catching on the carpet.', 'I keep tripping over my left foot.', 'My left foot is floppy.'])(
    '%s → foot drop',
    (text) => {
      expect(brief(text).map(([f, s]) => [f, s])).toEqual([['foot_drop', 'present']]);
    },
  );

  it('walking on toes and heels with no weakness is no weakness', () => {
    expect(brief('He is able to ambulate on his toes and his heels without any weakness noted.').map(([f, s]) => [f, s])).toEqual([['weakness', 'absent']]);
    expect(brief('I can stand on my toes fine.').map(([f, s]) => [f, s])).toEqual([['weakness', 'absent']]);
  });
});

describe('what eases it, said of the symptom in hand', () => {
  const brief = (text: string): [string, string][] => extract(text).evidence.map((e) => [e.finding, e.status]);

  it.each([
    ['Sitting down or bending forward for a minute or two settles it.', 'relief_sitting_or_bending'],
    ['It eases if I sit down.', 'relief_sitting_or_bending'],
    ['It gets better when I lean forward on a trolley.', 'relief_sitting_or_bending'],
    ['My legs go numb when I walk; bending forward helps.', 'relief_sitting_or_bending'],
    ['Leaning on a chair or a shopping trolley eases it.', 'cycling_tolerated'],
  ])('%s → %s', (text, finding) => {
    expect(brief(text)).toContainEqual([finding, 'present']);
  });

  it('a negation between the activity and its effect: "standing still doesn\'t help"', () => {
    expect(brief("Standing still doesn't help; I have to sit down and then it eases.")).toEqual([
      ['relief_standing_still', 'absent'],
      ['relief_sitting_or_bending', 'present'],
    ]);
    expect(brief("Sitting doesn't make it worse.")).toEqual([['pain_worse_sitting', 'absent']]);
  });

  it('a list of symptoms shares its places', () => {
    expect(extract('I have tingling, numbness and a mild burning in both lower legs and feet.').evidence.find((e) => e.finding === 'numbness')?.side).toBe('both');
  });
});

describe('sides, scopes and durations in a patient\'s sentence', () => {
  const brief = (text: string): [string, string, string][] => extract(text).evidence.map((e) => [e.finding, e.status, e.side ?? '']);

  it('a side named on its own at the end of the sentence is its leg findings\' side', () => {
    expect(brief('The pain goes from my bum down the back of my thigh to my heel, left side.')).toEqual([['leg_pain', 'present', 'left']]);
    expect(brief('Associated symptoms include tingling, right.')).toEqual([['tingling', 'present', 'right']]);
    // Not a side that belongs to an arm, nor "bilateral" said of something else, nor a word that only looks like a side.
    const sides = (text: string) => brief(text).map(([, , side]) => side);
    expect(sides('Right greater than left upper extremity pain, weakness, paresthesias.')).toEqual(['', '']);
    expect(sides('Weak gag response, bilaterally.')).not.toContain('both');
    expect(brief('A 45-year-old right-handed man with leg pain.')).toEqual([['leg_pain', 'present', '']]);
    expect(brief('I left work early because of the pain down my leg.')).toEqual([['leg_pain', 'present', '']]);
  });

  it('a pain already placed leaves later places to the next symptom', () => {
    expect(brief('The pain is in my right buttock and the numbness is in my left foot.')).toEqual([
      ['leg_pain', 'present', 'right'],
      ['numbness', 'present', 'left'],
    ]);
    expect(brief('Pain in my back radiating down my left leg.')).toEqual([
      ['back_pain', 'present', ''],
      ['leg_pain', 'present', 'left'],
    ]);
  });

  it('"no weakness, just pain ...": what a denial leaves is not denied', () => {
    expect(brief("I don't have any weakness, just pain down the back of my right leg.").map(([f, s]) => [f, s])).toEqual([
      ['weakness', 'absent'],
      ['leg_pain', 'present'],
    ]);
    expect(brief('No leg pain, only back pain.')).toEqual([
      ['leg_pain', 'absent', ''],
      ['back_pain', 'present', ''],
    ]);
    // Not a new clause: "pain, just in my lower back" keeps its place.
    expect(brief('Pain, just in my lower back.')).toEqual([['back_pain', 'present', '']]);
  });

  it('lay pain words: "my left leg is killing me"', () => {
    expect(brief('No pain in my back but my left leg is killing me.')).toEqual([
      ['back_pain', 'absent', ''],
      ['leg_pain', 'present', 'left'],
    ]);
  });

  it('the patient speaking of themselves again after another person', () => {
    expect(brief('My wife has sciatica, and I have back pain.')).toEqual([['back_pain', 'present', '']]);
    expect(brief('My mother has sciatica.')).toEqual([]);
  });

  it.each([
    ["I'm a 52 year old woman.", undefined],
    ["I'm a 52-year-old woman with back pain for 3 weeks.", 21],
    ['The pain in my leg started two and a half weeks ago.', 18],
    ["I've had back pain for a week and a half.", 11],
    ['Four months ago I did yard work. For the next few weeks my lower back was sore. For three months now the left leg pain has been severe.', 90],
  ])('%s → %s days', (text, days) => {
    expect(extract(text).durationDays).toBe(days);
  });
});

describe('more of how patients say it', () => {
  const brief = (text: string): [string, string, string][] => extract(text).evidence.map((e) => [e.finding, e.status, e.side ?? '']);

  it('"a woman of 60"', () => {
    expect(extract("I'm a woman of 60 with sciatica.")).toMatchObject({ age: 60, sex: 'female' });
  });

  it('numbness noticed on wiping is about the saddle', () => {
    expect(brief("I've not noticed any numbness when I wipe.")).toEqual([['saddle_anesthesia', 'absent', '']]);
    expect(brief('It feels numb when I wipe.')).toEqual([['saddle_anesthesia', 'present', '']]);
  });

  it('an unsure answer about a function is unknown, not normal', () => {
    expect(brief("I'm not sure if my bladder is OK.")).toEqual([['bladder_dysfunction', 'unknown', '']]);
  });

  it('"neither leg is weak" is about both legs', () => {
    expect(brief('Neither leg is weak.')).toEqual([['weakness', 'absent', 'both']]);
  });
});

describe('a patient\'s words for red flags and mimics', () => {
  const brief = (text: string): [string, string, string, string][] =>
    extract(text).evidence.map((e) => [e.finding, e.status, e.side ?? '', e.movement ?? '']);

  it.each([
    ['It hurts at night and I can\'t sleep for the pain.', 'night_pain'],
    ['I can\'t get comfortable in any position.', 'night_pain'],
    ['I had to strain to pee this morning.', 'bladder_dysfunction'],
    ['I\'ve lost about a stone without trying.', 'weight_loss'],
    ['My clothes are loose on me now.', 'weight_loss'],
    ["It feels like I'm sitting on a saddle.", 'saddle_anesthesia'],
    ["I can't feel myself when I go for a wee.", 'bladder_dysfunction'],
    ["I can't hold my wee.", 'bladder_dysfunction'],
    ['I keep leaking.', 'bladder_dysfunction'],
    ['My pee is not coming out properly.', 'bladder_dysfunction'],
    ["I can't tell if I need a poo.", 'bowel_dysfunction'],
    ["I didn't make it to the toilet.", 'bowel_dysfunction'],
    ['There is no feeling when I have sex.', 'sexual_dysfunction'],
    ['I have no control over my bladder.', 'bladder_dysfunction'],
    ["I can't tell if my bladder is full.", 'bladder_dysfunction'],
    ["I'm struggling to pass water.", 'bladder_dysfunction'],
    ["I'm having a hard time peeing.", 'bladder_dysfunction'],
    ["I haven't peed since yesterday morning.", 'bladder_dysfunction'],
    ['I need to pee but nothing comes out.', 'bladder_dysfunction'],
    ['Difficulty initiating micturition.', 'bladder_dysfunction'],
    ["I can't feel myself going to the toilet.", 'bladder_dysfunction'],
    ["I couldn't hold my bowels.", 'bowel_dysfunction'],
    ['My crotch feels numb.', 'saddle_anesthesia'],
    ['Numbness in my inner butt cheeks.', 'saddle_anesthesia'],
    ['My penis is numb.', 'saddle_anesthesia'],
    ["I couldn't feel anything down there.", 'saddle_anesthesia'],
    ["I can't get it up any more.", 'sexual_dysfunction'],
    ['They had to put a catheter in at A&E because I couldn\'t go.', 'bladder_dysfunction'],
    ['I peed my pants and didn\'t even feel it.', 'bladder_dysfunction'],
    ["I rush to the toilet for a wee and sometimes don't make it.", 'bladder_dysfunction'],
    ['My wee is slow and I don\'t feel empty after.', 'bladder_dysfunction'],
    ["I can't feel myself peeing.", 'bladder_dysfunction'],
    ['Poo came out without me knowing.', 'bowel_dysfunction'],
    ["I can't feel when I'm opening my bowels.", 'bowel_dysfunction'],
    ["Bowels have been loose and I've had an accident.", 'bowel_dysfunction'],
    ['When I wipe my bum it feels like someone elses.', 'saddle_anesthesia'],
    ["Feels like I'm sitting on a bike saddle, numb.", 'saddle_anesthesia'],
    ['Sex feels different now.', 'sexual_dysfunction'],
    ['Sweating at night and feeling hot and cold.', 'fever'],
    ['I feel hot and shaky.', 'fever'],
    ["I've been constipated for a week and can't feel myself going.", 'bowel_dysfunction'],
    ["It's worse at night, I can't get comfy whatever I do.", 'night_pain'],
    ['I wet the bed last night.', 'bladder_dysfunction'],
    ["I haven't been for a wee since last night.", 'bladder_dysfunction'],
    ['I keep needing to pee but not much comes out.', 'bladder_dysfunction'],
    ["I can't feel my bum when I sit on the toilet.", 'saddle_anesthesia'],
    ['My foot is slapping.', 'foot_drop'],
    ["I've lost my appetite and some weight.", 'weight_loss'],
    ['In-out catheter: 1100ml drained.', 'post_void_residual'],
    ['Since the morning I cannot make pee, the belly is full and painful.', 'bladder_dysfunction'],
    ['Since yesterday I cannot feel when I go to toilet.', 'bladder_dysfunction'],
    ['Now I no feel my private.', 'saddle_anesthesia'],
    ['cnt feel my bum cheeks n lady bits', 'saddle_anesthesia'],
    ["The tops of my legs inside feel numb, like where you'd sit on a saddle.", 'saddle_anesthesia'],
    ['I had a bit of an accident in my pants, I thought I was passing wind.', 'bowel_dysfunction'],
    ["Can't remember the last time I had a proper wee, it just dribbles out.", 'bladder_dysfunction'],
  ])('%s → %s present', (text, finding) => {
    expect(brief(text)).toContainEqual([finding, 'present', '', '']);
  });

  it('pain when putting socks on or getting out of a car is pain on moving the hip', () => {
    expect(brief('Pain in my groin when I put my socks on.')).toContainEqual(['hip_movement_pain', 'present', '', '']);
    expect(brief('My hip hurts when I get out of the car.')).toContainEqual(['hip_movement_pain', 'present', '', '']);
  });

  it('calves that cramp on walking are leg pain brought on by walking', () => {
    expect(brief('My calves cramp when I walk uphill.')).toEqual([
      ['leg_pain', 'present', 'both', ''],
      ['walking_leg_symptoms', 'present', '', ''],
    ]);
  });

  it('denials of the same lay words are absent', () => {
    expect(brief('No difficulty initiating micturition.')).toEqual([['bladder_dysfunction', 'absent', '', '']]);
    expect(brief("I haven't peed myself.")).toEqual([['bladder_dysfunction', 'absent', '', '']]);
    expect(brief('No numbness in the crotch.')).toEqual([['saddle_anesthesia', 'absent', '', '']]);
  });

  it('an organ inspected and normal says nothing of its feeling, and reaching up is no erection', () => {
    expect(brief('Testicles appear normal. Penis is normal.')).toEqual([]);
    expect(brief('She cannot get it up behind her head.')).toEqual([]);
  });

  it('a foot that flops, drops or will not lift', () => {
    expect(brief('My right foot just flops.')).toEqual([['foot_drop', 'present', 'right', '']]);
    expect(brief('My foot is dropping and I keep stubbing my toes.')).toEqual([['foot_drop', 'present', '', '']]);
    expect(brief("On the right the toes won't come up.")).toEqual([['weakness', 'present', 'right', 'ankle_dorsiflexion']]);
    expect(brief("I can't walk on my heel on the right side, the toes won't come up.")).toEqual([['weakness', 'present', 'right', 'ankle_dorsiflexion']]);
    // "cos" ends the "can't" before it.
    expect(brief("Can't climb stairs cos my right thigh is weak.")).toEqual([['weakness', 'present', 'right', '']]);
  });

  it('a child\'s wet bed, the toilet and a temperature denied', () => {
    expect(brief('He wet the bed until he was 7.')).toEqual([]);
    expect(brief('No problems with the toilet.')).toEqual([
      ['bladder_dysfunction', 'absent', '', ''],
      ['bowel_dysfunction', 'absent', '', ''],
    ]);
    expect(brief('Nothing has changed with my toilet habits.')).toEqual([
      ['bladder_dysfunction', 'absent', '', ''],
      ['bowel_dysfunction', 'absent', '', ''],
    ]);
    expect(brief('No temperature.')).toEqual([['fever', 'absent', '', '']]);
    expect(brief("I can still feel when I need to go and I'm not leaking.")).toEqual([
      ['bladder_dysfunction', 'absent', '', ''],
      ['bowel_dysfunction', 'absent', '', ''],
    ]);
    expect(brief("I haven't noticed any change in my bladder.")).toEqual([['bladder_dysfunction', 'absent', '', '']]);
    expect(brief('Last year I lost a lot of weight on purpose with Slimming World.')).toEqual([['weight_loss', 'absent', '', '']]);
    expect(brief('Not been able to feel my feet properly for a week.')).toEqual([['numbness', 'present', 'both', '']]);
    expect(brief("Can't feel anything wrong with my bladder.")).not.toContainEqual(['numbness', 'present', '', '']);
  });

  it('gone, resolved or never noticed', () => {
    expect(brief("Had a fever last week, it's gone now.")).toEqual([['fever', 'absent', '', '']]);
    expect(brief("The numbness in my foot isn't there anymore.")).toEqual([['numbness', 'absent', '', '']]);
    expect(brief("I can't say I've noticed any numbness.")).toEqual([['numbness', 'absent', '', '']]);
    // Pain that has gone down the leg has spread, not gone.
    expect(brief("Back pain, it's gone down my leg.")).toEqual([
      ['back_pain', 'present', '', ''],
      ['leg_pain', 'present', '', ''],
    ]);
  });

  it('"right down my leg" names no side; "LT" is light touch', () => {
    expect(brief('Pain right down my leg.')).toEqual([['leg_pain', 'present', '', '']]);
    expect(brief('Sensation intact to LT.')).toEqual([['sensory_loss', 'absent', '', '']]);
  });

  it('a bad back, and a leg worse than the back keeps its side', () => {
    expect(brief("My back's been bad since new year.")).toEqual([['back_pain', 'present', '', '']]);
    expect(brief('The pain is in my right leg, worse than the back.')).toContainEqual(['leg_pain', 'present', 'right', '']);
    expect(brief('The pain is in my right leg, worse than the back.')).toContainEqual(['leg_pain_worse_than_back', 'present', '', '']);
  });

  it('each activity takes the word nearer to it', () => {
    expect(brief('Sitting makes it worse, standing is better.')).toEqual([['pain_worse_sitting', 'present', '', '']]);
  });

  it('feet that slap or drop on both sides, and legs like jelly', () => {
    expect(brief('Both my feet slap when I walk.')).toEqual([['foot_drop', 'present', 'both', '']]);
    expect(brief('Both feet are dropping.')).toEqual([['foot_drop', 'present', 'both', '']]);
    expect(brief('My legs feel like jelly.')).toEqual([['weakness', 'present', 'both', '']]);
  });

  it('a knee that gives way is a weak knee extension', () => {
    expect(brief('My left knee keeps giving way on the stairs.')).toEqual([['weakness', 'present', 'left', 'knee_extension']]);
  });

  it('leg pain worse than back pain says there are both', () => {
    expect(brief('My leg pain is much worse than my back pain.').map(([finding, status]) => `${finding} ${status}`).sort()).toEqual([
      'back_pain present',
      'leg_pain present',
      'leg_pain_worse_than_back present',
    ]);
  });

  it('legs that get heavy ache', () => {
    expect(brief('My legs get heavy.')).toEqual([['leg_pain', 'present', 'both', '']]);
  });

  it('pain at night keeps its place: the back or the leg', () => {
    const found = (text: string) => brief(text).map(([finding, status]) => `${finding} ${status}`);
    expect(found('My back hurts at night.')).toEqual(['back_pain present', 'night_pain present']);
    expect(found('I have back pain at night.')).toEqual(['back_pain present', 'night_pain present']);
    expect(found('Leg pain wakes me up.')).toEqual(['leg_pain present', 'night_pain present']);
    expect(found('No pain at night.')).toEqual(['night_pain absent']);
  });

  it('cramp at night is not night pain', () => {
    expect(brief('I get cramp in my legs at night.').map(([finding]) => finding)).not.toContain('night_pain');
  });
});

describe('bending the hip is not bending forward', () => {
  it('"sitting and bending my hip make it worse" is worse on sitting only', () => {
    const found = extract('My right thigh is numb. Sitting and bending my hip make it worse.').evidence.map((e) => e.finding);
    expect(found).toContain('pain_worse_sitting');
    expect(found).not.toContain('pain_worse_bending_forward');
  });
});

describe('red flags in the words of a new round of patients and notes', () => {
  const status = (text: string, finding: string): string | undefined => extract(text).evidence.find((e) => e.finding === finding)?.status;

  it.each([
    ['My bottom is totally numb.', 'saddle_anesthesia'],
    ['My crotch feels kind of numb.', 'saddle_anesthesia'],
    ['Numbness in my taint area.', 'saddle_anesthesia'],
    ['My junk is numb and I cant get it up.', 'saddle_anesthesia'],
    ['I have no feeling in the place where I sit.', 'saddle_anesthesia'],
    ["I can't feel anything when I sit on the toilet seat.", 'saddle_anesthesia'],
    ['I not feel nothing when I touch between the legs.', 'saddle_anesthesia'],
    ['He has noticed loss of sensation in his penis.', 'saddle_anesthesia'],
    ['He is unable to ejaculate.', 'sexual_dysfunction'],
    ["I've had to strain to get my wee started.", 'bladder_dysfunction'],
    ['also struggling 2 wee', 'bladder_dysfunction'],
    ["I'm going to the loo all the time but only a trickle comes out.", 'bladder_dysfunction'],
    ["I've been leaking a bit of wee when I stand up.", 'bladder_dysfunction'],
    ['pins & needles both legs + cant tell if i need a wee', 'bladder_dysfunction'],
    ['When I go for a number two I can\'t feel it coming out.', 'bowel_dysfunction'],
    ["Bowels are another story, I've had two accidents this week.", 'bowel_dysfunction'],
    ["I shoot up heroin and I'm running hot.", 'fever'],
    ["On adalimumab for Crohn's.", 'immunosuppression'],
    ['had my chemo last wk', 'cancer_history'],
    ['PR: ↓ tone, ↓ squeeze.', 'anal_tone_reduced'],
    ['I got in a car wreck last week.', 'trauma'],
    ['Back pain that wakes me every night, and it doesn\'t matter how I lie.', 'night_pain'],
    ['My foot keeps slapping on the ground when I walk.', 'foot_drop'],
  ])('%s → %s present', (text, finding) => {
    expect(status(text, finding)).toBe('present');
  });

  it('an inability is the result of the verb after it, not a denial of what follows', () => {
    const text = 'now cant wee properly and numb round my bits';
    expect(status(text, 'bladder_dysfunction')).toBe('present');
    expect(status(text, 'saddle_anesthesia')).toBe('present');
    expect(status("can't walk properly and numb in my foot", 'numbness')).toBe('present');
  });

  it('denials that look like complaints', () => {
    expect(status('no pee probs no poo probs', 'bladder_dysfunction')).toBe('absent');
    expect(status('no pee probs no poo probs', 'bowel_dysfunction')).toBe('absent');
    expect(status("I'm not peeing any differently.", 'bladder_dysfunction')).toBe('absent');
    expect(status("I'm peeing differently since my back went.", 'bladder_dysfunction')).toBe('present');
    expect(status('Nothing wrong with my bladder.', 'bladder_dysfunction')).toBe('absent');
    // The accident was the bowel's, not a failure to pass urine.
    expect(status("I've had a couple of accidents in my knickers, poo, not wee.", 'bladder_dysfunction')).toBeUndefined();
    expect(status('I am not go to toilet for pee since morning.', 'bowel_dysfunction')).toBeUndefined();
    expect(status("Not a lot of back pain, mostly it's my left leg that hurts.", 'back_pain')).toBe('present');
    expect(status("Not a lot of back pain, mostly it's my left leg that hurts.", 'leg_pain')).toBe('present');
  });

  it('a trend denied is no change; a trend said alone is about the sentence before', () => {
    const trend = (text: string): string | undefined => extract(text).evidence.find((e) => e.finding === 'weakness')?.trend;
    expect(trend('Left foot weak, not getting worse.')).toBe('stable');
    expect(trend('Left foot weak. Getting worse.')).toBe('worsening');
    expect(trend("My left foot is weak. It's getting worse every day.")).toBe('worsening');
    // Not a trend of someone, or something, else.
    expect(trend('The contractions were very weak. She progressed in labor throughout the day.')).toBeUndefined();
  });

  it('sleep, a tendency to fall and a fall risk are not findings', () => {
    expect(status('I will get the best look at it when he is asleep.', 'numbness')).toBeUndefined();
    expect(status('He cannot walk and easily falls.', 'trauma')).toBeUndefined();
    expect(status('Not anticoagulated due to fall risk.', 'trauma')).toBeUndefined();
  });
});

describe('denials, doubts and explanations that reach further, or less far, than their words', () => {
  const brief = (text: string): string[] => extract(text).evidence.map((e) => `${e.finding} ${e.status}${e.side ? ` ${e.side}` : ''}`);

  it.each([
    // A list of examination signs: each "no" is the next sign's result.
    ['Absent anal tone, no perianal sensation.', ['anal_tone_reduced present', 'perianal_sensation_reduced present']],
    ["I don't think I've had any numbness.", ['numbness absent']],
    ["I'm not sure if I've lost feeling when I wipe.", ['saddle_anesthesia unknown']],
    ['Night pain initially, now settled.', ['night_pain absent']],
    ['Pt does not deny bladder symptoms.', ['bladder_dysfunction present']],
    ['Cannot recall any bladder problems.', ['bladder_dysfunction absent']],
    ['He does not remember feeling itchy that day.', []],
    ['I had a fever of 101 last night with chills.', ['fever present']],
    ["Severe LBP, can't lie flat, constant pain at rest.", ['back_pain present', 'night_pain present']],
    ['I cannot elicit S1 reflexes.', ['ankle_reflex_reduced present']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('a weight lost is explained only by what the text does not deny', () => {
    expect(brief("I've lost 15 pounds since Christmas and I'm not dieting.")).toEqual(['weight_loss present']);
    expect(brief("I've dropped about 20 lbs without trying.")).toEqual(['weight_loss present']);
    expect(brief("I've also lost about half a stone.")).toEqual(['weight_loss present']);
    expect(brief("I've lost 3 stone on Slimming World this year and feel great.")).toEqual([]);
  });

  it('the bottom of a foot is its sole; feet and the bottom together are both', () => {
    expect(brief('My right foot feels numb on the bottom.')).toEqual(['numbness present right']);
    expect(brief('Both feet and my bottom are numb.')).toEqual(['saddle_anesthesia present', 'numbness present both']);
  });
});

describe('a patient saying things are normal', () => {
  const brief = (text: string): string[] => extract(text).evidence.map((e) => `${e.finding} ${e.status}`);

  it.each([
    ["I've been peeing fine, pooping fine.", ['bladder_dysfunction absent', 'bowel_dysfunction absent']],
    ['Peeing and pooping normally.', ['bladder_dysfunction absent', 'bowel_dysfunction absent']],
    ['Bowels opened normally.', ['bowel_dysfunction absent']],
    ['I can feel the toilet paper fine.', ['saddle_anesthesia absent']],
    ["Everything's fine down below.", ['saddle_anesthesia absent']],
    ["I'm not on any immune suppressing meds.", ['immunosuppression absent']],
    ['I have never injected drugs.', ['iv_drug_use absent']],
    // Not drugs: a glucose that shot up, a pain shooting up.
    ['His glucose shot up to over 300.', []],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('what eases it, what set it off, and walking cut short', () => {
  const brief = (text: string): string[] => extract(text).evidence.map((e) => `${e.finding} ${e.status}`);

  it.each([
    // Relief by sitting or bending is neurogenic claudication's sign, not pain made worse by them.
    ['His legs become heavy, and they recover when he sits.', ['leg_pain present', 'relief_sitting_or_bending present']],
    ['My calves cramp up when I walk, and the pain stops as soon as I stand still.', ['leg_pain present', 'walking_leg_symptoms present', 'relief_standing_still present']],
    // A long recovery is no relief.
    ['I walk half a mile before I must stop, and it takes half an hour to recover.', ['walking_leg_symptoms present']],
    // What set the pain off is not what makes it worse.
    ['Sudden onset back pain after coughing.', ['back_pain present']],
    ['The pain started after lifting and is worse after sitting.', ['pain_worse_sitting present']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('past spinal surgery and back trouble told without the word pain', () => {
  const brief = (text: string): string[] => extract(text).evidence.map((e) => `${e.finding} ${e.status}`);

  it.each([
    ['He has had two previous discectomies at L5/S1 and now presents with recurrent left leg pain.', 'previous_spine_surgery present'],
    ['Previous L5/S1 fusion (2014).', 'previous_spine_surgery present'],
    ['He has never been hospitalized with the exception of some surgery on his back decades ago.', 'previous_spine_surgery present'],
    ['Lifting her is what put my back out.', 'back_pain present'],
    ['hi its me again. back still bad.', 'back_pain present'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
});

describe('a fresh round in patients\' and clinicians\' words', () => {
  const status = (text: string, finding: string): string | undefined => extract(text).evidence.find((e) => e.finding === finding)?.status;

  it.each([
    ["Haven't been able to get an erection since this back pain started.", 'sexual_dysfunction'],
    ['Both my feet are slapping when I walk now.', 'foot_drop'],
    ['I shot up for the first time in 3 months last week.', 'iv_drug_use'],
    ["I've been sweating at night and having chills.", 'fever'],
    ['Ever since my back surgery I leak urine when I cough.', 'bladder_dysfunction'],
    ["I noticed I don't feel the toilet paper when I wipe since yesterday.", 'saddle_anesthesia'],
    ['From yesterday I cannot make urine.', 'bladder_dysfunction'],
    ['She has back pain and can not control toilet.', 'bladder_dysfunction'],
    ['My wife say I make urine in bed last night.', 'bladder_dysfunction'],
    ['I lose weight 8 kilo in two month without diet.', 'weight_loss'],
    ['I have pain in back all the time, also in the night.', 'night_pain'],
    ['After the accident with motorbike last week the back is pain.', 'trauma'],
    ['I not feel when the stool is coming.', 'bowel_dysfunction'],
    ['numb between legs since this am and cant feel when i pee.', 'bladder_dysfunction'],
    ['backache constant day & night', 'night_pain'],
    ["im on steroids for my lupus", 'immunosuppression'],
    ['Worsening lumbar pain 6/52, now nocturnal.', 'night_pain'],
    ['Afebrile here but reports low-grade temps at home.', 'fever'],
    ['Back pain after tripping on a rug.', 'trauma'],
    ['Back pain after falling off horse.', 'trauma'],
    ['She cannot feel when she needs to go.', 'bowel_dysfunction'],
    ['New thoracic back pain, constant, disturbs sleep.', 'night_pain'],
  ])('%s → %s present', (text, finding) => {
    expect(status(text, finding)).toBe('present');
  });

  it('an assessment for a syndrome, or a nerve bundle on imaging, is no symptom; nor is a leaking stoma or short-term steroids', () => {
    expect(status('Pt sent to ED for CES assessment.', 'bowel_dysfunction')).toBeUndefined();
    expect(status('A site of leakage around his ostomy site.', 'bladder_dysfunction')).toBeUndefined();
    expect(status('COPD exacerbation improving, on steroids and bronchodilators.', 'immunosuppression')).toBeUndefined();
    expect(status('She denied paroxysmal nocturnal dyspnea or chest pain.', 'night_pain')).toBeUndefined();
  });

  it('grades before and after', () => {
    const weakness = extract('O: R DF 3/5 (prev 4/5).').evidence.find((e) => e.finding === 'weakness');
    expect(weakness?.trend).toBe('worsening');
    expect(extract('My legs have gotten weaker over the last week.').evidence.find((e) => e.finding === 'weakness')?.trend).toBe('worsening');
  });
});

describe('a last fresh round', () => {
  const status = (text: string, finding: string): string | undefined => extract(text).evidence.find((e) => e.finding === finding)?.status;

  it.each([
    ['There is no sensation when passing urine and she cannot feel the toilet paper.', 'bladder_dysfunction', 'present'],
    ['There is no sensation when passing urine and she cannot feel the toilet paper.', 'saddle_anesthesia', 'present'],
    ['The bladder is full but nothing come.', 'bladder_dysfunction', 'present'],
    ['I can no longer feel the toilet paper when wiping.', 'saddle_anesthesia', 'present'],
    ['She cannot feel her buttocks on the toilet.', 'saddle_anesthesia', 'present'],
    ['I have trouble starting my pee stream.', 'bladder_dysfunction', 'present'],
    ['Previous L4/5 laminectomy, new onset bowel incontinence and saddle anaesthesia.', 'bowel_dysfunction', 'present'],
    ["I've been shooting up for years.", 'iv_drug_use', 'present'],
    ['Motorcycle crash, thrown off the bike.', 'trauma', 'present'],
    ['Pain only at night, nothing helps.', 'night_pain', 'present'],
    ['Inability to achieve erection.', 'sexual_dysfunction', 'present'],
    ['I cannot feel when the poo comes.', 'bowel_dysfunction', 'present'],
    ['Painful restricted IR R hip.', 'hip_rotation_limited', 'present'],
    ["My sciatica's been playing up.", 'leg_pain', 'present'],
    ["After sustaining a fall at her friend's house.", 'trauma', 'present'],
  ])('%s → %s %s', (text, finding, expected) => {
    expect(status(text, finding)).toBe(expected);
  });

  it('long-standing, hyphenated, is still long-standing; "right down" is no side; a pain shooting up is no drug', () => {
    expect(status('Long-standing erectile dysfunction.', 'sexual_dysfunction')).toBeUndefined();
    expect(extract('Pain going right down the back of my left leg.').evidence[0]?.side).toBe('left');
    expect(status('The pain has been shooting up my leg.', 'iv_drug_use')).toBeUndefined();
    expect(extract('My legs are getting weaker by the day.').evidence[0]).toMatchObject({ finding: 'weakness', trend: 'worsening' });
  });
});

describe('progression and red flags, once more in plain words', () => {
  const status = (text: string, finding: string): string | undefined => extract(text).evidence.find((e) => e.finding === finding)?.status;
  const trend = (text: string): string | undefined => extract(text).evidence.find((e) => e.finding === 'weakness')?.trend;

  it.each([
    'My right leg is more and more weak, before I can walk normal.',
    'legs giving way, both weaker than yday.',
    'Dorsiflexion was 4/5 at her first visit and is now 1/5.',
    'DF 2/5 L, previously 4/5 two weeks ago.',
  ])('%s → weakness getting worse', (text) => {
    expect(trend(text)).toBe('worsening');
  });

  it.each([
    ['Saddle: reduced.', 'saddle_anesthesia', 'present'],
    ['Urinary symptoms deny.', 'bladder_dysfunction', 'absent'],
    ['weight down 6kg no reason, back pain wakes me', 'night_pain', 'present'],
    ["I lose 8 kilo in 2 month, I don't do diet.", 'weight_loss', 'present'],
    ['cant get it up since back went. numb balls too', 'saddle_anesthesia', 'present'],
    ['My sex is not working since the back pain start.', 'sexual_dysfunction', 'present'],
    ['I use the drugs with needle before, stop 1 year.', 'iv_drug_use', 'present'],
    ["Woke up and couldn't feel my butt or my private area.", 'saddle_anesthesia', 'present'],
    ['My tailbone area and inner thighs feel numb.', 'saddle_anesthesia', 'present'],
    ['She also says intercourse felt different, with reduced sensation.', 'sexual_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, expected) => {
    expect(status(text, finding)).toBe(expected);
  });
});
