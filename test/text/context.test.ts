/**
 * Each context rule of the extractor, on sentences of the kind patients and
 * clinicians write, including the tricky ones of the issue.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../src/case/schema.js';
import { extract } from '../../src/text/index.js';

const find = (text: string, finding: string, side?: string): EvidenceItem | undefined =>
  extract(text).evidence.find((e) => e.finding === finding && (side === undefined || e.side === side));
const statusOf = (text: string, finding: string, side?: string): string | undefined => find(text, finding, side)?.status;
const mentionStatus = (text: string, finding: string): string[] => extract(text).mentions.filter((m) => m.finding === finding).map((m) => m.status);
/** Each text reads its finding as present; a failure names the text. */
const expectAllPresent = (cases: readonly (readonly [string, string])[]): void => {
  for (const [text, finding] of cases) expect([text, statusOf(text, finding)]).toEqual([text, 'present']);
};

describe('negation', () => {
  it.each([
    ['No numbness in the legs.', 'numbness'],
    ['She denies weakness.', 'weakness'],
    ['Presented without fever.', 'fever'],
    ['Negative for weight loss.', 'weight_loss'],
    ['I have not had any tingling.', 'tingling'],
    ['He is free of bladder symptoms.', 'bladder_dysfunction'],
    ['Saddle anaesthesia absent.', 'saddle_anesthesia'],
    ['Straight leg raise was negative.', 'slr_positive'],
    ['SLR -ve bilat.', 'slr_positive'],
    ["I don't get any pain down my legs.", 'leg_pain'],
    ['Afebrile.', 'fever'],
  ])('%s → %s absent', (text, finding) => {
    expect(statusOf(text, finding)).toBe('absent');
  });

  it('reaches through a list: "denies bowel or bladder dysfunction or saddle anaesthesia" negates all three', () => {
    const text = 'Denies bowel or bladder dysfunction or saddle anaesthesia.';
    for (const finding of ['bowel_dysfunction', 'bladder_dysfunction', 'saddle_anesthesia']) expect(statusOf(text, finding)).toBe('absent');
  });

  it('reaches through a review-of-systems list', () => {
    const text = 'REVIEW OF SYSTEMS: Negative for headache, chest pain, fevers, dysuria, incontinence of stool or weight loss.';
    for (const finding of ['fever', 'bowel_dysfunction', 'weight_loss']) expect(statusOf(text, finding)).toBe('absent');
  });

  it('"no improvement in the numbness" does not negate numbness', () => {
    expect(statusOf('There has been no improvement in the numbness of his left foot.', 'numbness', 'left')).toBe('present');
    expect(statusOf('Physiotherapy has not given him relief from his buttock pain.', 'leg_pain')).toBe('present');
  });

  it('a review of systems: "negative incontinence", "denied any visual change, bowel or bladder difficulties", "no change in bowel habits"', () => {
    expect(statusOf('GENITOURINARY: Negative frequency, negative urgency, negative dysuria, negative incontinence.', 'bladder_dysfunction')).toBe('absent');
    const text = 'She denied any visual change, bowel or bladder difficulties.';
    expect(statusOf(text, 'bowel_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('He has had no significant changes in his bowel habits.', 'bowel_dysfunction')).toBe('absent');
    // A change of bowel habit alone is a bowel symptom, not loss of bowel control.
    expect(statusOf('Colonoscopy for a change in bowel habits.', 'bowel_dysfunction')).toBeUndefined();
    // "Negative" after a finding still reaches back only to it.
    expect(statusOf('SLR negative, numbness in the left foot.', 'numbness', 'left')).toBe('present');
  });

  it('asides, organs and the next item\'s qualifier are not results', () => {
    expect(statusOf('He denies, however, any bowel or bladder problems.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('No changes in bowel or urinary habits.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('Cystoscopy showed a high bladder neck and raised bladder lesions.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('Reflexes symmetrical, with bilateral plantar flexion, absent jaw jerk.', 'weakness')).toBeUndefined();
    expect(statusOf('Ankle jerk, absent.', 'ankle_reflex_reduced')).toBe('present');
  });

  it('a denial after a function and its result: "toileting problems were denied", not another item\'s', () => {
    expect(statusOf('Bowel or bladder problems were denied.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('Rectal: decreased rectal tone and absent anal reflex.', 'anal_tone_reduced')).toBe('present');
    expect(statusOf('O/E: depressed L ankle reflex, R normal.', 'ankle_reflex_reduced', 'left')).toBe('present');
  });

  it('a patient\'s words: a limb "asleep", walking "before my legs go heavy"', () => {
    expect(statusOf("My toes on the left feel like they're asleep.", 'numbness', 'left')).toBe('present');
    expect(statusOf('My left foot has gone to sleep.', 'numbness', 'left')).toBe('present');
    expect(statusOf('I can walk for about 100 metres before my legs go heavy.', 'walking_leg_symptoms')).toBe('present');
    expect(statusOf("I can't go to sleep because of the pain in my leg.", 'numbness')).toBeUndefined();
  });

  it('a patient\'s words for the sphincters: a slow wee, not knowing when to go', () => {
    expect(statusOf('My wee is slow to start and I have to strain.', 'bladder_dysfunction')).toBe('present');
    expect(statusOf("I've noticed I can't tell when I need to poo.", 'bowel_dysfunction')).toBe('present');
    expect(statusOf("I can't tell when I need to go.", 'bladder_dysfunction')).toBe('present');
    expect(statusOf('No problems with my wee or poo.', 'bowel_dysfunction')).toBe('absent');
    expect(statusOf('I have to strain to lift it.', 'bladder_dysfunction')).toBeUndefined();
    // A word of stress inside the phrase, and text-speak, leave it whole (both had read as a denial).
    expect(statusOf("I also can't really tell when my bladder is full any more.", 'bladder_dysfunction')).toBe('present');
    expect(statusOf('cant rly feel wen i need a wee either is that normal', 'bladder_dysfunction')).toBe('present');
  });

  it('a patient\'s words for the sphincters, sex and the saddle, as fresh notes put them', () => {
    const present: [string, string][] = [
      ['I just go by the clock, no urge any more.', 'bladder_dysfunction'],
      ["He isn't sure he's emptying fully.", 'bladder_dysfunction'],
      ['Passing urine less often and having to push.', 'bladder_dysfunction'],
      ["Can't feel when he needs to pee, pad found wet.", 'bladder_dysfunction'],
      ['Son says dad has been wet the last two nights.', 'bladder_dysfunction'],
      ["I'd had an accident in my underwear and I genuinely didn't feel it happen.", 'bowel_dysfunction'],
      ["Constipated and straining, and says she can't really feel when she's going.", 'bowel_dysfunction'],
      ["I couldn't keep an erection.", 'sexual_dysfunction'],
      ['I realised I couldn\'t feel anything when my partner and I were intimate.', 'sexual_dysfunction'],
      ["Things haven't been working down below - erections and reduced feeling on ejaculation.", 'sexual_dysfunction'],
      ['His bottom "feels a bit dead" sitting on the toilet.', 'saddle_anesthesia'],
      ["His bum 'feels like it's been to the dentist'.", 'saddle_anesthesia'],
      ["When he sits on the toilet it's like sitting on a cushion - can't feel the seat properly.", 'saddle_anesthesia'],
      ['Reduced pinprick perianally.', 'perianal_sensation_reduced'],
      ['PP reduced perianally L>R.', 'perianal_sensation_reduced'],
      ['O/E: reduced sensation S2-S5, anal tone absent.', 'perianal_sensation_reduced'],
    ];
    expectAllPresent(present);
    expect(statusOf('Bowels fine, no accidents.', 'bowel_dysfunction')).toBe('absent');
  });

  it('an item of a denied list that opens on its own found result is that result', () => {
    expect(statusOf('PR: lax tone, no voluntary squeeze, reduced perianal sensation.', 'perianal_sensation_reduced')).toBe('present');
    expect(statusOf('No saddle anaesthesia, reduced ankle reflex on the left.', 'ankle_reflex_reduced')).toBe('present');
    // A symptom in a review of systems is still denied, and so is any item of "denies ...".
    expect(statusOf('No excessive fatigability, loss of motor skills or sensation.', 'weakness')).not.toBe('present');
    expect(statusOf('Denies numbness, decreased sensation.', 'sensory_loss')).toBe('absent');
  });

  it('serious pathology in fresh words: chemotherapy under way, a thermometer, pain no position settles', () => {
    expect(statusOf("I'm in the middle of chemo for lymphoma (cycle 4 of 6).", 'immunosuppression')).toBe('present');
    expect(statusOf('I feel very hot and cold, the thermometer show 38.9.', 'fever')).toBe('present');
    expect(statusOf("Pain in my lower back wakes me at 3 or 4am and doesn't settle whichever way I lie.", 'night_pain')).toBe('present');
    expect(statusOf('10 days of constant low back pain, no position comfortable, awake most of the night.', 'night_pain')).toBe('present');
  });

  it('more of round 21: passing urine not as it was, a residual in shorthand, erections stopped, a previous cancer on a form', () => {
    const present: [string, string][] = [
      ['Since yesterday I cannot make pee normal, I must wait long time and push hard.', 'bladder_dysfunction'],
      ["Can't tell if he's finished weeing.", 'bladder_dysfunction'],
      ['Erections have stopped since Saturday.', 'sexual_dysfunction'],
      ['Bladder scan PV 320ml.', 'post_void_residual'],
      ['Previous Ca: Y (bowel 2019, resected).', 'cancer_history'],
      ["PMH: L mastectomy 2015, 'all clear' since.", 'cancer_history'],
      ['Pain in night? Yes, I cannot sleep, every position is bad.', 'night_pain'],
      ['Dull back ache 2 months, now there at rest and in the night, has tried every position.', 'night_pain'],
      ['PMH: melanoma excised 2016. 59F, 6 wks low back pain, constant, worse at night and not eased by rest.', 'night_pain'],
    ];
    expectAllPresent(present);
    expect(statusOf('Previous Ca: N', 'cancer_history')).toBe('absent');
  });

  it('more of round 21: hesitancy, bowels not felt, a numb backside, spreading weakness, fevers and falls in plain words', () => {
    const present: [string, string][] = [
      ["I've had to stand at the toilet for ages before anything happens and then it's just a weak trickle.", 'bladder_dysfunction'],
      ['cant feel when my bladders full anymore.', 'bladder_dysfunction'],
      ["Also says she can't feel her bowels.", 'bowel_dysfunction'],
      ['I also have trouble feeling when I have to have a bowel movement.', 'bowel_dysfunction'],
      ["Numb 'around his backside' when he sits.", 'saddle_anesthesia'],
      ["When wiping he says it feels 'like doing it through a glove'.", 'saddle_anesthesia'],
      ["Sweating buckets at night and shaking like a leaf with cold one minute and roasting the next.", 'fever'],
      ['My trousers become loose but I not try to lose weight.', 'weight_loss'],
      ['19F rear seat passenger, car rolled at speed.', 'trauma'],
      ['81F on prednisolone 10mg long term for COPD.', 'immunosuppression'],
    ];
    expectAllPresent(present);
    expect(find('Started with R foot weakness 10 days ago, now spreading into L leg.', 'weakness')?.trend).toBe('worsening');
    expect(find('At 16:45 able to stand with support; by 17:20 unable to lift either leg off the trolley.', 'weakness')).toMatchObject({ status: 'present', trend: 'worsening' });
    expect(find('Quads were 4/5 two weeks ago, 3/5 today.', 'weakness')).toMatchObject({ grade: 3, trend: 'worsening' });
    expect(find('Day 1 L ankle DF 4/5; day 2, 3/5; this morning 2/5.', 'weakness')).toMatchObject({ grade: 2, trend: 'worsening' });
  });

  it('no fall or injury in sleep, a grade that fell or a nerve root injured', () => {
    expect(statusOf('Woke up after falling asleep with my legs crossed and my right foot was floppy.', 'trauma')).toBeUndefined();
    expect(statusOf('Her L calf strength has fallen at each session.', 'trauma')).toBeUndefined();
    expect(statusOf('The EMG showed an old S1 injury rather than anything new.', 'trauma')).toBeUndefined();
    expect(statusOf('Sorry for my English. The foot fall down when I walk.', 'foot_drop')).toBe('present');
    expect(statusOf('She fell down the stairs last night.', 'trauma')).toBe('present');
  });

  it('safety-netting told back, a question whether a feeling is normal, and "need to go" beside one sphincter named', () => {
    const told = extract('The discharge paperwork says to come back if I have trouble urinating, numbness in the saddle area, weakness in my legs, or a fever over 100.4.');
    expect(told.evidence).toEqual([]);
    expect(statusOf('Asked crew "is it normal to feel a bit numb down there?" - on questioning denies any actual numbness.', 'saddle_anesthesia')).toBe('unknown');
    const bowel = extract("BNO 4 days - says she can't feel whether she needs to go. Bladder OK.").evidence;
    expect(bowel.find((e) => e.finding === 'bowel_dysfunction')?.status).toBe('present');
    expect(bowel.find((e) => e.finding === 'bladder_dysfunction')?.status).toBe('absent');
    expect(statusOf("I don't really feel when I need to go anymore, I've just been going by the clock.", 'bowel_dysfunction')).toBeUndefined();
  });

  it('round 22: a denial list joined by commas, two answers to one question, and more words of the sphincters, fever and weight', () => {
    // Both had read as present.
    const denied = extract('Denies numbness, P&N, bladder/bowel changes.').evidence;
    expect(denied.filter((e) => e.status === 'present')).toEqual([]);
    expect(extract('Problems controlling bladder/bowel? No / No.').evidence.map((e) => e.status)).toEqual(['absent', 'absent']);
    // Night pain had read as absent.
    expect(statusOf('57M, 8/52 constant lumbar pain, not mechanical, no relief lying down, wakes him.', 'night_pain')).toBe('present');
    expect(statusOf("Thoracolumbar pain 3/12, progressively worse, can't find any position to get comfortable at night.", 'night_pain')).toBe('present');
    const present: [string, string][] = [
      ["Had to change my undies twice today, didn't know I'd gone.", 'bladder_dysfunction'],
      ['Two times this week I did poo in my underwear and I did not feel it is coming.', 'bowel_dysfunction'],
      ['Also my bottom area is like sleeping when I sit.', 'saddle_anesthesia'],
      ["During sex it 'feels numb down there'.", 'sexual_dysfunction'],
      ["Waterworks 'a bit slow to get going'.", 'bladder_dysfunction'],
      ['Bladder scanned after changing: 410 ml still in the bladder.', 'post_void_residual'],
      ['Perianal LT reduced on L side.', 'perianal_sensation_reduced'],
      ['The temperature yesterday was 38.7.', 'fever'],
      ['Appetite poor, 6 kg down in 2 months.', 'weight_loss'],
      ['Hx myeloma on chemo (last cycle 10 days ago).', 'immunosuppression'],
    ];
    expectAllPresent(present);
    expect(statusOf('PMH: ovarian ca 2005, treated with carboplatin.', 'immunosuppression')).toBeUndefined();
    expect(statusOf("I've slipped a couple of times since, back pain 3 weeks.", 'trauma')).toBeUndefined();
    expect(statusOf('Pain wakes her when she rolls over in bed but settles once she gets comfy again.', 'night_pain')).toBeUndefined();
  });

  it('night pain a position eases is no night pain', () => {
    expect(statusOf("I'm just in a lot of pain and can't sleep on my left side.", 'night_pain')).toBeUndefined();
    expect(statusOf('Thigh pain, burning, worse at night but can settle lying on her side.', 'night_pain')).toBeUndefined();
    expect(statusOf('The pain is so bad I can\'t sleep.', 'night_pain')).toBe('present');
  });

  it('a minor fall onto the bottom is trauma for fragile bones or an old patient only', () => {
    expect(statusOf('PMH osteoporosis. Slipped on the icy path and landed on her backside, back pain since.', 'trauma')).toBe('present');
    expect(statusOf("I'm 78. I sat down heavily on the edge of the bath and felt something go in my back.", 'trauma')).toBe('present');
    expect(statusOf("I'm 30. I sat down heavily on the bench and my back hurts.", 'trauma')).toBeUndefined();
    // A past history goes on until a sentence tells of last week.
    expect(statusOf('PMH: COPD on long-term prednisolone, osteoporosis. Slipped off a kerb last week and landed heavily.', 'trauma')).toBe('present');
  });

  it('weight lost "w/out trying" is lost, not denied', () => {
    expect(statusOf('lost about half a stone w/out trying and appetite poor.', 'weight_loss')).toBe('present');
    expect(statusOf('lost about half a stone w/o trying.', 'weight_loss')).toBe('present');
  });

  it('a patient\'s words: "numb down there", "no problems going to the toilet"', () => {
    expect(statusOf('It feels numb down there.', 'saddle_anesthesia')).toBe('present');
    const text = "I haven't had any problems going to the toilet.";
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bowel_dysfunction')).toBe('absent');
    expect(statusOf("I can't go to the toilet properly.", 'bladder_dysfunction')).toBe('present');
  });

  it('a denial reaches through a list joined by "or" to a function named last', () => {
    expect(statusOf('She denies any bowel or bladder dysfunction or loss of sensation in her genital area.', 'perianal_sensation_reduced')).toBe('absent');
    expect(statusOf('He denies numbness, tingling or loss of sensation in the feet.', 'sensory_loss')).toBe('absent');
    expect(statusOf('Denies fever, chills, bladder or bowel changes.', 'bowel_dysfunction')).toBe('absent');
  });

  it('"denies any new ..." and "no voiding or stooling problems" are denials', () => {
    const text = 'Denies any new bowel or bladder dysfunction or increased sensory loss.';
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bowel_dysfunction')).toBe('absent');
    expect(statusOf('He had no voiding or stooling problems.', 'bladder_dysfunction')).toBe('absent');
    // "New" after a denial of something else still asserts.
    expect(statusOf('No weakness, new numbness in the left foot.', 'numbness', 'left')).toBe('present');
    expect(statusOf('5 to 10 white cells per high power field.', 'weakness')).toBeUndefined();
  });

  it('"no focal motor or sensory deficits" denies the deficits, not the power', () => {
    for (const text of ['No focal motor or sensory deficits.', 'There are no focal motor or sensory losses to the lower extremities.', 'No motor or sensory deficit was found.']) {
      expect(statusOf(text, 'weakness'), text).toBe('absent');
      expect(statusOf(text, 'sensory_loss'), text).toBe('absent');
    }
    expect(statusOf('No power in the left leg.', 'weakness', 'left')).toBe('present');
  });

  it('"(-)" and "(+)" of a review of systems', () => {
    const text = 'Genitourinary: (-) decreased libido, (-) urinary incontinence. Neurological: (+) numbness.';
    expect(statusOf(text, 'sexual_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'numbness')).toBe('present');
    expect(statusOf('(-) leg pain, (+) back pain.', 'back_pain')).toBe('present');
  });

  it('a treatment withheld or not taken does not negate what it is for', () => {
    expect(statusOf('His PCP informed him that he does not prescribe opiate medications for chronic back pain.', 'back_pain')).toBe('present');
    expect(statusOf('She is not taking any medication for her sciatica.', 'leg_pain')).toBe('present');
    expect(statusOf('He has not been treated for back pain.', 'back_pain')).toBe('present');
    // The treatment word voids only its own negation.
    expect(statusOf('No medication. No leg pain.', 'leg_pain')).toBe('absent');
  });

  it.each(['but', 'however', 'although'])('"%s" ends the scope', (word) => {
    const text = `No back pain, ${word} numbness in the right foot.`;
    expect(statusOf(text, 'back_pain')).toBe('absent');
    expect(statusOf(text, 'numbness', 'right')).toBe('present');
  });

  it('a new subject ends the scope', () => {
    const text = "I haven't had numbness or weakness, and I have pain down my left leg.";
    expect(statusOf(text, 'numbness')).toBe('absent');
    expect(statusOf(text, 'leg_pain', 'left')).toBe('present');
  });

  it('a lay negative about a function: "no trouble with my waterworks", "my bladder is fine", "peeing normally"', () => {
    expect(statusOf('No trouble with my waterworks.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('My bladder is fine.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf("I'm peeing normally and my bowels are normal.", 'bowel_dysfunction')).toBe('absent');
  });

  it('a negated function is a deficit: "can\'t pass urine", "ankle jerks absent", "no perianal sensation"', () => {
    expect(statusOf("I can't pass urine.", 'bladder_dysfunction')).toBe('present');
    expect(statusOf('Ankle jerks absent bilaterally.', 'ankle_reflex_reduced', 'both')).toBe('present');
    expect(statusOf('No perianal sensation on examination.', 'perianal_sensation_reduced')).toBe('present');
  });

  it('"X: none" answers X', () => {
    expect(statusOf('Back pain: None.', 'back_pain')).toBe('absent');
  });

  it('a list sharing one negation: "no accidents with my bladder or bowels"', () => {
    const text = "I haven't had any accidents with my bladder or bowels since it started.";
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bowel_dysfunction')).toBe('absent');
  });

  it('incontinence is the bowel\'s when the bowel is named with it, the bladder\'s otherwise', () => {
    for (const text of ['Faecally incontinent.', 'Incontinent of faeces.', 'Bowels: incontinent.', 'Bladder normal, bowels incontinent.']) {
      expect(statusOf(text, 'bowel_dysfunction'), text).toBe('present');
      expect(statusOf(text, 'bladder_dysfunction'), text).not.toBe('present');
    }
    expect(statusOf('He is incontinent.', 'bladder_dysfunction')).toBe('present');
    expect(statusOf('Doubly incontinent.', 'bladder_dysfunction')).toBe('present');
    expect(statusOf('Doubly incontinent.', 'bowel_dysfunction')).toBe('present');
  });

  it('a lay denial before the first item of a list reaches the items that stand bare after it', () => {
    const text = 'No trouble with my bladder, bowels or sex life.';
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'bowel_dysfunction')).toBe('absent');
    expect(statusOf(text, 'sexual_dysfunction')).toBe('absent');
    // An item with words of its own after it is not lent the first item's result.
    expect(find('Normal bladder, bowels loose.', 'bowel_dysfunction')).toBeUndefined();
    expect(statusOf('Normal bladder, bowels normal.', 'bowel_dysfunction')).toBe('absent');
  });

  it('a word that says a nerve root\'s pain by itself is shooting pain with no place named; a sport is not', () => {
    expect(statusOf('Her pain is constant, shooting, aching and sharp in nature.', 'shooting_pain')).toBe('present');
    expect(find('Sharp pain.', 'shooting_pain')).toBeUndefined();
    expect(find('Shooting pain in the chest.', 'shooting_pain')).toBeUndefined();
    expect(find('He was shooting basketball last week when he felt a pop.', 'shooting_pain')).toBeUndefined();
  });

  it('a finding of its own owner after "and" is a statement of its own: the negation before it and the test before it keep to themselves', () => {
    const text = 'He could not walk on his L heel at all and his toes scuff the floor.';
    expect(statusOf(text, 'weakness', 'left')).toBe('present');
    expect(statusOf(text, 'foot_drop')).toBe('present');
    expect(statusOf('He could not walk on his heels and his foot slaps.', 'foot_drop')).toBe('present');
    // A denial after it still reaches it; and an item of a list denied is still denied.
    expect(statusOf('The patient was not started on any antibiotics and his fever resolved.', 'fever')).toBe('absent');
    expect(statusOf('He denies problems with his bladder and his bowels.', 'bowel_dysfunction')).toBe('absent');
  });

  it('"no shooting pains" denies their kind, not pain in the leg; "no radiating pain" denies the leg', () => {
    expect(statusOf('No shooting pains.', 'shooting_pain')).toBe('absent');
    expect(find('No shooting pains.', 'leg_pain')).toBeUndefined();
    expect(statusOf('No radiating pain.', 'leg_pain')).toBe('absent');
    expect(statusOf('No electric shocks down the leg.', 'leg_pain')).toBe('absent');
  });
});

describe('uncertainty → unknown', () => {
  it('an equivocal result is unknown, not abnormal', () => {
    expect(statusOf('Plantar responses were equivocal, bilaterally.', 'upper_motor_neuron_signs')).toBe('unknown');
    expect(statusOf('SLR equivocal.', 'slr_positive')).toBe('unknown');
  });

  it.each([
    ['Possible L5 radiculopathy.', 'leg_pain'],
    ['Referred for MRI to rule out cauda equina symptoms.', 'bladder_dysfunction'],
    ['?saddle anaesthesia', 'saddle_anesthesia'],
    ['Query foot drop on the right.', 'foot_drop'],
    ['Suspected weakness of ankle dorsiflexion.', 'weakness'],
    ['r/o bladder retention', 'bladder_dysfunction'],
  ])('%s → %s unknown', (text, finding) => {
    expect(statusOf(text, finding)).toBe('unknown');
  });
});

describe('history → not current evidence', () => {
  it('"history of", "previous", "years ago" and a past-history section', () => {
    expect(mentionStatus('She has a history of sciatica.', 'leg_pain')).toEqual(['historical']);
    expect(mentionStatus('Previous episode of foot drop.', 'foot_drop')).toEqual(['historical']);
    expect(mentionStatus('He had numbness in the left leg many years ago.', 'numbness')).toEqual(['historical']);
    expect(mentionStatus('PAST MEDICAL HISTORY: Left leg weakness after a stroke.', 'weakness')).toEqual(['historical']);
    expect(find('She has a history of sciatica.', 'leg_pain')).toBeUndefined();
  });

  it('a duration before "history of" is the current illness', () => {
    expect(statusOf('A 3-month history of left leg pain.', 'leg_pain', 'left')).toBe('present');
  });

  it('findings that are history by nature stay', () => {
    expect(statusOf('History of prostate cancer.', 'cancer_history')).toBe('present');
    expect(statusOf('Previous L4-5 discectomy.', 'previous_spine_surgery')).toBe('present');
    expect(statusOf('PMH: type 2 diabetes, hypertension.', 'diabetes')).toBe('present');
  });

  it('a subject of the present ends a history word or a year before it', () => {
    expect(statusOf('Previous L4/5 discectomy 2015, now presents with 3 weeks of left leg pain.', 'leg_pain', 'left')).toBe('present');
    expect(statusOf('I had a discectomy in 2015 and now my back hurts.', 'back_pain')).toBe('present');
    expect(statusOf('Previous sciatica, still has some leg pain.', 'leg_pain')).toBe('present');
    // Any other subject does not: the year still dates what she developed then.
    expect(mentionStatus('In 2000, she developed sciatica in her right leg.', 'leg_pain')).toEqual(['historical']);
  });

  it('"in the past few months" is a recent stretch of time, not the past', () => {
    expect(statusOf('In the past few months he has had numbness in the left foot.', 'numbness', 'left')).toBe('present');
    expect(statusOf('In the past 3 weeks she has had leg pain.', 'leg_pain')).toBe('present');
    expect(mentionStatus('In the past he had sciatica.', 'leg_pain')).toEqual(['historical']);
  });

  it('"resolved" means absent; "never had" in a past history is a current negative', () => {
    expect(statusOf('The leg pain has resolved.', 'leg_pain')).toBe('absent');
    expect(statusOf('No history of cancer.', 'cancer_history')).toBe('absent');
  });

  it('gone and then back again is present', () => {
    expect(statusOf('My numbness went away after a week but came back yesterday.', 'numbness')).toBe('present');
    expect(statusOf('The leg pain settled, then returned last week.', 'leg_pain')).toBe('present');
    expect(statusOf("The weakness got better but it's back again now.", 'weakness')).toBe('present');
    // A person coming back, or a return to work, is no recurrence.
    expect(statusOf('Numbness resolved and he came back to clinic for review.', 'numbness')).toBe('absent');
    expect(statusOf('Leg pain resolved, returned to work.', 'leg_pain')).toBe('absent');
    expect(statusOf("Had a fever last week, it's gone now.", 'fever')).toBe('absent');
  });
});

describe('another person', () => {
  it('a relative, a family-history section: not the patient', () => {
    expect(mentionStatus('His mother has breast cancer.', 'cancer_history')).toEqual(['family']);
    expect(mentionStatus('Family history of lymphoma.', 'cancer_history')).toEqual(['family']);
    expect(mentionStatus('FAMILY HISTORY: Negative for prostate cancer.', 'cancer_history')).toEqual(['family']);
    expect(find('FAMILY HISTORY: Mother had breast cancer.', 'cancer_history')).toBeUndefined();
  });

  it('the patient\'s own findings in the same note stay', () => {
    const text = 'FAMILY HISTORY: Mother had breast cancer. HISTORY OF PRESENT ILLNESS: He has low back pain and numbness of the left foot.';
    expect(statusOf(text, 'back_pain')).toBe('present');
    expect(statusOf(text, 'numbness', 'left')).toBe('present');
  });
});

describe('hypotheticals and sections', () => {
  it('risks, precautions and instructions are not findings', () => {
    expect(extract('The risks of the procedure include infection, bleeding, nerve injury, weakness and numbness.').evidence).toEqual([]);
    expect(extract('The patient was instructed to seek immediate medical attention for fever, weakness, or changes in bowel or bladder function.').evidence).toEqual([]);
  });

  it('the numbered items of a list of risks are risks too', () => {
    const text = 'The risks and complications include, but are not limited to:,1. Infection.,2. Bleeding.,3. Incontinence.,4. Impotence.,The patient consented. He has left leg pain.';
    expect(statusOf(text, 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf(text, 'sexual_dysfunction')).toBeUndefined();
    expect(statusOf(text, 'leg_pain', 'left')).toBe('present');
    // A numbered list of problems is current.
    expect(statusOf('PROBLEMS:,1. Low back pain.,2. Urinary incontinence.', 'bladder_dysfunction')).toBe('present');
  });

  it('what a complication would do is not a finding', () => {
    expect(extract('An epidural hematoma can compress the spinal cord and result in weakness and numbness of all four extremities.').evidence).toEqual([]);
  });

  it('mood, general weakness and the flow of an artery are no leg findings', () => {
    expect(extract('Admits to decreased appetite, feeling depressed, and slight decrease in motor activity.').evidence).toEqual([]);
    expect(extract('Generalized weakness and lightheadedness.').evidence).toEqual([]);
    expect(extract('A dissection of the left external iliac artery, which precluded flow down into the left lower extremity.').evidence).toEqual([]);
    expect(statusOf('He was in a motor vehicle accident.', 'trauma')).toBe('present');
  });

  it('cauda equina syndrome named as such stands for its features', () => {
    const named = extract('PREOPERATIVE DIAGNOSIS: T12 compression fracture with cauda equina syndrome.').evidence;
    expect(named.find((e) => e.finding === 'bladder_dysfunction')?.status).toBe('present');
    expect(statusOf('Suspected CES.', 'saddle_anesthesia')).toBe('unknown');
    expect(statusOf('Large central L5/S1 disc herniation without cauda equina compression.', 'bladder_dysfunction')).toBe('absent');
    // Safety-netting and "CES-S" (suspected, sphincters intact) are not the syndrome.
    expect(statusOf('Advice: stay active, NSAID short course, safety-net for CES.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('Imp: CES-S (bilateral radicular sx) - urgent MRI.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('The upper aspect of the cauda equina was visualized.', 'bladder_dysfunction')).toBeUndefined();
  });

  it('the exception to a denied finding is that finding', () => {
    const text = 'No weakness apart from big toe extension on the right.';
    expect(find(text, 'weakness', 'right')?.movement).toBe('big_toe_extension');
    expect(find(text, 'weakness', 'right')?.status).toBe('present');
  });

  it('"not X, more like Y" denies X only', () => {
    const text = 'Not a deep ache, more like electric shocks down my leg.';
    expect(statusOf(text, 'deep_aching_pain')).toBe('absent');
    expect(statusOf(text, 'shooting_pain')).toBe('present');
    expect(statusOf(text, 'leg_pain')).toBe('present');
  });

  it('non-tender over the greater trochanter is no trochanteric tenderness; "GT" is the trochanter', () => {
    expect(statusOf('Non-tender over greater trochanter.', 'trochanter_tenderness')).toBe('absent');
    expect(find('Tenderness over GT R.', 'trochanter_tenderness', 'right')?.status).toBe('present');
  });

  it('the saddle area in a symptom\'s words is saddle anaesthesia; perianal sensation is the examination', () => {
    expect(statusOf('No loss of sensation in the saddle area.', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf('Perianal sensation intact.', 'perianal_sensation_reduced')).toBe('absent');
    expect(statusOf('Bladder scan post-void 80mls.', 'post_void_residual')).toBe('present');
  });

  it('a patient\'s questions and reading are not findings', () => {
    expect(statusOf('What happens if I get numbness around my bottom?', 'saddle_anesthesia')).toBeUndefined();
    expect(statusOf("Should I go to A&E if I can't pee?", 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf("I read that bladder problems can be serious - I don't have any.", 'bladder_dysfunction')).toBeUndefined();
    // A question and then a statement: the statement stands.
    expect(statusOf('Should I rest? My left foot is numb.', 'numbness', 'left')).toBe('present');
  });

  it('cauda equina symptoms screened and negative are absent', () => {
    expect(statusOf('CES sx screened: nil.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('Red flags checked: none.', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf('Red flags screened and negative.', 'bowel_dysfunction')).toBe('absent');
  });

  it('malignant hypertension is no cancer', () => {
    expect(statusOf('History of malignant hypertension.', 'cancer_history')).toBeUndefined();
  });

  it('a retention cyst is no urinary retention', () => {
    expect(statusOf('Mucous retention cyst in the right maxillary sinus.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('Admitted with urinary retention.', 'bladder_dysfunction')).toBe('present');
  });

  it('a plan restating a current problem still counts', () => {
    expect(statusOf('PLAN: Kegel exercises for urinary incontinence.', 'bladder_dysfunction')).toBe('present');
  });
});

describe('laterality and regions attach to the right finding', () => {
  it('the one side a note gives its leg findings is the side of its unsided findings, not of its denials', () => {
    const found = extract('L groin pain for 3 months. O/E: internal rotation of the hip limited and painful, tender over the greater trochanter. No numbness.').evidence;
    expect(found.find((e) => e.finding === 'hip_rotation_limited')?.side).toBe('left');
    expect(found.find((e) => e.finding === 'trochanter_tenderness')?.side).toBe('left');
    expect(found.find((e) => e.finding === 'numbness')).toMatchObject({ status: 'absent' });
    expect(found.find((e) => e.finding === 'numbness')?.side).toBeUndefined();
  });

  it('several findings and sides in one sentence', () => {
    const text = 'Left buttock pain, numbness of the right big toe and weakness of right ankle dorsiflexion.';
    expect(find(text, 'leg_pain', 'left')?.regions).toEqual(['buttock']);
    expect(find(text, 'numbness', 'right')?.regions).toEqual(['big_toe']);
    expect(find(text, 'weakness', 'right')?.movement).toBe('ankle_dorsiflexion');
  });

  it('a side\'s own well statement after a comma does not deny the other side', () => {
    expect(find('Right leg pain, left leg fine.', 'leg_pain', 'right')?.status).toBe('present');
    expect(find('Right leg pain, left leg fine.', 'leg_pain', 'left')?.status).toBe('absent');
    // A side in the list of what resolved is part of it.
    expect(find('Numbness and tingling, left leg, resolved.', 'numbness', 'left')?.status).toBe('absent');
  });

  it('"L and R" is both sides', () => {
    expect(find('Weak L and R ankle DF 4/5.', 'weakness', 'both')?.grade).toBe(4);
  });

  it('lay regions: outer shin, top of my foot, little toe, back of my leg', () => {
    expect(find('Tingling down the outside of my right shin to the top of my foot.', 'tingling', 'right')?.regions?.sort()).toEqual(['dorsum_foot', 'lateral_leg']);
    expect(find('Shooting pain down the back of my left leg into my little toe.', 'leg_pain', 'left')?.regions?.sort()).toEqual(['calf', 'lateral_foot', 'posterior_thigh']);
  });

  it('a neighbour\'s side is not copied: "low back and right thigh pain"', () => {
    const evidence = extract('Low back and right thigh pain.').evidence;
    expect(evidence.find((e) => e.finding === 'back_pain')?.side).toBeUndefined();
    expect(evidence.find((e) => e.finding === 'leg_pain')?.side).toBe('right');
  });

  it('plural and bilateral words mean both sides', () => {
    expect(find('Both my legs have gone weak.', 'weakness')?.side).toBe('both');
    expect(find('BLE numbness.', 'numbness')?.side).toBe('both');
    expect(find('Ankle jerks absent bilat.', 'ankle_reflex_reduced')?.side).toBe('both');
  });

  it('one result per side after a test: "absent on the right, present on the left"', () => {
    const reflex = extract('Achilles reflex absent on the right, present on the left.').evidence.filter((e) => e.finding === 'ankle_reflex_reduced');
    expect(reflex.map((e) => [e.side, e.status])).toEqual([['right', 'present'], ['left', 'absent']]);
  });

  it('"present" and "absent" of a sign such as Babinski\'s say whether the sign is there', () => {
    expect(statusOf('Babinski sign present.', 'upper_motor_neuron_signs')).toBe('present');
    expect(statusOf('Babinski signs were present bilaterally.', 'upper_motor_neuron_signs')).toBe('present');
    expect(statusOf('Babinski reflex is absent.', 'upper_motor_neuron_signs')).toBe('absent');
    const sides = extract('Babinski sign present on right and absent on left.').evidence.filter((e) => e.finding === 'upper_motor_neuron_signs');
    expect(sides.map((e) => [e.side, e.status])).toEqual([['right', 'present'], ['left', 'absent']]);
    // A reflex is the other way round.
    expect(statusOf('Ankle reflex present.', 'ankle_reflex_reduced')).toBe('absent');
  });

  it('the face is no leg: "numbness in the left side of his face", "right facial weakness"', () => {
    expect(find('The acoustic neuroma has caused some numbness in the left side of his face.', 'numbness')).toBeUndefined();
    expect(find('Right facial weakness.', 'weakness')).toBeUndefined();
    expect(find('Numbness of the left foot.', 'numbness', 'left')?.status).toBe('present');
  });

  it('a radiculopathy of the neck or arm is not leg pain', () => {
    for (const text of ['Left cervical radiculopathy at C5, C6.', 'C5-C6 disc herniation with right arm radiculopathy.', 'Neck pain with bilateral upper extremity radiculopathy.', 'Neck pain, progressive, with right greater than left radiculopathy.'])
      expect(find(text, 'leg_pain'), text).toBeUndefined();
    expect(find('L4-5 disc herniation with left radiculopathy.', 'leg_pain')?.side).toBe('left');
    expect(find('Neck and low back pain with bilateral radiculopathy.', 'leg_pain')?.side).toBe('both');
  });

  it('a word of movement is a pain\'s path only among symptoms', () => {
    expect(find('Stab incisions were placed on the lateral thigh.', 'leg_pain')).toBeUndefined();
    expect(find('The right lower extremity was extended.', 'leg_pain')).toBeUndefined();
    expect(find('The pain extends down the back of the leg.', 'leg_pain')?.status).toBe('present');
    expect(find('It goes down the back of my left leg.', 'leg_pain', 'left')?.status).toBe('present');
  });

  it('"RLE" and "LLE" are a side and a leg; a place before another pain is that pain\'s', () => {
    expect(find('RLE weakness.', 'weakness')?.side).toBe('right');
    const text = 'LLE numbness and RLE pain.';
    expect(find(text, 'numbness')?.side).toBe('left');
    expect(find(text, 'leg_pain')?.side).toBe('right');
    expect(find('Left leg numbness and right leg pain.', 'numbness')?.side).toBe('left');
  });

  it('"left greater than right" is both sides, not the side written last', () => {
    expect(find('Low back pain with left greater than right lower extremity radiculopathy.', 'leg_pain')?.side).toBe('both');
    expect(find('Right worse than left leg pain.', 'leg_pain')?.side).toBe('both');
  });

  it('a dermatome statement gives regions', () => {
    expect(find('Numbness in an L5 distribution on the left.', 'numbness', 'left')?.regions?.sort()).toEqual(['big_toe', 'dorsum_foot', 'lateral_leg']);
  });

  it('the saddle area turns numbness into saddle anaesthesia', () => {
    expect(statusOf("I'm numb between my legs and around my back passage.", 'saddle_anesthesia')).toBe('present');
    expect(statusOf("There's no numbness between my legs.", 'saddle_anesthesia')).toBe('absent');
  });
});

describe('the issue\'s examples', () => {
  it('a patient\'s words', () => {
    const { evidence } = extract("shooting pain down the back of my left leg into my little toe, can't stand on tiptoe, no trouble with my waterworks");
    const by = (f: string) => evidence.find((e) => e.finding === f);
    expect(by('leg_pain')).toMatchObject({ status: 'present', side: 'left' });
    expect(by('shooting_pain')).toMatchObject({ status: 'present', side: 'left' });
    expect(by('weakness')).toMatchObject({ status: 'present', side: 'left', movement: 'ankle_plantarflexion' });
    expect(by('bladder_dysfunction')).toMatchObject({ status: 'absent' });
  });

  it('a GP\'s shorthand', () => {
    const result = extract('LBP 2/52, radiating R leg to dorsum of foot, SLR +ve 30°, EHL 4/5 R, no saddle anaesthesia, no B/B dysfunction');
    const by = (f: string) => result.evidence.find((e) => e.finding === f);
    expect(result.durationDays).toBe(14);
    expect(by('back_pain')).toMatchObject({ status: 'present' });
    expect(by('leg_pain')).toMatchObject({ status: 'present', side: 'right', regions: ['dorsum_foot'] });
    expect(by('slr_positive')).toMatchObject({ status: 'present', side: 'right', grade: 30 });
    expect(by('weakness')).toMatchObject({ status: 'present', side: 'right', movement: 'big_toe_extension', grade: 4 });
    for (const f of ['saddle_anesthesia', 'bladder_dysfunction', 'bowel_dysfunction']) expect(by(f)).toMatchObject({ status: 'absent' });
  });

  it('every item carries its span and the words that fired it', () => {
    const text = 'LBP 2/52, radiating R leg to dorsum of foot, SLR +ve 30°';
    for (const item of extract(text).evidence) {
      expect(item.source).toBe('text');
      expect(text.slice(item.span![0], item.span![1])).toBe(item.words);
    }
  });
});

describe('a fresh round: safety nets, forms and falls', () => {
  it.each([
    'The GP said if my foot got weaker or I had any numbness in the saddle area I should go straight to A&E.',
    'Re-issued CES card: attend ED if numbness in the saddle area, difficulty passing urine or loss of bowel control.',
    'Analgesia, physio self-referral, red flags explained (new saddle numbness, loss of bladder control) - return to ED if they occur.',
    'Also told that worsening weakness in the foot should prompt return.',
    'Given the CES leaflet and told to attend ED immediately with any numbness in the saddle area or difficulty passing urine.',
  ])('a safety net\'s conditions are no findings: %s', (text) => {
    expect(extract(text).evidence).toEqual([]);
  });

  it('a finding stated before the safety net, or a condition of daily life, is the patient\'s; "A&E." ends its sentence', () => {
    expect(statusOf('She has saddle numbness, advised to attend ED if bladder symptoms develop.', 'saddle_anesthesia')).toBe('present');
    expect(statusOf('If I walk 100 m my legs go numb and I have to go back home.', 'numbness')).toBe('present');
    expect(statusOf('The physio said if I ever lose control of my bladder I should go straight to A&E. Pain down my right leg is a bit better.', 'leg_pain', 'right')).toBe('present');
  });

  it('reads a form line of several labels, one of them joined by a slash, and a subject unsure of a result', () => {
    const form = extract('Weight loss: N   Fever: N   Hx cancer: N   Steroids/immunosupp: N').evidence;
    expect(form.map((e) => `${e.finding} ${e.status}`)).toEqual(['weight_loss absent', 'fever absent', 'cancer_history absent', 'immunosuppression absent']);
    expect(statusOf("He had a TURP in 2019 and isn't sure whether the histology showed cancer - could you check the records, please?", 'cancer_history')).toBe('unknown');
  });

  it('weight advice, a hospital stay in nights, things that fall off, near-falls and a fall that did no harm are no findings', () => {
    expect(find('A/P: meralgia paresthetica - loosen belt, weight loss counseling.', 'weight_loss')).toBeUndefined();
    expect(find('47M admitted for 2 nights with severe L sciatica, unable to weight bear.', 'night_pain')).toBeUndefined();
    expect(find("I've switched to sneakers because my flip-flops keep falling off.", 'trauma')).toBeUndefined();
    expect(find("pt says 'my knee keeps buckling' - 3 near-falls this week vs none last week.", 'trauma')).toBeUndefined();
    expect(statusOf('She notices the R toes catching on the carpet and has had one fall at home, no injury.', 'trauma')).toBe('absent');
    expect(statusOf('Fell from a ladder, no head injury.', 'trauma')).toBe('present');
  });

  it('going by the clock is the organ its sentence names, else the bladder', () => {
    const bowels = extract("She also mentioned in passing that she's 'lost the urge' to open her bowels and has been going by the clock.").evidence;
    expect(bowels.map((e) => e.finding)).toEqual(['bowel_dysfunction']);
    expect(statusOf("I've noticed I don't get the usual 'gotta go' feeling anymore, I just go by the clock.", 'bladder_dysfunction')).toBe('present');
  });
});

describe('a fresh round: serious pathology in other words', () => {
  it.each([
    ['Pt 37F known to service, IVDU (injects groin), found by friend in bedsit.', 'iv_drug_use'],
    ['Not sleeping, pain even lying perfectly still.', 'night_pain'],
    ["She says the back pain is 'the worst it's ever been' and she can't get comfortable lying any way.", 'night_pain'],
    ['I take the prednisolone 10mg every day for my lungs since 4 years.', 'immunosuppression'],
    ['been sweatin n shiverin all nite', 'fever'],
    ["Family say he's 'wasting away' - belt now on the last notch, appetite poor.", 'weight_loss'],
    ['58 y/o M, current smoker 40 pk-yr, hx of NSCLC s/p lobectomy 2021.', 'cancer_history'],
    ['Hi its Sue, Dad fell off the step ladder this morning\nhes 79 and has osteoporosis', 'trauma'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('a writer who introduces themselves and then speaks of themselves keeps a relative\'s history the relative\'s', () => {
    expect(find('Hi its Sue, Mum had breast cancer. I have back pain.', 'cancer_history')).toBeUndefined();
  });
});

describe('a fresh round: results a clinician reads at once', () => {
  it('a reflex that has gone or disappeared is lost; a sign that has gone is not there', () => {
    expect(statusOf('It says my ankle jerk has gone on that side.', 'ankle_reflex_reduced')).toBe('present');
    expect(find('Over the fortnight the R knee jerk disappeared.', 'knee_reflex_reduced')).toMatchObject({ status: 'present', side: 'right' });
    expect(statusOf('Babinski sign has gone.', 'upper_motor_neuron_signs')).toBe('absent');
  });

  it('a straight leg raise that brings on no leg pain is negative; one with the side before its angle is read', () => {
    expect(statusOf('O/E T 37.9, tender ++ L5/S1, SLR 70 deg B without leg pain.', 'slr_positive')).toBe('absent');
    expect(statusOf('Exam: lumbar flexion limited, SLR L 70 deg with tight hamstrings only, neuro normal.', 'slr_positive', 'left')).toBe('absent');
    expect(find('SLR L 40, no leg pain on the R.', 'slr_positive')).toMatchObject({ status: 'present', side: 'left', grade: 40 });
    expect(find('SLR L 40 deg reproducing leg pain.', 'slr_positive')).toMatchObject({ status: 'present', grade: 40 });
  });

  it('pain much better, a lot less or eased off is improving; not a pain better lying down or better after sitting', () => {
    for (const text of ['Leg pain much better, 3/10 from 8/10.', 'The pain down my right leg is a lot less.', 'The pain down the back of my leg has eased off, which I thought was good news.', 'Leg pain much settled, 1-2/10.'])
      expect(find(text, 'leg_pain'), text).toMatchObject({ status: 'present', trend: 'improving' });
    expect(find('Leg pain better lying down.', 'leg_pain')?.trend).toBeUndefined();
    const walking = 'After about 50 yards his thighs ache and go numb, better after sitting on a wall for a couple of minutes.';
    expect(statusOf(walking, 'relief_sitting_or_bending')).toBe('present');
    expect(find(walking, 'numbness')?.trend).toBeUndefined();
  });

  it('a weakness said to be worse is getting worse; one worse on walking, or worse than the pain, is not', () => {
    expect(find('Numbness much better but my weakness is worse.', 'weakness')).toMatchObject({ status: 'present', trend: 'worsening' });
    expect(find('Foot drop has got worse.', 'foot_drop')).toMatchObject({ status: 'present', trend: 'worsening' });
    expect(find('R ankle weakness worse, now 3/5.', 'weakness')).toMatchObject({ side: 'right', trend: 'worsening' });
    expect(find('Weakness worse on walking.', 'weakness')?.trend).toBeUndefined();
    expect(find('The weakness is worse than the pain.', 'weakness')?.trend).toBeUndefined();
  });

  it("a test graded per side, then again 'now' or 'today', gives each side's change", () => {
    const text = 'At triage (14:10) ankle DF 4/5 R, 5/5 L; now R 3/5, L 4/5.';
    expect(find(text, 'weakness', 'right')).toMatchObject({ movement: 'ankle_dorsiflexion', grade: 3, trend: 'worsening' });
    expect(find(text, 'weakness', 'left')).toMatchObject({ movement: 'ankle_dorsiflexion', grade: 4, trend: 'worsening' });
    expect(find('Hip flexion R 4/5, L 5/5; today R 4/5, L 5/5.', 'weakness', 'right')).toMatchObject({ grade: 4, trend: 'stable' });
  });

  it("a fall because the leg went or gave out is the weakness's, no trauma; a leg that went numb is no such cause", () => {
    expect(find('update: knee giving way more n more. fell twice today cos R leg just went.', 'trauma')).toBeUndefined();
    expect(find('Fell yesterday because my knee gave out.', 'trauma')).toBeUndefined();
    expect(find('Fell when my left leg went from under me.', 'weakness')).toMatchObject({ status: 'present', side: 'left' });
    expect(find('Fell when my left leg went from under me.', 'weakness')?.trend).toBeUndefined();
    expect(statusOf('Fell off a ladder because the leg went numb.', 'trauma')).toBe('present');
  });

  it("what a nursing plan monitors for, and what a patient wonders whether they have, are not stated", () => {
    expect(find('Bladder: PU x2 post-op; monitor for retention and scan if no void in 6 h.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('She wonders whether her bladder is weaker.', 'bladder_dysfunction')).toBe('unknown');
    expect(statusOf('Urinary retention, PVR 600 ml, catheterised.', 'bladder_dysfunction')).toBe('present');
  });

  it('unable to turn in bed is mechanical pain, no night pain', () => {
    expect(find('Now very strong pain in the middle of back, I cannot turn in the bed.', 'night_pain')).toBeUndefined();
    expect(statusOf('The pain is there even in bed.', 'night_pain')).toBe('present');
  });

  it('more of it as the days go is getting worse', () => {
    expect(find('update: knee giving way more n more. thigh numb at front.', 'weakness')).toMatchObject({ movement: 'knee_extension', trend: 'worsening' });
    expect(find('My knee buckles going down stairs, more often every week.', 'weakness')).toMatchObject({ trend: 'worsening' });
    expect(find('I cannot stand on the toes of left foot, and each day it is more difficult.', 'weakness', 'left')).toMatchObject({ movement: 'ankle_plantarflexion', trend: 'worsening' });
    expect(find("Husband says her L foot has been 'flapping' more each day this week.", 'foot_drop')).toMatchObject({ side: 'left', trend: 'worsening' });
  });

  it('an answer that says when is a yes; night pain only on moving in bed is mechanical, no night pain', () => {
    expect(statusOf("Subjective Qs:\nNight pain? 'Only if I roll onto it.'\nBladder/bowel? 'All fine.'", 'night_pain')).toBe('absent');
    expect(statusOf('Pain at night? Only if I lie on that side.', 'night_pain')).toBe('absent');
    expect(statusOf('Night pain: only if I roll over.', 'night_pain')).toBe('absent');
    expect(statusOf('Night pain? Yes, wakes me every night.', 'night_pain')).toBe('present');
    expect(statusOf('Any leg weakness? Only when I walk far.', 'weakness')).toBe('present');
  });

  it("a raise that only tightens the back of the thigh is negative, and the tightness is no leg pain; a lumbar flexion's is the back's", () => {
    const text = 'The left leg pain is now intermittent, 2-3/10. SLR L 70° with mild posterior thigh tightness only; reflexes symmetrical.';
    expect(statusOf(text, 'slr_positive', 'left')).toBe('absent');
    expect(extract(text).mentions.filter((m) => m.finding === 'leg_pain').map((m) => m.words)).toEqual(['leg pain']);
    expect(statusOf('SLR 40 deg on the R with pain down the back of the leg.', 'leg_pain', 'right')).toBe('present');
    expect(statusOf('Lumbar flexion limited to 40° with pain and tightness in low back.', 'back_pain')).toBe('present');
    expect(statusOf('Neuro exam normal, SLR 80 bilat with no leg pain.', 'leg_pain')).toBe('absent');
  });

  it('no sensory level is no sensory loss; walking far with no leg symptoms is walking tolerated; pain largely gone is better', () => {
    expect(find('Legs: power 5/5 throughout, no sensory level, SLR neg.', 'sensory_loss')).toBeUndefined();
    expect(statusOf('Walks the dog 5 km with no leg sx.', 'walking_leg_symptoms')).toBe('absent');
    expect(statusOf('Legs ache when I walk.', 'walking_leg_symptoms')).toBe('present');
    expect(find("I'm pleased to say she now climbs stairs without the rail and her thigh pain has largely gone.", 'leg_pain')).toMatchObject({ status: 'present', trend: 'improving' });
  });
});

describe('a fresh round: what is dated, asked or possible', () => {
  it('a clause that opens on a past year is that year\'s', () => {
    const text = 'Back in 2018 I had a bad episode with numbness in my groin area and trouble peeing, they did emergency surgery and I recovered fully. Now I\'m having regular back pain.';
    expect(find(text, 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf(text, 'back_pain')).toBe('present');
    expect(statusOf('In 2023 he fell from a ladder and now has back pain.', 'trauma')).toBe('present');
  });

  it('a patient\'s question of what may happen, and a possibility explained, are no findings', () => {
    const text = "Pt questions: 'Will the injection make my leg go numb? Could I wet myself afterwards?' - explained transient numbness is possible.";
    expect(extract(text).evidence).toEqual([]);
    expect(statusOf('Numbness in the left foot is possible.', 'numbness', 'left')).toBe('unknown');
  });

  it('a label\'s history word stands between it and its box', () => {
    const form = 'Red flags: fever [ ]  weight loss [ ]  cancer hx [ ]  bladder/bowel [ ]  saddle [ ]  trauma [ ]';
    expect(statusOf(form, 'cancer_history')).toBe('absent');
    expect(statusOf('cancer hx [x]', 'cancer_history')).toBe('present');
  });
});

describe('a fresh round: false red flags of the last round', () => {
  it('a fall the weakness caused, and a past episode explained, are no red flags', () => {
    expect(find('He has had two falls when the knee buckled.', 'trauma')).toBeUndefined();
    expect(find('Yesterday I fall on the stair because the toe catch.', 'trauma')).toBeUndefined();
    expect(statusOf('He fell from a ladder when at work and now has weak legs.', 'trauma')).toBe('present');
    expect(find('Last year I had a bad episode where I lost some bladder control along with my back pain, but it turned out to be a UTI.', 'bladder_dysfunction')).toBeUndefined();
    expect(find('A few years before that I had a bout of bladder trouble which turned out to be a kidney stone.', 'bladder_dysfunction')).toBeUndefined();
  });

  it('a test for a disease, a form\'s "before", a question of what if, and advice about weight', () => {
    expect(statusOf('The urologist checked me for prostate cancer last year and it was all clear.', 'cancer_history')).not.toBe('present');
    expect(statusOf('Cancer before: no', 'cancer_history')).toBe('absent');
    expect(find('quick q - if i started getting numb round my bum would that be an emergency?', 'saddle_anesthesia')).toBeUndefined();
    expect(find('Imp: meralgia paraesthetica. Plan: loosen belt, wt loss advice, GP.', 'weight_loss')).toBeUndefined();
  });

  it('a change denied names one item; the list after it is denied too', () => {
    expect(statusOf('Denied any change to bladder/bowel or numbness around the bottom.', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf('No change in the numbness or the leg pain.', 'numbness')).toBe('present');
  });
});

describe('a fresh round: serious pathology told plainly', () => {
  it.each([
    ["I'm on a methadone script but I was injecting up until about a month ago.", 'iv_drug_use'],
    ['the spot where i inject on my arm is red n swollen n all', 'iv_drug_use'],
    ["For 2 weeks I've had a deep pain in my low back, and now it hurts even when I'm lying completely still.", 'night_pain'],
    ["62M, 2 months of LBP - 'nothing helps, not even lying still, I end up walking the landing at 3am'.", 'night_pain'],
    ['Even when I lie down still the pain not go.', 'night_pain'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('"nothing helps" denies nothing after it', () => {
    expect(statusOf('Nothing helps, no numbness.', 'numbness')).toBe('absent');
  });
});

describe('a fresh round: questions put in quotes and answered after a dash', () => {
  it('takes the quoted answer of a quoted question', () => {
    const text = "Asked 'any trouble passing water?' - 'no'; 'numb in the saddle area?' - 'no, just my foot'.";
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    expect(statusOf(text, 'saddle_anesthesia')).toBe('absent');
    expect(statusOf("Any trouble passing water? - 'yes, it dribbles'", 'bladder_dysfunction')).toBe('present');
  });

  it('a patient\'s "if I went numb …?" asks, and tells nothing', () => {
    expect(find("Pt read the CES leaflet and asked 'if I went numb down there would I definitely know?' - discussed.", 'saddle_anesthesia')).toBeUndefined();
    expect(statusOf('If I was walking my legs went numb.', 'numbness')).toBe('present');
  });
});

describe('a fresh round: serious pathology in the last round\'s words', () => {
  it.each([
    ["I've been sweating buckets at night and shaking.", 'fever'],
    ["He's been 'boiling hot then shaking under the duvet' for 3 nights.", 'fever'],
    ["The pain doesn't let up at all when I lie down.", 'night_pain'],
    ["Tonight 'screaming in bed, no way to lie'.", 'night_pain'],
    ['Weight down from 71 to 64 kg since the summer, not trying.', 'weight_loss'],
    ['Clothes hanging off her - daughter estimates a stone down since summer without trying.', 'weight_loss'],
    ['58F, DLBCL on R-CHOP cycle 4.', 'cancer_history'],
    ["Had 'a kidney taken out for a growth' 2019.", 'cancer_history'],
    ['33F, known to drug services, says she last injected 2 days ago.', 'iv_drug_use'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('a relative named after a finding owns it, unless they are telling of the patient', () => {
    expect(statusOf('Diabetes - mother.', 'diabetes')).toBeUndefined();
  });
});
