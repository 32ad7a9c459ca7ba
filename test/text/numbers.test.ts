/** Numbers, durations, age and sex read from text. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/text/index.js';

const item = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding);

describe('grades', () => {
  it.each([
    ['SLR +ve R at 30 deg', 'slr_positive', 'present', 30],
    ['Straight leg raise positive on the left at 45°.', 'slr_positive', 'present', 45],
    ['SLR to 90 deg -ve bilat', 'slr_positive', 'absent', undefined],
    ['R ankle DF 4/5', 'weakness', 'present', 4],
    ['EHL 4+/5 on the left', 'weakness', 'present', 4],
    ['EHL 4-/5 on the left', 'weakness', 'present', 4],
    ['EHL 5-/5 on the left', 'weakness', 'present', 4],
    ['Power 5/5 throughout.', 'weakness', 'absent', undefined],
    ['PVR 350 ml', 'post_void_residual', 'present', 350],
    ['Claudication 100m.', 'walking_leg_symptoms', 'present', 100],
    ['Neurogenic claudication after about 200 metres.', 'walking_leg_symptoms', 'present', 200],
    ['Bladder scan 900mL.', 'post_void_residual', 'present', 900],
  ])('%s', (text, finding, status, grade) => {
    const found = item(text, finding);
    expect(found?.status).toBe(status);
    expect(found?.grade).toBe(grade);
  });

  it('reflex grades: 0 and 1+ are reduced, 2+ is normal', () => {
    expect(item('Ankle jerks 1+ bilaterally.', 'ankle_reflex_reduced')?.status).toBe('present');
    expect(item('Knee jerks 2+ and symmetric.', 'knee_reflex_reduced')?.status).toBe('absent');
  });

  // A word before the movement says which way it went; the number, before or after, still grades it.
  it.each([
    ['Weakness of right ankle dorsiflexion 4/5.', 'ankle_dorsiflexion', 4],
    ['Weak right big toe extension (4/5).', 'big_toe_extension', 4],
    ['He has 4/5 weakness of the left EHL.', 'big_toe_extension', 4],
    ['The patient had 3/5 strength in the EHL.', 'big_toe_extension', 3],
  ])('grade beside a weakness word: %s', (text, movement, grade) => {
    const found = extract(text).evidence.find((e) => e.finding === 'weakness' && e.movement === movement);
    expect(found?.status).toBe('present');
    expect(found?.grade).toBe(grade);
  });

  it('a grade before a test: "0/0 Achilles", "3+/3+ Achilles", "5/5 strength throughout"', () => {
    expect(item('Reflexes: 1/trace patellae, 0/0 Achilles.', 'ankle_reflex_reduced')?.status).toBe('present');
    expect(item('Reflexes: 3+/3+ Achilles with nonsustained clonus.', 'ankle_reflex_reduced')?.status).toBe('absent');
    expect(item('He has 5/5 strength throughout.', 'weakness')?.status).toBe('absent');
  });

  it.each([
    ['Right hip flexion 5/5, left 4/5.'],
    ['Hip flexion 5/5 on the right and 4/5 on the left.'],
    ['Hip flexion R 5/5, L 4/5.'],
    ['Hip flex 5/5 R, 4/5 L.'],
  ])('one grade per side: %s', (text) => {
    const evidence = extract(text).evidence.filter((e) => e.finding === 'weakness' && e.movement === 'hip_flexion');
    expect(evidence.find((e) => e.side === 'right')?.status).toBe('absent');
    const left = evidence.find((e) => e.side === 'left');
    expect(left?.status).toBe('present');
    expect(left?.grade).toBe(4);
  });

  it.each([
    ['Deep tendon reflexes are 2+ at the knees and absent at the ankles.', 'absent', 'present'],
    ['Reflexes: 2+/2+ in BUE, 3+/3+ patellae, 0/1 ankles.', 'absent', 'present'],
    ['DTRs are 1+ at the knees and trace at the ankles.', 'present', 'present'],
    ['Deep tendon reflexes are 2+ bilateral knees and ankles.', 'absent', 'absent'],
    ['Reflexes: 2/2 BUE, absent in BLE.', 'present', 'present'],
    ['Reflexes: 3/3 BUE, 2/2 BLE.', 'absent', 'absent'],
  ])('reflexes graded by place: %s', (text, knee, ankle) => {
    expect(item(text, 'knee_reflex_reduced')?.status).toBe(knee);
    expect(item(text, 'ankle_reflex_reduced')?.status).toBe(ankle);
  });

  const sides = (text: string, finding: string) =>
    Object.fromEntries(extract(text).evidence.filter((e) => e.finding === finding).map((e) => [e.side, e.status]));

  // Each side keeps its own grade, the second side's included, comma or not.
  it.each([
    ['KJ: L 2+, R 0', 'knee_reflex_reduced', { left: 'absent', right: 'present' }],
    ['KJ L 2+, R absent', 'knee_reflex_reduced', { left: 'absent', right: 'present' }],
    ['AJ: L 0, R 2+', 'ankle_reflex_reduced', { left: 'present', right: 'absent' }],
    ['Ankle reflex R 2+ L 1+', 'ankle_reflex_reduced', { right: 'absent', left: 'present' }],
    ['Achilles absent on the right, present on the left.', 'ankle_reflex_reduced', { right: 'present', left: 'absent' }],
  ])('a reflex graded side by side: %s', (text, finding, expected) => {
    expect(sides(text, finding)).toEqual(expected);
  });

  it.each([
    'Reflexes: knee L 2+, R 2+; ankle L absent, R 2+.',
    'Reflexes: Knee: L 2+, R 2+. Ankle: L absent, R 2+.',
    'Reflexes:\nKnee: L 2+, R 2+\nAnkle: L absent, R 2+\nPlantars: downgoing',
  ])('a table of reflexes by place and side: %s', (text) => {
    expect(sides(text, 'knee_reflex_reduced')).toEqual({ left: 'absent', right: 'absent' });
    expect(sides(text, 'ankle_reflex_reduced')).toEqual({ left: 'present', right: 'absent' });
  });

  it('a row by place is a reflex only under a sentence about reflexes', () => {
    const joints = extract('Knee: full range of motion. Ankle: normal, L 2+ swelling.').evidence;
    expect(joints.filter((e) => e.finding.endsWith('reflex_reduced'))).toEqual([]);
  });

  it('only the reflexes whose places are named are graded', () => {
    expect(item('Deep tendon reflexes 2+ in both knees and both biceps.', 'ankle_reflex_reduced')).toBeUndefined();
  });

  it('a grade before "and" belongs to the item before it', () => {
    const found = item('Knee jerks are 2+ and ankle jerks are 1+.', 'ankle_reflex_reduced');
    expect(found?.status).toBe('present');
  });

  it('a large residual is also bladder dysfunction', () => {
    expect(item('Post-void residual of 1000cc.', 'bladder_dysfunction')?.status).toBe('present');
  });
});

describe('durations', () => {
  it.each([
    ['LBP 2/52.', 14],
    ['3/12 of left leg pain.', 90],
    ['Leg pain for 3 weeks.', 21],
    ['Six days ago my back went with sciatica.', 6],
    ['Since yesterday both legs have gone numb.', 1],
    ['For the past few weeks I get pins and needles in my foot.', 21],
    ['6-7/12 isolated back pain.', 195],
    ['68 y/o M presents with LBP x 3/7.', 3],
    ['67y M, 3/12 LBP.', 90],
    ['80 years young, back pain 3 weeks.', 21],
    ['Stomach pain x one and a half years.', 548],
    // The usual way a note states the duration, not a history.
    ['62yo F with 3/12 hx of bilateral leg pain on walking.', 90],
    ['History of 2 weeks of low back pain.', 14],
    ['Back pain over 48h.', 2],
  ])('%s → %i days', (text, days) => {
    expect(extract(text).durationDays).toBe(days);
  });

  it('"since Monday" counts back from the reference date, else is taken as a week', () => {
    expect(extract('Back pain since Monday.', { referenceDate: new Date('2026-11-25T00:00:00Z') }).durationDays).toBe(2);
    expect(extract('Back pain since Monday.').durationDays).toBe(7);
  });

  it('a duration of something else is not the symptoms\' duration', () => {
    expect(extract('Gastric banding 8/12 ago. 5/7 painless L foot drop.').durationDays).toBe(5);
  });

  it('a duration dates the finding nearest it: a risk factor\'s date is not the illness\'s', () => {
    expect(extract('I had breast cancer 5 years ago. Now my back hurts.').durationDays).toBeUndefined();
    expect(extract("I've had breast cancer, 5 years ago, and now my back hurts.").durationDays).toBeUndefined();
    expect(extract('Diabetic for 10 years, 2 weeks of left leg pain.').durationDays).toBe(14);
    // An injury dates the illness it began.
    expect(extract('Fell off a ladder 3 weeks ago, back pain since.').durationDays).toBe(21);
  });

  it('another person\'s illness, or a past episode, does not date the patient\'s', () => {
    expect(extract('My husband had sciatica for 3 years. My back hurts.').durationDays).toBeUndefined();
    expect(extract('I had sciatica 10 years ago. Now leg pain for 2 weeks.').durationDays).toBe(14);
  });

  it('a pregnancy, a follow-up and a blood pressure are no durations', () => {
    expect(extract('30 weeks pregnant with back pain.').durationDays).toBeUndefined();
    expect(extract('Pregnant, 28 weeks, with back pain.').durationDays).toBeUndefined();
    expect(extract('I am woman 45 years, back pain 2 weeks.').durationDays).toBe(14);
    expect(extract('Back pain. Review in 2/52.').durationDays).toBeUndefined();
    expect(extract('Temp = 38.3C BP = 146/52 with back pain.').durationDays).toBeUndefined();
  });

  it('a duration just before a symptom is the symptom\'s, whatever stands before it', () => {
    expect(extract('40yo man, IVDU, 1/52 severe thoracic back pain, febrile 38.7.').durationDays).toBe(7);
  });

  it('a distance walked before the legs give out is the walking distance', () => {
    const walking = extract('Walks 80m then has to sit, legs heavy.').evidence.find((e) => e.finding === 'walking_leg_symptoms');
    expect(walking?.grade).toBe(80);
  });

  it('an age and sex opening a sentence is no walking distance', () => {
    const walking = extract('81M, new severe back pain, bilateral leg weakness, unable to walk since this morning.').evidence.find((e) => e.finding === 'walking_leg_symptoms');
    expect(walking?.grade).toBeUndefined();
  });

  it('a duration before "hx" leaves its findings current', () => {
    const found = extract('62yo F with 3/12 hx of bilateral leg pain on walking, relieved by sitting.').evidence.map((e) => `${e.finding} ${e.status}`);
    expect(found).toEqual(['leg_pain present', 'walking_leg_symptoms present', 'relief_sitting_or_bending present']);
  });

  it('new leg pain dates the illness, not the years of back pain before it', () => {
    expect(extract("I've had back pain for years but the leg pain is new, three weeks.").durationDays).toBe(21);
  });

  it('onset', () => {
    expect(extract('Sudden onset of low back pain while lifting.').onset).toBe('sudden');
    expect(extract('Gradual onset of leg pain over months.').onset).toBe('gradual');
  });
});

describe('grades without "/5" once the sentence speaks of power', () => {
  it('reads "DF 4, EHL 3" after "Power:" as MRC grades', () => {
    const weak = extract('Power: L ankle DF 4, EHL 3; R 5 throughout.').evidence.filter((e) => e.finding === 'weakness' && e.side === 'left');
    expect(weak.map((e) => [e.movement, e.grade])).toEqual([
      ['ankle_dorsiflexion', 4],
      ['big_toe_extension', 3],
    ]);
  });

  it('after an angle, another side or another test has its own result', () => {
    const slr = (text: string) => extract(text).evidence.filter((e) => e.finding === 'slr_positive').map((e) => [e.status, e.side, e.grade]);
    expect(slr('SLR 40° L, crossed SLR neg.')).toEqual([['present', 'left', 40]]);
    expect(slr('SLR: L 30°, R neg')).toContainEqual(['present', 'left', 30]);
    // A straight leg raise's bare number is its angle.
    expect(slr('SLR 40 L')).toEqual([['present', 'left', 40]]);
    expect(slr('SLR R 60 deg, L neg.')).toContainEqual(['present', 'right', 60]);
  });

  it('each row of a power table keeps its own sides and grades', () => {
    const table = 'Power (MRC)\nHip flexion 5/5 bilat\nKnee extension 5/5 bilat\nAnkle DF L 4/5 R 5/5\nEHL L 3/5 R 5/5';
    const weak = extract(table).evidence.filter((e) => e.finding === 'weakness').map((e) => [e.status, e.side, e.movement, e.grade]);
    expect(weak).toContainEqual(['present', 'left', 'ankle_dorsiflexion', 4]);
    expect(weak).toContainEqual(['present', 'left', 'big_toe_extension', 3]);
    expect(weak).toContainEqual(['absent', 'both', 'knee_extension', undefined]);
    expect(weak).not.toContainEqual(['absent', 'both', 'ankle_dorsiflexion', undefined]);
  });

  it('a number is no grade without a word for power', () => {
    expect(extract('L EHL 4, tender L4.').evidence.find((e) => e.finding === 'weakness')?.grade).toBeUndefined();
  });
});

describe('temperature', () => {
  const fever = (text: string) => extract(text).evidence.find((e) => e.finding === 'fever')?.status;
  it.each([
    ['Temp 38.5', 'present'],
    ['T 38.2, HR 90.', 'present'],
    ['Vitals: temp 101.2 F, BP 120/80.', 'present'],
    ['Temperature 37.0.', 'absent'],
    ['VITAL SIGNS: Temperature 98.6, pulse 72.', 'absent'],
    ['Temperature of 100.3.', 'absent'],
  ])('%s → fever %s', (text, status) => {
    expect(fever(text)).toBe(status);
  });

  it('a temperature word without a reading, or a spinal level, is no fever', () => {
    expect(fever('Decreased temperature sensation in the feet.')).toBeUndefined();
    expect(fever('T12 fracture.')).toBeUndefined();
  });
});

describe('weight lost', () => {
  const weightLoss = (text: string) => extract(text).evidence.find((e) => e.finding === 'weight_loss')?.status;
  it.each([
    ['No history of cancer, but has lost 8kg unintentionally.', 'present'],
    ['I have lost 2 stone and have a history of lung cancer.', 'present'],
    ['He has no appetite over the past week and has lost 8 pounds during this period.', 'present'],
    ['He has not lost 2 stone.', 'absent'],
  ])('%s → weight loss %s', (text, status) => {
    expect(weightLoss(text)).toBe(status);
  });

  it('a loss the note explains is no red flag; "lost feeling" is numbness', () => {
    expect(weightLoss('He is status post gastric bypass surgery. He has lost about 200 pounds.')).toBeUndefined();
    expect(extract('I have lost feeling in my foot.').evidence.map((e) => e.finding)).toEqual(['numbness']);
  });
});

describe('age and sex', () => {
  it.each([
    ['47M, LBP.', 47, 'male'],
    ['26F with leg pain.', 26, 'female'],
    ['A 52-year-old woman with sciatica.', 52, 'female'],
    ['52 yo F with back pain.', 52, 'female'],
    ["I'm 32 and my back hurts.", 32, undefined],
    ['67y, T2DM, back pain.', 67, undefined],
    ['68 y/o M presents with LBP x 3/7.', 68, 'male'],
    ['F 34, LBP 2/52.', 34, 'female'],
    ['She is 62 and has back pain.', 62, 'female'],
    ['80 years young, back pain.', 80, undefined],
    ["I'm sixty-three and my back hurts.", 63, undefined],
    ['27 y.o. female with back pain.', 27, 'female'],
    ['I am woman 45 years, back pain 2 weeks.', 45, 'female'],
    ['Male, 38, back pain.', 38, 'male'],
    ['Mr Patel, 47, presents with sciatica.', 47, 'male'],
    ['Dear colleague, Mr Smith (52) has had sciatica.', 52, 'male'],
    ['Aggs: walking >100m, standing.', undefined, undefined],
    // "MR" in capitals is mitral regurgitation or a scan; "MR." and "Mr" are the title.
    ['There is mild MR noted.,3. Coronary angiography.', undefined, undefined],
    ['MR. SMITH has back pain.', undefined, 'male'],
    // One third-person pronoun is the patient's when no "I" speaks; "MS:" is the mental state.
    ['He has had numbness in the left foot since Friday.', undefined, 'male'],
    ['My mother says she had sciatica. I have back pain.', undefined, undefined],
    ['MS: A&O to person, place, time. He walks with a cane.', undefined, 'male'],
    ['My mother is 80 and has sciatica. I have back pain.', undefined, undefined],
    // Metres, percentages and degrees are not ages.
    ['Fall from height 3m, LBP.', undefined, undefined],
    ['Claudication distance 50m.', undefined, undefined],
    ['He is 107 percent of ideal body weight.', undefined, 'male'],
    ['The patient is 40 to 100 degrees range of motion.', undefined, undefined],
  ])('%s', (text, age, sex) => {
    const result = extract(text);
    expect(result.age).toBe(age);
    expect(result.sex).toBe(sex);
  });
});

describe('a movement graded twice over time', () => {
  const weakness = (text: string) => extract(text).evidence.filter((e) => e.finding === 'weakness').map(({ status, movement, grade, trend }) => ({ status, movement, grade, trend }));

  it.each([
    ['DF 4/5 yesterday, 2/5 today.', 'ankle_dorsiflexion', 2],
    ['L EHL was 4/5, now 2/5.', 'big_toe_extension', 2],
    ['Right ankle dorsiflexion weakness, 4/5 last week, now 3/5.', 'ankle_dorsiflexion', 3],
    ['EHL 4/5 -> 2/5', 'big_toe_extension', 2],
  ])('%s: the grade now, getting worse', (text, movement, grade) => {
    expect(weakness(text)).toEqual([{ status: 'present', movement, grade, trend: 'worsening' }]);
  });

  it('"has gone from 4/5 to 2/5" is a fall in power, not power gone', () => {
    expect(weakness('DF power has gone from 4/5 to 2/5 over 48 hours.')[0]).toEqual({ status: 'present', movement: 'ankle_dorsiflexion', grade: 2, trend: 'worsening' });
  });

  it('a grade that rose is improving, and full power now is no weakness', () => {
    expect(weakness('DF 3/5 last week, 4/5 today.')).toEqual([{ status: 'present', movement: 'ankle_dorsiflexion', grade: 4, trend: 'improving' }]);
    expect(weakness('EHL 4/5 on admission, 5/5 today.')).toEqual([{ status: 'absent', movement: 'big_toe_extension', grade: undefined, trend: 'improving' }]);
  });

  it('grades of two sides or two movements are no series', () => {
    expect(weakness('EHL R 5/5 L 3/5').map((w) => w.trend)).toEqual([undefined, undefined]);
    expect(weakness('EHL 4/5, DF 3/5 today').map((w) => w.grade)).toEqual([4, 3]);
  });
});

describe('a side in a heading', () => {
  const sides = (text: string) => extract(text).evidence.map((e) => `${e.movement} ${e.side}`);

  it.each([
    ['LLE: hip flexion 5/5, DF 3/5, EHL 3/5.', ['hip_flexion left', 'ankle_dorsiflexion left', 'big_toe_extension left']],
    ['Power in the right leg: hip flexion 4/5, knee extension 4/5.', ['hip_flexion right', 'knee_extension right']],
    ['Power: R hip flex 5, knee ext 5, DF 4, EHL 4-.', ['hip_flexion right', 'knee_extension right', 'ankle_dorsiflexion right', 'big_toe_extension right']],
  ])('%s', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it('a list that names its own sides keeps them', () => {
    expect(sides('Power: R DF 4/5, L DF 5/5.')).toEqual(['ankle_dorsiflexion right', 'ankle_dorsiflexion left']);
  });
});
