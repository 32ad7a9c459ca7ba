/**
 * Forms, checklists and interviews: answers given apart from the words they
 * answer, headings of checklists and advice that are not findings, and the
 * people who tell a patient's story.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/text/index.js';

const brief = (text: string): string[] => extract(text).evidence.map((e) => `${e.finding} ${e.status}${e.side ? ` ${e.side}` : ''}`);
const first = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding);
const statusOf = (text: string, finding: string): string | undefined => first(text, finding)?.status;

describe('a form answers the label before its answer', () => {
  it.each([
    ['Saddle anaesthesia: N', 'saddle_anesthesia'],
    ['Bowel incontinence - No', 'bowel_dysfunction'],
    ['Urinary retention – nil', 'bladder_dysfunction'],
    ['Urinary incontinence (Y/N): N', 'bladder_dysfunction'],
    ['Bladder dysfunction [ ] yes [x] no', 'bladder_dysfunction'],
    ['Saddle anaesthesia ☐ Yes ☒ No', 'saddle_anesthesia'],
    ['Weakness: N', 'weakness'],
  ])('%s → %s absent', (text, finding) => {
    expect(statusOf(text, finding)).toBe('absent');
  });

  it('each question of a form takes the answer on its own line', () => {
    const form = 'Back pain? Yes\nNumbness in the groin or bottom? No\nTrouble passing urine? No\nLoss of bowel control? No\nWeakness in your leg? No';
    expect(brief(form)).toEqual(['back_pain present', 'saddle_anesthesia absent', 'bladder_dysfunction absent', 'bowel_dysfunction absent', 'weakness absent']);
  });

  it('a checklist\'s items end at its slashes: a history item does not date the next', () => {
    const checklist = 'Red flag checklist: Fever N / Hx cancer Y - prostate 2019, on hormone injections / Night pain Y - wakes 3am / Trauma N.';
    expect(brief(checklist)).toEqual(['fever absent', 'cancer_history present', 'night_pain present', 'trauma absent']);
  });

  it('several fields on a line each take their own answer', () => {
    expect(brief('Fever: no   Weight loss: yes   Night pain: yes')).toEqual(['fever absent', 'weight_loss present', 'night_pain present']);
    expect(brief('Fever ✗  Night sweats ✗  Weight loss ✓')).toEqual(['fever absent', 'weight_loss present']);
    expect(brief('Urinary retention: No. Faecal incontinence: No. Saddle anaesthesia: No.')).toEqual([
      'bladder_dysfunction absent',
      'bowel_dysfunction absent',
      'saddle_anesthesia absent',
    ]);
  });

  it('a box, ticked or empty, answers the label before it', () => {
    expect(brief('Bladder dysfunction: ☑ No')).toEqual(['bladder_dysfunction absent']);
    expect(brief('Fever [ ] Weight loss [ ] Night pain [x]')).toEqual(['fever absent', 'weight_loss absent', 'night_pain present']);
  });

  it('a yes answers a label that names a function', () => {
    expect(statusOf('Back pain 2/52. Bladder: Y', 'bladder_dysfunction')).toBe('present');
  });

  it('an answer word that leads the next words is a plain negation', () => {
    expect(brief('LBP - no radiation')).toEqual(['back_pain present', 'leg_pain absent']);
    expect(brief('CNS: No TIA. No CVA.')).toEqual(['vascular_disease absent']);
  });
});

describe('a question takes the answer of the next sentence', () => {
  it('"No." answering one question ends its sentence before the next question', () => {
    expect(brief('Q: Any numbness in the saddle area? A: No. Q: Any problems passing urine? A: Yes, I have to strain.')).toEqual([
      'saddle_anesthesia absent',
      'bladder_dysfunction present',
    ]);
    expect(statusOf('Have you had any fevers? No. Weight loss? About half a stone, not trying.', 'fever')).toBe('absent');
  });

  it('answered no, yes, or not at all', () => {
    expect(statusOf('Do you have any numbness in your saddle area? No.', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf('Any bowel accidents? None.', 'bowel_dysfunction')).toBe('absent');
    expect(statusOf('Saddle anaesthesia? no', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf("Any problems with your waterworks? Yes, I can't hold it.", 'bladder_dysfunction')).toBe('present');
    expect(statusOf('Do you have any numbness in your saddle area?', 'saddle_anesthesia')).toBeUndefined();
  });

  it('what follows the answer stands', () => {
    expect(brief('Any numbness? No, but I get pins and needles in my left foot.')).toEqual(['numbness absent', 'tingling present left']);
  });
});

describe('checklists and advice about cauda equina syndrome are not the syndrome', () => {
  it.each(['CES warning card given.', 'Pt given CES leaflet and advised re red flags.', 'CES advice given.', 'CES symptoms explained.', 'Red flags discussed.'])(
    '%s → no finding',
    (text) => {
      expect(brief(text)).toEqual([]);
    },
  );

  it('a screen or checklist heading counts only when denied', () => {
    expect(brief('CES screen negative')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent', 'saddle_anesthesia absent']);
    expect(brief('Red flags: urinary retention.')).toEqual(['bladder_dysfunction present']);
    expect(brief('Red flags screened: no bladder or bowel dysfunction, no saddle anaesthesia, no fever.')).toEqual([
      'bladder_dysfunction absent',
      'bowel_dysfunction absent',
      'saddle_anesthesia absent',
      'fever absent',
    ]);
    // The syndrome named as a diagnosis still stands for its features.
    expect(statusOf('Imp: CES. Urgent MRI.', 'bladder_dysfunction')).toBe('present');
  });

  it('shorthand for normal sphincters and "no symptoms of cauda equina"', () => {
    expect(brief('B&B NAD')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(brief('B+B normal')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(statusOf('No symptoms of cauda equina.', 'saddle_anesthesia')).toBe('absent');
  });

  it('advice under a heading is hypothetical, a diagnosis is not', () => {
    expect(brief('Pt counselled re CES symptoms: urinary retention, incontinence, saddle numbness. Understands to attend ED.')).toEqual([]);
    expect(brief('Red flag symptoms explained: new incontinence, numb bottom, weak legs. Patient understands.')).toEqual([]);
    expect(brief('Diagnosis given: sciatica.')).toEqual(['leg_pain present']);
  });

  it('warnings under a heading are hypothetical, a list of risk factors is not', () => {
    expect(brief('Return precautions: fever, new weakness, saddle numbness, urinary retention')).toEqual([]);
    expect(brief('Safety-netting: urinary retention, saddle anaesthesia.')).toEqual([]);
    expect(brief('My GP told me to watch out for bladder problems.')).toEqual([]);
    expect(brief('CORONARY RISK FACTORS: History of hypertension, history of diabetes mellitus, nonsmoker.')).toEqual(['diabetes present', 'smoking absent']);
    // Treatment advice is about a real problem.
    expect(statusOf('The patient was advised about doing Kegel exercises for urinary incontinence.', 'bladder_dysfunction')).toBe('present');
  });

  it('a social history and a drug list hold risk factors', () => {
    expect(brief('SH: IVDU, non-smoker.')).toEqual(['iv_drug_use present', 'smoking absent']);
    expect(brief('SOCIAL HISTORY: He works in construction and walks a lot.')).toEqual([]);
    // Long-term steroids thin the bones and suppress immunity.
    expect(brief('DH: pred 10mg OD long term')).toEqual(['immunosuppression present', 'osteoporosis present']);
    // An indication is no finding, and a steroid is a risk only when taken long term.
    expect(brief('MEDICATIONS: Acetaminophen 650 mg p.o. q.6h. p.r.n. fever. Metformin 500 mg bid. Prednisone 20 mg.')).toEqual(['diabetes present']);
  });
});

describe('examination shorthand', () => {
  it('PR and rectal examination report the anal tone; a progesterone receptor and an ECG interval do not', () => {
    expect(statusOf('PR: normal tone, normal perianal sensation.', 'anal_tone_reduced')).toBe('absent');
    expect(statusOf('PR: reduced tone and squeeze, perianal sensation reduced.', 'anal_tone_reduced')).toBe('present');
    expect(brief('The tumor was ER positive, PR positive and HER-2/neu negative.')).toEqual([]);
    expect(brief('PR interval normal.')).toEqual([]);
  });

  it('"Saddle: intact" is the saddle\'s feeling; "BACK: Normal" is an inspection', () => {
    expect(statusOf('Bladder: normal. Bowel: normal. Saddle: intact.', 'saddle_anesthesia')).toBe('absent');
    expect(brief('BACK:  Normal. EXTREMITIES:  Normal.')).toEqual([]);
  });

  it('feeling reported on wiping is the symptom, whoever writes it down', () => {
    expect(statusOf('Reports reduced sensation when wiping.', 'saddle_anesthesia')).toBe('present');
    expect(statusOf('No trouble with my bladder or bowel, and I can feel when I wipe.', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf("I've got a numb bum.", 'saddle_anesthesia')).toBe('present');
    expect(brief('No perianal numbness, no urinary or bowel sx.')).toEqual(['saddle_anesthesia absent', 'bladder_dysfunction absent', 'bowel_dysfunction absent']);
  });

  it('a cancer that was cleared is still a history of cancer', () => {
    expect(statusOf('I had prostate cancer years ago, all clear now.', 'cancer_history')).toBe('present');
    expect(statusOf('Cancer: none', 'cancer_history')).toBe('absent');
  });
});

describe('a clinician\'s shorthand', () => {
  it('"neuro intact" and "no focal neurological deficit" deny weakness and sensory loss', () => {
    expect(brief('O/E: SLR neg bilat, FNST neg, neuro intact')).toEqual([
      'slr_positive absent both',
      'femoral_stretch_positive absent',
      'weakness absent',
      'sensory_loss absent',
    ]);
  });

  it('PAD beside claudication, an aortic aneurysm, P&N, a dated operation', () => {
    expect(brief('Smoker 30 pack years. PAD – claudication at 100m.')).toContain('vascular_disease present');
    expect(brief('Heating pad to the back.')).not.toContain('vascular_disease present');
    expect(brief('Triage note: 73M, back pain, PMH AAA.')).toContain('vascular_disease present');
    expect(brief('Physio: pt reports 7/10 LBP, P&N R foot intermittently.')).toContain('tingling present right');
    expect(brief('L4/5 discectomy 2016')).toEqual(['previous_spine_surgery present']);
  });

  it('a physiotherapy heading leads its list', () => {
    expect(brief('LBP. Aggs: sitting, bending, coughing.')).toEqual([
      'back_pain present',
      'pain_worse_sitting present',
      'pain_worse_bending_forward present',
      'pain_worse_cough_sneeze present',
    ]);
  });

  it('what happened today is not past history, whatever heading it follows', () => {
    expect(brief('PMH: osteoporosis, on alendronate. Fell from standing this morning.')).toEqual(['osteoporosis present', 'trauma present']);
  });
});

describe('more of forms, advice and people', () => {
  it('a denial heading, an unknown answer, an en dash, a transcript', () => {
    expect(brief('Pt denies: saddle anaesthesia, urinary retention, faecal incontinence.')).toEqual([
      'saddle_anesthesia absent',
      'bladder_dysfunction absent',
      'bowel_dysfunction absent',
    ]);
    expect(brief('Saddle anaesthesia: not assessed')).toEqual(['saddle_anesthesia unknown']);
    expect(brief('B&B – normal')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(brief('Q: Any numbness in the saddle area? A: No.')).toEqual(['saddle_anesthesia absent']);
  });

  it('a list still shares its denial; "and my" starts the patient\'s next statement', () => {
    expect(brief('Denies numbness and tingling.')).toEqual(['numbness absent', 'tingling absent']);
    expect(brief("Can't pee properly since yesterday and my bum feels numb.")).toEqual(['bladder_dysfunction present', 'saddle_anesthesia present']);
    expect(brief('My leg hurts, my back is fine.')).toEqual(['leg_pain present', 'back_pain absent']);
  });

  it('advice in a patient\'s words, a flatmate, a recovered foot drop, weight lost on purpose', () => {
    expect(brief('If your legs become weak or you develop numbness around your bottom, call 999.')).toEqual([]);
    expect(brief('My flatmate injects drugs but I never have.')).toEqual([]);
    expect(brief('Left foot drop in 2019, which has recovered.')).toEqual([]);
    expect(brief('I lost weight on purpose.')).toEqual([]);
    expect(statusOf("I'm a 60yo grandad with sciatica down my left leg.", 'leg_pain')).toBe('present');
  });

  it('"and my" also ends a result read backwards, and a denied toileting problem is denied', () => {
    expect(brief("My legs aren't weak and my bladder is normal.")).toEqual(['weakness absent both', 'bladder_dysfunction absent']);
    expect(brief('The patient does not have a history of allergy or toileting problems.')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
  });

  it('"no sphincter disturbances" and a stable weight are denials', () => {
    expect(brief('There are no sphincter disturbances.')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(statusOf('83F, 3/7 acute LBP, no trauma. Wt stable. Afebrile.', 'weight_loss')).toBe('absent');
  });

  it('"S/A", "RTC", and a bare PVR', () => {
    expect(brief('No B/B sx, no S/A.')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent', 'saddle_anesthesia absent']);
    expect(statusOf('B/B: normal. S/A: denies.', 'saddle_anesthesia')).toBe('absent');
    expect(brief('No s/s of infection.')).toEqual([]);
    // "Return to clinic", not a road traffic collision, unless the words of one stand beside it.
    expect(statusOf('RTC 4 wks or sooner if bowel/bladder sx.', 'trauma')).toBeUndefined();
    expect(statusOf('RTC at 40 mph, driver.', 'trauma')).toBe('present');
    expect(extract('PVR 550. PR: lax tone.').evidence.find((e) => e.finding === 'post_void_residual')?.grade).toBe(550);
  });

  it('"presents w/" ends the history before it', () => {
    expect(brief('65M w/ hx of DM2 presents w/ 3 wk hx of LBP and urinary retention.')).toEqual([
      'diabetes present',
      'back_pain present',
      'bladder_dysfunction present',
    ]);
  });
});

describe('who has it', () => {
  it('a relative who tells the story is not the one who has it', () => {
    expect(statusOf("Pt's wife reports he has been incontinent of urine twice.", 'bladder_dysfunction')).toBe('present');
    expect(brief('My wife says my right foot slaps when I walk.')).toEqual(['foot_drop present right']);
    expect(statusOf("No significant weight loss per mom's report.", 'weight_loss')).toBe('absent');
    expect(statusOf('Collateral from daughter: he has been wetting himself.', 'bladder_dysfunction')).toBe('present');
    // Unless she speaks of herself, or passes on a general fact.
    expect(brief('My mother says she had sciatica.')).toEqual([]);
    expect(statusOf("My friend said numbness in the bottom is an emergency, but I don't have that.", 'saddle_anesthesia')).toBeUndefined();
    expect(brief('This patient also has positive smoking exposure coming from mom.')).toEqual([]);
  });

  it('a relative described in a "who" clause has what the clause says', () => {
    expect(brief('I look after my mum who is incontinent and my back hurts.')).toEqual(['back_pain present']);
    expect(brief("Dad's got prostate cancer and I'm worried I have the same.")).toEqual([]);
  });

  it('a spouse writing for the patient: the symptoms are the patient\'s', () => {
    const text = "My husband is 55 and won't go to the doctor. He has had back pain for 2 weeks and now says his left leg is numb and weak and he's tripping over. He also wet the bed last night.";
    expect(brief(text)).toEqual(['back_pain present', 'numbness present left', 'weakness present left', 'foot_drop present left', 'bladder_dysfunction present']);
    // A child's wet bed, and tripping in the dark, are not red flags.
    expect(brief('He wet the bed until he was 7.')).toEqual([]);
    expect(brief('I keep tripping over things in the dark.')).toEqual([]);
  });

  it('a letter\'s greeting names no other person', () => {
    expect(brief('Dear colleague, Mr Smith has had left sided sciatica for 3 weeks.')).toEqual(['leg_pain present left']);
  });

  it('"I\'ve got back pain" and "I get back pain" keep the back', () => {
    expect(brief("I've got back pain.")).toEqual(['back_pain present']);
    expect(brief('I get back pain when I sit.')).toEqual(['back_pain present', 'pain_worse_sitting present']);
  });
});

describe('checklists with their boxes first, questions reported or not put, and who calls', () => {
  it('a box that opens its line answers the label after it, not the label before', () => {
    const text = 'CES screen:\n[x] Urinary retention\n[ ] Faecal incontinence\n[ ] Saddle anaesthesia';
    expect(brief(text)).toEqual(['bladder_dysfunction present', 'bowel_dysfunction absent', 'saddle_anesthesia absent']);
    expect(brief('- [ ] Bladder\n- [x] Bowel incontinence')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction present']);
    // Boxes after their labels keep working.
    expect(brief('Fever [ ] Night pain [x]')).toEqual(['fever absent', 'night_pain present']);
  });

  it('a question reported is no complaint; the answer given to it counts', () => {
    expect(statusOf("The doctor asked if I'd had any accidents with my bowels. I haven't.", 'bowel_dysfunction')).toBe('absent');
    expect(statusOf('doc asked if ive got numbness in my saddle area, i said no', 'saddle_anesthesia')).toBe('absent');
    expect(statusOf('The doctor asked whether I had numbness in my bottom.', 'saddle_anesthesia')).toBeUndefined();
  });

  it('one answer after a run of questions answers them all; a question not put asserts nothing', () => {
    expect(brief('Fever? Night sweats? Weight loss? No.')).toEqual(['fever absent', 'weight_loss absent']);
    expect(brief('Fever? Weight loss? Not asked.')).toEqual([]);
  });

  it('a relative who calls does not own the story the patient is the subject of', () => {
    const text = "Pt's husband calling — pt has had back pain for 5 days and since last night can't feel her bottom and hasn't passed urine for 14 hours.";
    expect(brief(text)).toEqual(['back_pain present', 'saddle_anesthesia present', 'bladder_dysfunction present']);
    expect(brief("The patient's mother has sciatica.")).toEqual([]);
  });

  it('incontinence in a bowel field is the bowel\'s', () => {
    expect(brief('Bladder dysfunction: No\nBowel dysfunction: Yes - 1 episode incontinence')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction present']);
  });
});

describe('shorthand, chronic complaints and misspellings', () => {
  it('"S/A intact" is saddle sensation intact: the "A" of S/A is no article', () => {
    expect(brief('S/A intact, B/B normal, SLR -ve.')).toEqual(['saddle_anesthesia absent', 'bladder_dysfunction absent', 'bowel_dysfunction absent', 'slr_positive absent']);
    expect(statusOf('+ S/A', 'saddle_anesthesia')).toBe('present');
  });

  it('a longstanding sphincter or sexual complaint is not the new one the policy means', () => {
    expect(brief('Longstanding erectile dysfunction, on sildenafil for 5 yrs, unchanged.')).toEqual([]);
    expect(brief('Chronic stress incontinence since childbirth.')).toEqual([]);
    expect(statusOf('Chronic back pain with new urinary retention.', 'bladder_dysfunction')).toBe('present');
  });

  it('common misspellings of the words that matter', () => {
    expect(statusOf('cant controll my bladdder since last nite', 'bladder_dysfunction')).toBe('present');
    expect(statusOf('I have incontinance of the urine since two days.', 'bladder_dysfunction')).toBe('present');
    expect(statusOf('Numbnes in my left foot and my bak hurts.', 'back_pain')).toBe('present');
  });
});

describe('an adversarial round: the rules of reading, where they could hide or invent a red flag', () => {
  it.each([
    ['Reduced anal squeeze, no perianal pinprick sensation, PVR 600ml.', 'post_void_residual', 'present'],
    ['PR: no tone, no sensation.', 'anal_tone_reduced', 'present'],
    ['PR: no tone, no sensation.', 'perianal_sensation_reduced', 'present'],
    ['Unable to void since 0400, in-out catheter drained 900ml.', 'post_void_residual', 'present'],
    ["It's wee I can't hold, not poo.", 'bladder_dysfunction', 'present'],
    ["My poo is fine, it's my wee - I can't get it out.", 'bladder_dysfunction', 'present'],
    ['His bowels have been normal; he was incontinent this morning for the first time.', 'bladder_dysfunction', 'present'],
    ['Incontinence (bowel) x1 today.', 'bowel_dysfunction', 'present'],
    ['Bowels: 1 episode of incontinence.', 'bowel_dysfunction', 'present'],
    ['[x] Urinary retention [ ] Saddle anaesthesia [ ] Faecal incontinence', 'saddle_anesthesia', 'absent'],
    ['Saddle anaesthesia: [ ] yes [x] no | Retention: [x] yes [ ] no', 'bladder_dysfunction', 'present'],
    ["He asked if I'd wet myself. I have, twice this week.", 'bladder_dysfunction', 'present'],
    ['They asked whether the pain wakes me at night. It does, every night.', 'night_pain', 'present'],
    ['Fever? Night sweats? Weight loss? Denies all.', 'fever', 'absent'],
    ['Asked about saddle anaesthesia - reports reduced feeling when wiping.', 'saddle_anesthesia', 'present'],
    ['Bladder symptoms settled with antibiotics and have not come back.', 'bladder_dysfunction', 'absent'],
    ['Retention resolved; normal voiding returned.', 'bladder_dysfunction', 'absent'],
    ['Saddle numbness had resolved by the time he came back to see us.', 'saddle_anesthesia', 'absent'],
    ["I can't feel any numbness down below, it's just my back.", 'saddle_anesthesia', 'absent'],
    ["He can't remember exactly when the numbness around his back passage started.", 'saddle_anesthesia', 'present'],
    ['Not a lot of feeling in my bottom.', 'saddle_anesthesia', 'present'],
    ['Hx: not able to pass urine, no numbness.', 'bladder_dysfunction', 'present'],
    ["I've been doing Weight Watchers and lost a stone.", 'weight_loss', 'absent'],
    ['Weight down 5kg, no change in diet or exercise.', 'weight_loss', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('no complaint from what is feared, from a sleepless baby, or from bleeding at PR', () => {
    expect(extract('My left leg is weak. Getting worse is my biggest fear.').evidence[0]?.trend).toBeUndefined();
    expect(statusOf('I was up all night with the baby and now my back is killing me.', 'night_pain')).toBeUndefined();
    expect(statusOf('Bowels open, no PR bleeding.', 'anal_tone_reduced')).toBeUndefined();
    expect(statusOf("It's my back pain that's getting worse.", 'back_pain')).toBe('present');
  });

  it('a trend said on its own after a finding', () => {
    expect(extract('Power 4/5 L EHL. Worse than last week.').evidence.find((e) => e.movement === 'big_toe_extension')?.trend).toBe('worsening');
    expect(extract('Foot drop noted at last visit. Worse today.').evidence[0]?.trend).toBe('worsening');
  });
});

describe('telephone calls about the patient', () => {
  it('after the caller, the relative named is the patient', () => {
    expect(brief('Daughter on phone: mum has had numbness in her bottom since yesterday and wet herself this morning.')).toEqual([
      'saddle_anesthesia present',
      'bladder_dysfunction present',
    ]);
    expect(brief('Telephone call from husband. His wife has had worsening weakness of her left leg over three days and is now dragging the foot.')).toEqual([
      'weakness present left',
      'foot_drop present left',
    ]);
  });

  it("the caller's own story stays the caller's, and a call to be made is no call", () => {
    expect(statusOf('Wife calling on behalf of pt: she herself has been incontinent since her hysterectomy; pt has back pain only, no bladder symptoms.', 'bladder_dysfunction')).toBe('absent');
    expect(brief('Will call his wife with results. Wife has diabetes.')).toEqual([]);
  });
});

describe('a list ends where an item is said to be normal', () => {
  it.each([
    ['No leaks from my bladder, bowels opening normally, saddle area feels numb though.', 'saddle_anesthesia', 'present'],
    ['No problems with the bladder, bowels completely out of control.', 'bowel_dysfunction', 'present'],
    ['no probs peeing, pooing is another story had 2 accidents', 'bowel_dysfunction', 'present'],
    ['Denies urinary symptoms, bowel changes or saddle numbness.', 'saddle_anesthesia', 'absent'],
    ['My back pain went away but the pain in my leg has come back.', 'back_pain', 'absent'],
    ["My husband's on Slimming World and has lost loads, but I've lost half a stone without even trying.", 'weight_loss', 'present'],
    ['My bladder is not getting worse, I still have to strain a bit.', 'bladder_dysfunction', 'present'],
    ['I was up all night with my back.', 'night_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a word for either sphincter said of the bowel', () => {
  it.each([
    ['Bowels: has not been able to feel the urge for 2 days, 1 episode of incontinence.', ['bowel_dysfunction present']],
    ['Bladder? No. Bowels? Incontinent x1.', ['bowel_dysfunction present']],
    ['He is incontinent.', ['bladder_dysfunction present']],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('a second adversarial round', () => {
  it.each([
    // Grades in time order, whatever the order written.
    ['DF 3/5, was 4/5 on admission.', 'weakness', 'present', 'worsening'],
    ['EHL 2/5 (4/5 yesterday).', 'weakness', 'present', 'worsening'],
    ['DF has deteriorated over 24 hours from 4/5 to 2/5.', 'weakness', 'present', 'worsening'],
    ['Left EHL now 2/5, previously 4/5.', 'weakness', 'present', 'worsening'],
    ['Right leg weakness. Much worse today.', 'weakness', 'present', 'worsening'],
    ['Chronic incontinence, much worse in the last 2 days.', 'bladder_dysfunction', 'present', undefined],
  ])('%s', (text, finding, status, trend) => {
    const found = extract(text).evidence.find((e) => e.finding === finding);
    expect(found?.status).toBe(status);
    expect(found?.trend).toBe(trend);
  });

  it.each([
    ['The nurse asked if the numbness in my bottom had got any better. It hasn\'t.', 'saddle_anesthesia', 'present'],
    ["Asked whether he can pass urine normally. He can't.", 'bladder_dysfunction', 'present'],
    ['[✓] Saddle anaesthesia [ ] Urinary retention', 'saddle_anesthesia', 'present'],
    ['[✓] Saddle anaesthesia [ ] Urinary retention', 'bladder_dysfunction', 'absent'],
    ['Saddle anaesthesia: Yes ☐ No ☒', 'saddle_anesthesia', 'absent'],
    ['No bowel symptoms but incontinent since yesterday.', 'bladder_dysfunction', 'present'],
    ['No bowel symptoms but incontinent since yesterday.', 'bowel_dysfunction', 'absent'],
    ['Bowels? Yes, incontinent twice.', 'bowel_dysfunction', 'present'],
    ['BO: incontinent', 'bowel_dysfunction', 'present'],
    ['No rigors, T 38.9.', 'fever', 'present'],
    ['Wet the bed x2 this week.', 'bladder_dysfunction', 'present'],
    ['I have to strain to pass water.', 'bladder_dysfunction', 'present'],
    ['Denies urinary retention, bowels opening normally, saddle anaesthesia, fevers or night sweats.', 'saddle_anesthesia', 'absent'],
    ['Denies urinary retention, bowels opening normally, saddle anaesthesia, fevers or night sweats.', 'fever', 'absent'],
    ['No episodes of incontinence x 6 months.', 'bladder_dysfunction', 'absent'],
    ['Saddle anaesthesia resolved; MRI came back normal.', 'saddle_anesthesia', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('what is not said to change does not, and a call is about its counterpart only', () => {
    expect(extract('L EHL 4/5. Getting worse? No, same as last week.').evidence[0]?.trend).toBeUndefined();
    expect(extract('My left leg is weak. The pain is getting worse.').evidence[0]?.trend).toBeUndefined();
    expect(statusOf('Pre-void bladder scan 650ml, post-void 80ml.', 'bladder_dysfunction')).toBeUndefined();
    expect(brief('Wife calling. He has had back pain for a week. His father had bowel cancer.')).toEqual(['back_pain present']);
    expect(brief('Husband phone number updated. Husband has incontinence.')).toEqual([]);
  });
});

describe('a third round: answers, rows of options, grades told with who saw them', () => {
  it.each([
    ['Bladder diary: 0 episodes of incontinence.', 'bladder_dysfunction', 'absent'],
    ["The GP asked if I'd had any accidents with my bladder. Yes I have.", 'bladder_dysfunction', 'present'],
    ['Any numbness in the saddle area? Yes since yesterday.', 'saddle_anesthesia', 'present'],
    ['Any trouble passing urine? Unfortunately yes.', 'bladder_dysfunction', 'present'],
    ['Specifically asked about bladder function - 2 episodes of incontinence this week.', 'bladder_dysfunction', 'present'],
    ['Asked if he has had any weight loss; says he has lost 10kg without trying.', 'weight_loss', 'present'],
    ['Faecal urgency and incontinence.', 'bladder_dysfunction', undefined],
    ['Bladder: [x] normal [ ] retention [ ] incontinence', 'bladder_dysfunction', 'absent'],
    ['Fever: [ ] Night pain: [x]', 'fever', 'absent'],
    ['Fever: [ ] Night pain: [x]', 'night_pain', 'present'],
    ['Woke up having wet the bed this morning.', 'bladder_dysfunction', 'present'],
    ['Our toddler wet the bed last night so none of us slept.', 'bladder_dysfunction', undefined],
    ['DRE: no tone, no sensation.', 'perianal_sensation_reduced', 'present'],
    ['Normal rectal tone; decreased sensation bilat below knees.', 'perianal_sensation_reduced', undefined],
    ['The numbness round my back passage went away. It came back last night.', 'saddle_anesthesia', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each(['DF was 4/5 when I saw him on Monday, now 2/5.', 'EHL 4/5 in clinic 2 weeks ago, today 3/5.', 'My right leg is weak. Both are getting worse.'])(
    '%s → weakness getting worse',
    (text) => {
      expect(extract(text).evidence.find((e) => e.finding === 'weakness')?.trend).toBe('worsening');
    },
  );
});

describe('companions, both sphincters in one word, and the trend nearest by place', () => {
  it.each([
    ['Seen with daughter. She reports mum has become incontinent of urine.', 'bladder_dysfunction', 'present'],
    ['Found on floor by neighbour. Weight loss noted by family.', 'weight_loss', 'present'],
    ["Haven't pooped in 4 days and I can't tell when I need to go.", 'bladder_dysfunction', undefined],
    ["Haven't pooped in 4 days and I can't tell when I need to go.", 'bowel_dysfunction', 'present'],
    ["Pt states 'I can't feel myself down there when I pee'.", 'saddle_anesthesia', 'present'],
    ["My right foot's been slapping when I walk.", 'foot_drop', 'present'],
    ['The pain in my back is constant even lying still.', 'night_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('a companion who is the patient\'s own relative stays a relative', () => {
    expect(statusOf('I came in with my mother. My mother has sciatica.', 'leg_pain')).toBeUndefined();
  });

  it('a trend goes to the finding nearest before it, not the one composed last', () => {
    const found = extract('Pain worse at night, new bilateral leg weakness over 3 days, getting worse.').evidence;
    expect(found.find((e) => e.finding === 'weakness')?.trend).toBe('worsening');
    expect(found.find((e) => e.finding === 'night_pain')?.trend).toBeUndefined();
  });
});

describe('callers in their own sentence, pre-void volumes, and what stopped', () => {
  it.each([
    ["Son on the phone, says dad can't pass urine since this morning.", 'bladder_dysfunction', 'present'],
    ['Parents called. Parents do smoke around the house.', 'smoking', undefined],
    ['I didn\'t sleep much, the grandkids stayed and one of them wet the bed.', 'bladder_dysfunction', undefined],
    ["I've had a weak bladder for years since the kids, nothing new there.", 'bladder_dysfunction', undefined],
    ['The incontinence stopped, and she came back to clinic for review.', 'bladder_dysfunction', 'absent'],
    ['Bladder scan 650ml pre-void, 30ml post-void.', 'bladder_dysfunction', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('the residual after voiding is the one read', () => {
    expect(extract('Bladder scan 650ml pre-void, 30ml post-void.').evidence.find((e) => e.finding === 'post_void_residual')?.grade).toBe(30);
  });
});

describe('losing a sphincter told in new pairings of familiar words', () => {
  it.each([
    ['He has started to lose control of his bladder.', 'bladder_dysfunction', 'present'],
    ['She has had difficulty controlling her bladder for 1 day.', 'bladder_dysfunction', 'present'],
    ["He's been losing control of his bowels since Tuesday.", 'bowel_dysfunction', 'present'],
    ['I am not able to feel when the urine is coming.', 'bladder_dysfunction', 'present'],
    ['This morning I cannot feel when I go for poo.', 'bowel_dysfunction', 'present'],
    ["He hasn't passed any urine since 6am.", 'bladder_dysfunction', 'present'],
    ['She has noticed a change in her bladder: she no longer feels when it is full.', 'bladder_dysfunction', 'present'],
    // Was read as a normal bladder ("full").
    ['She no longer feels when her bladder is full.', 'bladder_dysfunction', 'present'],
    ['No difficulty controlling her bladder.', 'bladder_dysfunction', 'absent'],
    ['Denies losing control of bowels or bladder.', 'bowel_dysfunction', 'absent'],
    ['Not controlling his bladder.', 'bladder_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a message written about a relative who is the patient', () => {
  it.each([
    ['Doctor, my husband he cannot hold the urine, he make wet in the bed last night. He have the back pain 1 week.', 'bladder_dysfunction', 'present'],
    ["Mum (84) fell off the step ladder this am, back pain bad, can't stand up, she's on alendronic acid", 'trauma', 'present'],
    ["Mum (84) fell off the step ladder this am, back pain bad, can't stand up, she's on alendronic acid", 'osteoporosis', 'present'],
    ["Caller is patient's wife: says husband been unable to pass urine all day.", 'bladder_dysfunction', 'present'],
    // The family's, still: the writer speaks of themselves, or names the relative once in a terse note.
    ["My mum had bowel cancer but I've never had anything like that myself.", 'cancer_history', undefined],
    ['Mum had breast cancer. Back pain for 2 weeks.', 'cancer_history', undefined],
    ['My mother says she had sciatica.', 'leg_pain', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('weakness that worsens, said in words or grades', () => {
  it.each([
    ['Since my last review his right-sided weakness has worsened.', 'weakness'],
    ['L leg weaker every day, now dragging it.', 'weakness'],
    ['Foot drop L has worsened since last session.', 'foot_drop'],
    ['Pt says foot has been flopping for 3 days and is worse than yesterday.', 'foot_drop'],
    ['L DF 4/5 last month, 2/5 today.', 'weakness'],
    // The change said right after a finding is that finding's, not the next one's.
    ['Presented with back pain, paraparesis progressing over 48 hours and urinary retention.', 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.find((e) => e.finding === finding)?.trend).toBe('worsening');
  });

  it('a standing fact gets no trend', () => {
    expect(extract('Diabetes has improved with diet.').evidence.find((e) => e.finding === 'diabetes')?.trend).toBeUndefined();
  });
});

describe('advice, forms and hedges that state no red flag', () => {
  it.each([
    ["The 111 nurse said if I go numb between my legs or can't pee I should go straight to A&E.", 'saddle_anesthesia', undefined],
    ['The doctor in hospital tell me if I have problem with urine or numb in the bottom I must come back quickly.', 'bladder_dysfunction', undefined],
    ['quick q if i got numbness down there wld that be an emergency', 'saddle_anesthesia', undefined],
    ['Discussed red flags and CES - pt aware to seek help if changes to bladder/bowel or saddle sensation.', 'bowel_dysfunction', undefined],
    ["Advised about CES - if you develop numbness around your bottom or can't pass urine come straight back.", 'saddle_anesthesia', undefined],
    ['Imp: CES unlikely but MRI to exclude.', 'saddle_anesthesia', 'unknown'],
    ['Red flag screen: Saddle anaesthesia N / Bladder sx N / Bowel sx N / Fever N / Hx Ca N.', 'saddle_anesthesia', 'absent'],
    ['Red flag screen: Saddle anaesthesia N / Bladder sx N / Bowel sx N / Fever N / Hx Ca N.', 'fever', 'absent'],
    ['Bladder Y - hesitancy since Tues', 'bladder_dysfunction', 'present'],
    ['IA form: Bladder change Y/N: N. Erectile/sexual change Y/N: Y (new since onset).', 'bladder_dysfunction', 'absent'],
    ['IA form: Bladder change Y/N: N. Erectile/sexual change Y/N: Y (new since onset).', 'sexual_dysfunction', 'present'],
    // A finding after "if I ..." that is not a warning stays.
    ['If I go for a walk my legs ache.', 'walking_leg_symptoms', 'present'],
    ['Bladder changes since Tuesday.', 'bladder_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('weight lost "w/o trying", and pain that takes the night or that rest does not ease', () => {
  it.each([
    ['Lost about half a stone w/o trying.', 'weight_loss', 'present'],
    ['LBP w/o radiation.', 'leg_pain', 'absent'],
    ['New thoracolumbar pain 6/52, keeping him up at night, nothing eases it.', 'night_pain', 'present'],
    ["Deep back pain that won't quit, even lying flat.", 'night_pain', 'present'],
    ['2/52 constant LBP, no relief lying flat.', 'night_pain', 'present'],
    ['Thoracolumbar pain that wakes him every night and is not relieved by changing position.', 'night_pain', 'present'],
    ['Her back pain has escalated, waking her from sleep, unrelieved by any position.', 'night_pain', 'present'],
    ['Back pain better lying down.', 'night_pain', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the saddle, sex, fever and retention in everyday words', () => {
  it.each([
    ["Last night I sat on the loo and couldn't feel the paper when I wiped.", 'saddle_anesthesia', 'present'],
    ["Says she can't feel herself when she wipes.", 'saddle_anesthesia', 'present'],
    ['Down below feels a bit like after the dentist.', 'saddle_anesthesia', 'present'],
    ["She thinks the toilet paper feels 'odd' on one side when she wipes.", 'saddle_anesthesia', 'present'],
    ["Feels like I'm sat on a bike saddle made of cotton wool.", 'saddle_anesthesia', 'present'],
    ["It's like sitting on a cushion that isn't there.", 'saddle_anesthesia', 'present'],
    ['Can feel the toilet paper normally.', 'saddle_anesthesia', 'absent'],
    ["Since my back went I've got no feeling at all when me and my husband are intimate.", 'sexual_dysfunction', 'present'],
    ['no feeling in my penis at all cant finish', 'sexual_dysfunction', 'present'],
    ['I have hot and cold, shaking, and back pain very strong.', 'fever', 'present'],
    ['Ran a low grade temp yesterday.', 'fever', 'present'],
    ['Hot and cold packs help.', 'fever', undefined],
    ['Sensation to hot and cold intact.', 'fever', undefined],
    ['PVR on scanner 420ml and pt had no idea his bladder was full.', 'bladder_dysfunction', 'present'],
    ['However since last wk he sometimes doesnt realise his bladder is full until it leaks.', 'bladder_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ["Urgent care did a bladder scan and said I was still holding 600 mL after I'd gone.", 600],
    ['Acute urinary retention, catheterised with 1.1 L residual.', 1100],
    ['Retention - catheterised by GP, PVR 1.1L.', 1100],
    ['PVR on scanner 420ml.', 420],
  ])('%s → residual %i mL', (text, grade) => {
    expect(extract(text).evidence.find((e) => e.finding === 'post_void_residual')?.grade).toBe(grade);
  });
});

describe('grades compared over time, finely and across sentences', () => {
  it.each([
    ['Ankle DF L 2/5 today vs 4/5 at IA 3/52 ago.', 'worsening', 2],
    ['Quads now 4/5 B (IA 5/5).', 'worsening', 4],
    // A plus or minus is a change within a grade.
    ['ankle DF 4-/5 (was 4+/5 at GP on Mon per letter).', 'worsening', 4],
    ['Her right quads have gone from 4+/5 in January to 4-/5 today.', 'worsening', 4],
    ['EHL R 4/5 (Mar) -> 4/5 (May) -> 3/5 today.', 'worsening', 3],
    // Was read as normal and improving: the grade before the operation came last.
    ['Ankle dorsiflexion L 4/5 (5/5 pre-op).', 'worsening', 4],
    ['The R foot drop is now dense with 0/5 DF (was 2/5).', 'worsening', 0],
    ['Day 1 in ED: L EHL 4/5. Today (day 3, re-presented): L EHL 2/5.', 'worsening', 2],
  ])('%s → %s, grade %i', (text, trend, grade) => {
    const weakness = extract(text).evidence.find((e) => e.finding === 'weakness' && e.status === 'present');
    expect(weakness?.trend).toBe(trend);
    expect(weakness?.grade).toBe(grade);
  });

  it('a movement graded again in a later sentence, lower, is getting weaker; higher, better', () => {
    const worse = (text: string, movement: string) => extract(text).evidence.find((e) => e.finding === 'weakness' && e.movement === movement && e.status === 'present');
    // The earlier grades are in a sentence dated in the past, and one of them is normal.
    const review = 'Seen 2/52 ago: L quads 4+/5, L hip flexion 5/5. Today quads 4-/5 and hip flexion 4/5.';
    expect(worse(review, 'knee_extension')).toMatchObject({ side: 'left', grade: 4, trend: 'worsening' });
    expect(worse(review, 'hip_flexion')).toMatchObject({ side: 'left', grade: 4, trend: 'worsening' });
    // Times of day, and a movement graded later without its side, which is the side it was first graded on.
    const serial = 'Minors 09:40: 45F, L sciatica, L EHL 4/5, waiting for a bed.\n14:00 re-examined: L DF now 3/5, EHL 3/5, and the R leg is tingling too.';
    expect(worse(serial, 'big_toe_extension')).toMatchObject({ side: 'left', grade: 3, trend: 'worsening' });
    expect(worse('0800: L ankle dorsiflexion 4/5, R 5/5. 1400: L DF 3/5 and now R DF 4/5.', 'ankle_dorsiflexion')).toMatchObject({ side: 'left', trend: 'worsening' });
    expect(extract('0800: L ankle dorsiflexion 4/5, R 5/5. 1400: L DF 3/5 and now R DF 4/5.').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', side: 'right', movement: 'ankle_dorsiflexion', grade: 4, trend: 'worsening' }),
    );
    expect(worse('Day 1: R EHL 2/5. Day 5: R EHL 4/5.', 'big_toe_extension')?.trend).toBe('improving');
    // The other leg's grade is no earlier grade of this one.
    expect(worse('R EHL 5/5. L EHL 3/5.', 'big_toe_extension')?.trend).toBeUndefined();
  });

  it('a grade compared against is the earlier one, and one dated by its own words times the series', () => {
    expect(first('hip flexion was 3/5 on both sides, compared with 4/5 documented in your letter of August.', 'weakness')).toMatchObject({ grade: 3, trend: 'worsening' });
    expect(first('Exam: L quads 3/5 (4/5 when seen by the ESP on 2nd May), L knee jerk absent.', 'weakness')).toMatchObject({ grade: 3, trend: 'worsening' });
    expect(first('quadriceps weaker than at his last visit in March.', 'weakness')?.trend).toBe('worsening');
  });

  it('a series said of one side is not the other side\'s, and a clock time is no grade', () => {
    const found = extract('R ankle dorsiflexion 2/5 (3/5 at 02:00), L 5/5.').evidence;
    expect(found.find((e) => e.side === 'right')).toMatchObject({ status: 'present', trend: 'worsening', grade: 2 });
    expect(found.find((e) => e.side === 'left')).toMatchObject({ status: 'absent' });
    expect(found.find((e) => e.side === 'left')?.trend).toBeUndefined();
  });
});

describe("a syndrome's name, queries and doubts", () => {
  it('a note that states the features is read by them; the name alone stands for them', () => {
    const stated = extract('Acute urinary retention, 1.1 L residual. Now saddle anaesthesia. Imp: CES until proven otherwise.').evidence;
    expect(stated.find((e) => e.finding === 'bowel_dysfunction')).toBeUndefined();
    expect(stated.find((e) => e.finding === 'saddle_anesthesia')?.status).toBe('present');
    expect(statusOf('Imp: CES.', 'bowel_dysfunction')).toBe('present');
  });

  it.each([
    ['? CES.', 'saddle_anesthesia', 'unknown'],
    ['? CES - saddle numbness, retention.', 'saddle_anesthesia', 'present'],
    ["? early CES - pt vague about whether she has had any accidents with her bladder, says 'maybe once'.", 'bladder_dysfunction', 'unknown'],
    ['Pt declined to discuss bladder sx today (embarrassed), will revisit.', 'bladder_dysfunction', 'unknown'],
    ["Pt asks 'could this be cancer doc?'", 'cancer_history', 'unknown'],
    ['Maybe I have little bit numb in the private area, I don\'t know.', 'saddle_anesthesia', 'unknown'],
    ['Fever: not sure', 'fever', 'unknown'],
    ['My back hurts, not sure why.', 'back_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('cancer, weight, trauma, the rectal examination and the bladder in more words', () => {
  it.each([
    ['Red flag screen: [x] night pain [ ] wt loss [x] hx ca (breast 2016) [ ] trauma.', 'cancer_history', 'present'],
    ['Red flags screen - Ca: breast 2014, in remission.', 'cancer_history', 'present'],
    ['Previous renal cell ca (nephrectomy 2016), now 8 weeks of mid-back pain.', 'cancer_history', 'present'],
    ['About a stone down since Xmas without trying.', 'weight_loss', 'present'],
    ["Drenching sweats, lost 'loads of weight'.", 'weight_loss', 'present'],
    ['6kg wieght loss over 3 months, no explanation.', 'weight_loss', 'present'],
    ['Comments: melanoma excised 2015, 4kg loss in 2 mo.', 'weight_loss', 'present'],
    ['Motorcyclist vs car approx 40mph, thrown ~10m.', 'trauma', 'present'],
    // A temperature taken is today's, whatever heading stands before it.
    ['SH: IVDU, last used yesterday (groin). T 38.6, HR 112.', 'fever', 'present'],
    ['PR: tone lax, reduced sensation perianally.', 'anal_tone_reduced', 'present'],
    ['PR: tone lax, reduced sensation perianally.', 'perianal_sensation_reduced', 'present'],
    ['Anal squeeze weak.', 'anal_tone_reduced', 'present'],
    ["Since Sat has had to 'push and push' to pass water and stream v weak.", 'bladder_dysfunction', 'present'],
    // "weak" of the stream is no weakness of a leg.
    ['Passing urine but stream weak, has to strain.', 'weakness', undefined],
    ['Takes ages to get going when weeing, stands there a minute then it dribbles.', 'bladder_dysfunction', 'present'],
    ["She's had to go back to the toilet several times because 'it doesn't all come out'.", 'bladder_dysfunction', 'present'],
    ["Pt says she 'can't feel it when she's wiping' and has had 2 wet episodes today.", 'saddle_anesthesia', 'present'],
    ["Pt says she 'can't feel it when she's wiping' and has had 2 wet episodes today.", 'bladder_dysfunction', 'present'],
    ["When I go toilet for the big one I don't feel it come, it just come out.", 'bowel_dysfunction', 'present'],
    ['Passing urine less often, no discomfort even when bladder full.', 'bladder_dysfunction', 'present'],
    ["I can't tell when my bladder's full any more.", 'bladder_dysfunction', 'present'],
    ['Good stream, no hesitancy.', 'bladder_dysfunction', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a foot drop that worsens, a relative who tells, and answers on their own line', () => {
  it.each([
    ['Obj: heel walk L unable - toes slap down. Ankle DF L 2/5 today vs 4/5 at IA 3/52 ago.', 'foot_drop'],
    ["Son says dad's R foot has been 'flopping' since Tues and tonight he's tripping on it every few steps, much worse than yesterday.", 'foot_drop'],
    ['Over the last fortnight his L foot has started slapping on the pavement and it is getting worse each week.', 'foot_drop'],
    ["Hx from pt: L leg 'giving way' on stairs - a week ago it was just the foot, now the whole leg feels weak.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.find((e) => e.finding === finding)?.trend).toBe('worsening');
  });

  it.each([
    ['Fever? N\nSteroids? Y', 'fever', 'absent'],
    ['Any fever? Weight loss? No.', 'fever', 'absent'],
    ['Sex life not resumed - reduced sensation in genitals.', 'sexual_dysfunction', 'present'],
    ['Discharge checklist: [x] mobilising independently [ ] urinary catheter in situ [x] bowels opened [x] pain controlled.', 'bowel_dysfunction', 'absent'],
    ["I've been on prednisolone tablets for my lungs for years.", 'immunosuppression', 'present'],
    ['We will start him on a tapered dose of prednisone for 4 weeks.', 'immunosuppression', undefined],
    ['Currently cycle 3 FOLFOX for bowel ca.', 'immunosuppression', 'present'],
    ['Back in March he had urinary hesitancy that settled after stopping amitriptyline, none since.', 'bladder_dysfunction', undefined],
    ['Found on the floor this am after a fall overnight, c/o severe low back pain.', 'night_pain', undefined],
    // The stream's dribble is the bladder's, not both sphincters'.
    ['Since Tuesday I go to the toilet and only a dribble comes out even though I\'m bursting.', 'bowel_dysfunction', undefined],
    ['Pain spreading down the leg.', 'leg_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('pain that spreads down the leg is no worsening', () => {
    expect(extract('Pain spreading down the leg.').evidence.find((e) => e.finding === 'leg_pain')?.trend).toBeUndefined();
  });
});

describe('negations that stop, and answers after a full stop', () => {
  it.each([
    ['Re-attends: pain no better, and no improvement in the numbness over the top of R foot.', 'numbness', 'present'],
    ["I've got saddle numbness, it's like sitting on a bike seat that isn't there, plus pain in both legs since yesterday.", 'leg_pain', 'present'],
    ['no wee probs no poo probs just sciatica left side worse when i sit', 'leg_pain', 'present'],
    ['no wee probs no poo probs just sciatica left side worse when i sit', 'bladder_dysfunction', 'absent'],
    ['New numbness dorsum L foot, not present pre-op.', 'numbness', 'present'],
    ['PMH: L4/5 discectomy 2012, fully resolved. Now 4/52 L leg pain to lateral calf.', 'leg_pain', 'present'],
    ['Falls risk assessment: previous fall? N. Osteoporosis? Y. Steroids? N.', 'osteoporosis', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a further fresh round: starting, leaking, soiling, sex and the night in more words', () => {
  it.each([
    ["Last couple of days I've had to really push to get a wee out and it only comes in dribbles.", 'bladder_dysfunction', 'present'],
    ["I'm having trouble getting my stream started when I pee.", 'bladder_dysfunction', 'present'],
    ['Struggling to get the stream going, has to push with his tummy and it takes ages.', 'bladder_dysfunction', 'present'],
    ["Mentioned in passing that she's had to wear a pad as she 'leaks a bit when I stand up'.", 'bladder_dysfunction', 'present'],
    ["Needs to 'go' about 10x a day but barely anything comes out and she never feels full.", 'bladder_dysfunction', 'present'],
    ["Wife reports pt has been 'peeing himself' at night for the past 2 nights which is totally new.", 'bladder_dysfunction', 'present'],
    ["OOH GP tel consult with pt's son. Father 88 hasn't passed urine for 14 hrs.", 'bladder_dysfunction', 'present'],
    ["Hx from daughter: 'Mum's been wetting herself the last few days, that's never happened before.'", 'bladder_dysfunction', 'present'],
    ["Pooped my pants at work today and didn't even realize it until I smelled it.", 'bowel_dysfunction', 'present'],
    ['had to run to the toilet and didnt make it, poo everywhere. never happened b4.', 'bowel_dysfunction', 'present'],
    ["Bowels: 'bunged up for 4 days and I can't really feel if I need to go'.", 'bowel_dysfunction', 'present'],
    ["When I wipe after the loo it's like I'm wiping someone else's bum, I can't really feel the paper.", 'saddle_anesthesia', 'present'],
    ["Sex has been different since this started - I can't feel much down there.", 'sexual_dysfunction', 'present'],
    ["Reduced feeling 'down there' and can't keep an erection since back flared up 5d ago.", 'sexual_dysfunction', 'present'],
    ["I've got this backache that's there all night, it wakes me at 3am and turning over doesn't help one bit.", 'night_pain', 'present'],
    // A diet denied denies nothing further on.
    ['hi, lost 2 stone since xmas not dieting, back aches all day and nite, nothing makes it better.', 'back_pain', 'present'],
    ["I'll be honest, I've been injecting again for the last few months.", 'iv_drug_use', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ["I can't go up on my tiptoes on the right any more, it just gives way.", 'weakness'],
    ["Wife says he's been dragging his R leg for a week and its getting worse.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.find((e) => e.finding === finding && e.status === 'present')?.trend).toBe('worsening');
  });
});

describe('more of a fresh round: callers, carers, grades after their number, and what the patient did to others', () => {
  it.each([
    ["911 caller: 'my son's on the bathroom floor, he's on chemo for leukemia, he's burning up.'", 'fever', 'present'],
    ['PRF: 52F, myeloma on lenalidomide + dex, acute severe lumbar pain bending to pick up grandchild.', 'cancer_history', 'present'],
    ['PRF: 52F, myeloma on lenalidomide + dex, acute severe lumbar pain bending to pick up grandchild.', 'immunosuppression', 'present'],
    ['Carer reports resident (92F) has been doubly incontinent since yesterday, previously continent of bowel and bladder.', 'bowel_dysfunction', 'present'],
    ["Handover: says when he went to the toilet he 'couldn't feel himself wee', and his penis feels numb.", 'bladder_dysfunction', 'present'],
    ["Handover: says when he went to the toilet he 'couldn't feel himself wee', and his penis feels numb.", 'sexual_dysfunction', 'present'],
    ['Pt reports that since last week she "can\'t tell when she needs a wee".', 'bladder_dysfunction', 'present'],
    ["Mentions his erections have 'not been right' since the back went 3 wks ago.", 'sexual_dysfunction', 'present'],
    ['Bladder scan after voiding: 420 mL.', 'post_void_residual', 'present'],
    ['Not PU by 12:00 despite fluids, no urge felt, scan 560 mL - re-catheterised.', 'bladder_dysfunction', 'present'],
    ["Pt reports 'I'm wetting myself without knowing' since yesterday, and around her front passage feels dead.", 'saddle_anesthesia', 'present'],
    ["Relative states pt 'hasn't been herself', losing weight for months.", 'weight_loss', 'present'],
    ['Crew note: reports injecting into groin, last hit this morning.', 'iv_drug_use', 'present'],
    ['Red flag screen: / Saddle numbness Y / N -> N / Hx cancer Y / N -> N', 'saddle_anesthesia', 'absent'],
    ['PR: tone reduced, perianal sensation patchy.', 'perianal_sensation_reduced', 'present'],
    ['I hurt my back lifting my son.', 'back_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ['R leg power now 2/5 at hip flexors (3/5 yesterday).', 'weakness'],
    ["Falls risk: states the foot 'won't come up' and is worse than on admission.", 'foot_drop'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.some((e) => e.finding === finding && e.trend === 'worsening')).toBe(true);
  });
});

describe('a relative who found the patient, and "just" that ends only a denial', () => {
  it.each([
    ["Wife found him unable to get off the toilet - says he's had an accident, bowels opened without him knowing.", 'bowel_dysfunction', 'present'],
    ['Bowels opened without him knowing.', 'bowel_dysfunction', 'present'],
    ["Wife says he's had an accident, bowels opened without him knowing.", 'bowel_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('a leg that "just gives way" keeps its side', () => {
    const weakness = extract('A week ago I could still go up on my tiptoes but now my left leg just gives way when I try.').evidence.find((e) => e.finding === 'weakness');
    expect(weakness?.side).toBe('left');
  });
});

describe('hedged answers, temperatures under any heading, and what discharge says', () => {
  it.each([
    ["Any numbness? Yeah, the outside edge of my right foot. Weakness? Not that I've noticed.", 'weakness', 'absent'],
    ["Numb when wiping? - pt unsure, 'maybe'.", 'saddle_anesthesia', 'unknown'],
    ['CC: back pain. 34F hx IVDU (last used heroin 2 days ago per pt), T 38.9, HR 118.', 'fever', 'present'],
    ['PMH: renal tx 2018, on tacrolimus + MMF. 5/7 severe LBP, rigors at home, temp 38.4 in ED.', 'fever', 'present'],
    ['Severe low back pain not settling with 20mg oramorph, cant get comfortable in any position.', 'night_pain', 'present'],
    ['Bladder scan post attempted void 780ml.', 'post_void_residual', 'present'],
    ['PMH: asthma, ex-smoker 20 pack-yrs. On discharge: residual numbness of the perineum, self-catheterising.', 'saddle_anesthesia', 'present'],
    ['PMH: asthma, ex-smoker 20 pack-yrs. On discharge: residual numbness of the perineum, self-catheterising.', 'bladder_dysfunction', 'present'],
    ['2 years ago I started having back pain.', 'back_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('tibialis anterior graded over time', () => {
    const weakness = extract('Progressive L foot drop over 10 days, TA 1/5 (4/5 on 02/03).').evidence.find((e) => e.finding === 'weakness');
    expect(weakness).toMatchObject({ movement: 'ankle_dorsiflexion', grade: 1, trend: 'worsening' });
  });
});

describe('a side in brackets is no "(-)"', () => {
  it.each([
    ['Leg pain (R), numbness in the foot.', 'numbness', 'present'],
    ['Pain (L) with tingling of the foot.', 'tingling', 'present'],
    ['[x] leg pain (R)  [ ] numbness  [x] pins & needles R foot', 'tingling', 'present'],
    ['(-) decreased libido, (-) vaginal dryness', 'sexual_dysfunction', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('weakness that worsens, in a few more ways', () => {
  it.each([
    ['Neuro obs 02:00 - Power: R leg 4/5 (was 5/5 at 22:00), L leg 5/5.', 'right'],
    ['Review. L EHL 4/5 last wk, now 3/5.', 'left'],
    ['Legs weaker over last 48h, now needs a frame.', 'both'],
    ['My foot right is more weak than when I see you last Tuesday.', 'right'],
  ])('%s → weakness %s worsening', (text, side) => {
    expect(extract(text).evidence.find((e) => e.finding === 'weakness' && e.status === 'present')).toMatchObject({ side, trend: 'worsening' });
  });

  it('a graded movement of a leg getting weaker gets weaker with it', () => {
    const found = extract('2 wk progressive bilateral leg weakness, now needs a cane. Exam: hip flexors 4-/5 bilat.').evidence;
    expect(found.find((e) => e.movement === 'hip_flexion')?.trend).toBe('worsening');
  });

  it('the other side graded once is not in the series', () => {
    const left = extract('Neuro obs 02:00 - Power: R leg 4/5 (was 5/5 at 22:00), L leg 5/5.').evidence.find((e) => e.side === 'left');
    expect(left).toMatchObject({ status: 'absent' });
  });
});

describe('denials that stop and doubts that are not', () => {
  it.each([
    ["81 yo M, can't walk to the mailbox without his legs going numb and has to sit.", 'numbness', 'present'],
    ['When I walk maybe 5 minute my both legs become heavy and pain.', 'leg_pain', 'present'],
    ["Says he keeps holding his back, won't sit down, and is walking oddly 'like his right foot is flapping'.", 'foot_drop', 'present'],
    ['Pt currently passing water fine, no numbness anywhere, sciatica L leg same as last week.', 'leg_pain', 'present'],
    ['Back pain settled a bit.', 'back_pain', 'present'],
    // Pain that analgesia does not settle is no night pain.
    ['Sciatica not settling with co-codamol + naproxen.', 'night_pain', undefined],
    ['Severe low back pain not settling with 20mg oramorph, cant get comfortable in any position.', 'night_pain', 'present'],
    ['went for a wee this morn & nothing came, tried 3 times', 'bladder_dysfunction', 'present'],
    ['Also not getting the urge to pee, going less often.', 'bladder_dysfunction', 'present'],
    ['Tripped on the kerb twice this week.', 'trauma', undefined],
    ["It doesn't hurt at all, not my back and not my leg.", 'leg_pain', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a third fresh round: residuals in words, callers named later, forms in a row, and labels with a slash', () => {
  it.each([
    ["The nurse at the walk-in scanned me after I'd been and said 350 ml was still left in there.", 'post_void_residual', 'present'],
    ['Now there\'s a nagging pain in my lower back that wakes me about 3am every night and nothing shifts it.', 'night_pain', 'present'],
    ['I had to pee like 6 times last night but only little dribbles each time and it never feels like it all comes out.', 'bladder_dysfunction', 'present'],
    ['Both legs have felt wobbly walking to the bathroom since Tuesday, it\'s getting worse.', 'weakness', 'present'],
    ['Doctor, the leg left is more weak every day. Before I can walk to the market, now I drag the foot.', 'foot_drop', 'present'],
    ['I feel like sitting on something that is not my body, the part where you sit on the bicycle is without feeling.', 'saddle_anesthesia', 'present'],
    ['When I am with my wife the feeling down there is gone, the penis is like not mine.', 'sexual_dysfunction', 'present'],
    ['cant feel myself wipe 2day?? back still agony.', 'saddle_anesthesia', 'present'],
    ['bowels havent moved in 5 days and i cant feel anything when i try to go, numb round my bum too.', 'bowel_dysfunction', 'present'],
    ['lost 10kg since jan w/o trying & back pain wakes me every nite no matter how i lie.', 'back_pain', 'present'],
    ['Red flag screen: Saddle anaesthesia N. Bladder/bowel disturbance N. Fever N.', 'bladder_dysfunction', 'absent'],
    ['Back pain Y  Leg pain Y (R)  Numbness N  Pins/needles Y R foot  Weakness N  Bladder N', 'numbness', 'absent'],
    ['Back pain Y  Leg pain Y (R)  Numbness N  Pins/needles Y R foot  Weakness N  Bladder N', 'weakness', 'absent'],
    ['Back pain Y  Leg pain Y (R)  Numbness N  Pins/needles Y R foot  Weakness N  Bladder N', 'tingling', 'present'],
    ['Urgent home visit req by daughter. Mum (81) on long-term pred for PMR, fell against the bath yesterday.', 'trauma', 'present'],
    ["111 call 21:14. Caller is wife. Husband 49, tonight he's messed himself in bed and didn't even wake up, she says he's 'numb in the bum' as well.", 'bowel_dysfunction', 'present'],
    ['89M, missed the last step at home and landed heavily on his backside.', 'trauma', 'present'],
    ['911 dispatch: 31M c/o back pain and shaking chills, roommate states pt injects.', 'iv_drug_use', 'present'],
    ["Care home call: staff say he's gone off his food and is much thinner.", 'weight_loss', 'present'],
    ['CC: back pain w/ urinary hesitancy. PVR by bladder scanner 420 mL.', 'post_void_residual', 'present'],
    // Not every "unable to have sex" is a lost function.
    ['Currently, she is unable to have sex with the lights on.', 'sexual_dysfunction', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('weaker again is weakness, getting worse', () => {
    expect(extract("hi dr its jo. R leg weaker again today, cant do stairs w/o the rail, worse than wed").evidence.find((e) => e.finding === 'weakness')).toMatchObject({ side: 'right', trend: 'worsening' });
  });
});

describe('who owns a finding named before a relative, and more of the third round', () => {
  it.each([
    ["Please see this builder who has had 2 weeks of back pain and now complains his water is slow to start and he has to push, and his wife has noticed he's not himself.", 'bladder_dysfunction', 'present'],
    ['Patient is married and is a nonsmoker and lives with his wife.', 'smoking', 'absent'],
    ['Breast cancer in her mother.', 'cancer_history', undefined],
    ['Diabetes - mother.', 'diabetes', undefined],
    ['PREOPERATIVE DIAGNOSES: Colon cancer screening and family history of polyps.', 'cancer_history', undefined],
    ["111 call: bum went numb yesterday after a long drive but that's gone now, all normal down below today.", 'saddle_anesthesia', 'absent'],
    ["Caller not sure whether she's had any accidents with her bladder.", 'bladder_dysfunction', 'unknown'],
    ["Pt reports since last wk he 'doesn't get the signal' that he needs to wee and has found himself wet twice.", 'bladder_dysfunction', 'present'],
    ['68M, now 6 wk of mid-back pain which wakes him at 3am every night; belt has gone in two notches without trying.', 'weight_loss', 'present'],
    ['Explained likely peripheral neuropathy - stocking distribution bilat, ankle jerks absent both.', 'ankle_reflex_reduced', 'present'],
    ['He also struggles to feel the toilet paper when he wipes.', 'saddle_anesthesia', 'present'],
    ['72M, low back ache that is worse when lying down and keeps him up.', 'night_pain', 'present'],
    ['e-RS triage: pt has been soiling without warning for a week along with worsening bilateral sciatica.', 'leg_pain', 'present'],
    ['Known to inject into groin.', 'iv_drug_use', 'present'],
    ['Hx chronic LBP. R leg sciatica; does not feel his bowels when they come, 2 accidents.', 'bowel_dysfunction', 'present'],
    ['Pt asked crew whether he should go to hospital. Worsening advice given re saddle numbness/incontinence.', 'saddle_anesthesia', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ['Quads R 4/5 on 2nd May, now 3/5.', 3],
    ['WR (SpR): overnight L foot drop worse - now 1/5 TA cf 3/5 on admission.', 1],
    ['Neuro obs 4 hrly: power R leg 4/5 at 08:00, 4/5 at 12:00, 3/5 at 16:00.', 3],
  ])('%s → worsening, grade %i', (text, grade) => {
    expect(extract(text).evidence.find((e) => e.finding === 'weakness' && e.trend === 'worsening')?.grade).toBe(grade);
  });

  it('weakness that has crept into the other leg', () => {
    const found = extract("She says his right leg is giving way more each day, and over the weekend the weakness has crept into the left leg too.").evidence;
    expect(found.find((e) => e.finding === 'weakness' && e.side === 'left')?.trend).toBe('worsening');
  });
});

describe('a fourth fresh round: residuals, forms, questions about oneself, and everyday words', () => {
  it.each([
    ['The ER scanned my bladder after I peed and said there was still 650 in there.', 'post_void_residual', 'present'],
    ['they did the bladder scan after i went, 300ml left in. is that bad?', 'post_void_residual', 'present'],
    ["Is it normal not to feel when my bladder's full? I've only noticed it since my back went.", 'bladder_dysfunction', 'present'],
    ['Pain in the night: yes, very much.', 'night_pain', 'present'],
    ['Pain in the night: no.', 'night_pain', 'absent'],
    ['[ ] Weakness / [ ] Change in bladder/bowel / [x] Pain at night that stops me sleeping', 'bowel_dysfunction', 'absent'],
    ["I've been running 100.8 on and off.", 'fever', 'present'],
    ['I was running 5 miles a day.', 'fever', undefined],
    ['In the ER he was initially afebrile, but then spiked up to 101.3.', 'fever', 'present'],
    ['Q: Any numbness between the legs? A: yes a bit on the R side of my bottom.', 'saddle_anesthesia', 'present'],
    ['Reassessment: perianal sensation to LT - reduced bilat (was normal 28/3).', 'perianal_sensation_reduced', 'present'],
    ['Tonight I went for a wee and nothing would come, stood there ages.', 'bladder_dysfunction', 'present'],
    ['Yesterday I am not able to make pee, only little drops.', 'bladder_dysfunction', 'present'],
    ["I had breast cancer in 2016, all clear since, and I've dropped nearly a stone without trying.", 'weight_loss', 'present'],
    ['Lately the back pain is there even lying dead still on the settee, and my trousers are falling off me.', 'weight_loss', 'present'],
    ["Since the back went I can't feel a thing during sex.", 'sexual_dysfunction', 'present'],
    ['bum numb down the middle n willy feels dead. since yday.', 'sexual_dysfunction', 'present'],
    ['I make the stool in my trouser without feel it, two times now.', 'bowel_dysfunction', 'present'],
    ["I don't feel any more when the bladder is full.", 'bladder_dysfunction', 'present'],
    ["Pt notes 'I had a bit of an accident - didn't feel it coming, just found it in my pants'.", 'bowel_dysfunction', 'present'],
    ["Couldn't feel herself having a BM this AM.", 'bowel_dysfunction', 'present'],
    ["Says the 'feeling in her privates is off' since yesterday, like after a dental freezing.", 'saddle_anesthesia', 'present'],
    ["I'm a motorbike courier and came off on the A-road last Tuesday, landed flat on my backside.", 'trauma', 'present'],
    ['The light is off.', 'numbness', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ["Two weeks ago I could still do calf raises. Now I can't get up on my tiptoes on the left at all, and it's going downhill fast.", 'weakness'],
    ['knee gave way again, right thigh weaker than last wk, cant do stairs now', 'weakness'],
    ["Pt states legs 'giving out' more each day this wk, now needs a walker.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.some((e) => e.finding === finding && e.trend === 'worsening')).toBe(true);
  });

  it('pain settled a lot is improving, not gone', () => {
    expect(extract('Leg pain has settled a lot.').evidence.find((e) => e.finding === 'leg_pain')).toMatchObject({ status: 'present', trend: 'improving' });
  });
});

describe('the rectal examination as a means, pulses not felt, and what "without" and "which" reach', () => {
  it.each([
    ['Reduced perianal sensation on PR, anal tone normal.', 'anal_tone_reduced', 'absent'],
    ['PR: reduced tone.', 'anal_tone_reduced', 'present'],
    ['Cold R foot, no palpable pedal pulses R.', 'pedal_pulses_reduced', 'present'],
    ['At time of leaving still c/o new inability to pass urine without pushing, and numb inner buttocks.', 'saddle_anesthesia', 'present'],
    ['Saddle area reduced sensation to light touch (tested by crew).', 'saddle_anesthesia', 'present'],
    ['33M rugby tackle, immediate LBP, tingling down both legs which has now gone.', 'back_pain', 'present'],
    ['33M rugby tackle, immediate LBP, tingling down both legs which has now gone.', 'tingling', 'absent'],
    ['33M rugby tackle, immediate LBP.', 'trauma', 'present'],
    ['PMH lymphoma in remission, last chemo 5 yrs ago.', 'immunosuppression', undefined],
    ['Hearing loss related to chemotherapy and radiation, completed 2006.', 'immunosuppression', undefined],
    ['Currently on chemo for lymphoma.', 'immunosuppression', 'present'],
    ['Falls assessment: pt tripped over own L foot x3 this week.', 'trauma', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('a fifth fresh round: forms in a row, feelings not got, and words for the stream', () => {
  it.each([
    ['Fever? N   Weight loss? N   History of cancer? Y - melanoma removed 2009   Bladder problems? N', 'fever', 'absent'],
    ['Fever? N   Weight loss? N   History of cancer? Y - melanoma removed 2009   Bladder problems? N', 'weight_loss', 'absent'],
    ['Fever? N   Weight loss? N   History of cancer? Y - melanoma removed 2009   Bladder problems? N', 'cancer_history', 'present'],
    ['Filling in the form for physio: / Numbness - No / Bladder or bowel changes - No', 'bladder_dysfunction', 'absent'],
    ['[x] Pain at night/rest', 'night_pain', 'present'],
    ['Red flags screened: CES Qs neg, no wt loss, no fever.', 'saddle_anesthesia', undefined],
    ["Tonight I went for a wee and couldn't get it going at all, stood there ages and only a dribble came out.", 'bladder_dysfunction', 'present'],
    ["Since Saturday I've not been for a poo and I don't get the feeling that I need to go at all.", 'bowel_dysfunction', 'present'],
    ['Used to inject heroin. Back\'s killing me and the thermometer said 38.6.', 'fever', 'present'],
    ['I think I have urinary retention - I push and push and it barely trickles out.', 'bladder_dysfunction', 'present'],
    ['Now when I go to toilet the urine is not coming easy, I must press on the stomach.', 'bladder_dysfunction', 'present'],
    ['Is a shame to say but my penis is not reacting anymore since the back problem.', 'sexual_dysfunction', 'present'],
    ['scan showed 300ml left after i peed. doc says thats too much?', 'post_void_residual', 'present'],
    ['sorry to text, weight dropping ~10kg in 2 months, back pain wakes me every night.', 'weight_loss', 'present'],
    ['still injecting most days, back pain 3 wks, hot n shivery tonite', 'iv_drug_use', 'present'],
    ['can barely feel when i need a poo, havent been in 4 days.', 'bowel_dysfunction', 'present'],
    ["Says 'things don't work downstairs' since last weekend.", 'sexual_dysfunction', 'present'],
    ['Thoracic & low back pain that doesn\'t change with any position, keeps him awake.', 'night_pain', 'present'],
    ['Subj: can\'t feel the paper. Also leaked urine on the way in today.', 'bladder_dysfunction', 'present'],
    ["Session 2: Pt reports a 'weird' feeling around the back passage and couldn't feel himself pass a motion this morning.", 'bowel_dysfunction', 'present'],
    ['Sports med. 48M cyclist, came off at 40 km/h onto tarmac 3/7 ago.', 'trauma', 'present'],
    ['Chiro. Pt on long-term prednisolone for asthma (>5 yrs).', 'immunosuppression', 'present'],
    ['Fell down the last 3 stairs this am, im 84 w brittle bones.', 'osteoporosis', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('a change said of a place is not the change of the sentence before', () => {
    expect(extract("Pt reports a 'weird' feeling around the back passage since yesterday. No change in legs.").evidence.find((e) => e.finding === 'saddle_anesthesia')?.trend).toBeUndefined();
  });

  it('a grade told by who saw it', () => {
    const weakness = extract('Neurosurgeon tested me lifting my foot up (dorsiflexion) on the left: in March it was 4/5, today he said 2/5.').evidence.find((e) => e.finding === 'weakness');
    expect(weakness).toMatchObject({ trend: 'worsening', grade: 2 });
  });
});

describe('more of the fifth round: callers, carers and a husband who has diabetes', () => {
  it.each([
    ["On direct questioning hasn't been able to get an erection since Sat and says his 'bits feel numb'.", 'sexual_dysfunction', 'present'],
    ["111 call, caller = daughter. Mum 74 has had back pain 2wks, now can't lift her R foot up, dragging it.", 'foot_drop', 'present'],
    ['Care home staff: resident wet through x3 today, new for him (normally continent).', 'bladder_dysfunction', 'present'],
    ["999 from pt: 'I've got lung cancer and the pain in my back's got so bad I can't lie down, I've not slept in 2 nights'.", 'night_pain', 'present'],
    ['Relayed by support worker. Holding lower back and crying, off food, hot to touch - 38.2.', 'fever', 'present'],
    ["45F, 999. 'Feels full but nothing comes' since last night.", 'bladder_dysfunction', 'present'],
    ["Caller says mum 'doesn't know when she needs a wee anymore and has had a couple of accidents' this week.", 'bladder_dysfunction', 'present'],
    ["Says he's been 'dribbling a bit' since Tues and now has to sit to pee as the stream is so weak.", 'bladder_dysfunction', 'present'],
    ["Says her 'bum and privates feel like they've been to the dentist' since yesterday.", 'saddle_anesthesia', 'present'],
    ['Advised to return immediately if numbness between the legs or loss of bladder control.', 'bladder_dysfunction', undefined],
    ['Pt is main carer for her husband, who has diabetes and attends the diabetic foot clinic. Pt herself non-diabetic.', 'diabetes', 'absent'],
    ['Red flag screen: / Saddle numbness: N / Ca hx: Y (BCC face)', 'cancer_history', 'present'],
    ["Pressure area check: pt says he didn't realise he'd soiled himself - no feeling 'down there' at all.", 'bowel_dysfunction', 'present'],
    ["MRI L/S: 41F, for 2 days 'can't feel when I'm passing urine' and numb labia.", 'bladder_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('weakness spreading is weakness getting worse', () => {
    expect(extract('Weakness spreading - started with just the R big toe.').evidence.find((e) => e.finding === 'weakness')?.trend).toBe('worsening');
  });
});

describe('a sixth fresh round: brackets, relapses, stones, and days that date a grade', () => {
  it.each([
    ['RED FLAG SCREEN / bladder [N]  bowel [N]  saddle [Y]  wt loss [N]  fever [N]', 'bladder_dysfunction', 'absent'],
    ['RED FLAG SCREEN / bladder [N]  bowel [N]  saddle [Y]  wt loss [N]  fever [N]', 'fever', 'absent'],
    ['Told that if the tingling spreads to her bottom or she has trouble with her bladder she must come straight back.', 'saddle_anesthesia', undefined],
    ['The nurse tell me if I cannot hold the urine or the back side become numb I must come quick to hospital.', 'bladder_dysfunction', undefined],
    ['Been using again the last few weeks, injecting in my groin.', 'iv_drug_use', 'present'],
    ['Lost nearly two stone since Christmas without trying.', 'weight_loss', 'present'],
    ["I don't get the feeling that I need a wee anymore, I just go by the clock.", 'bladder_dysfunction', 'present'],
    ["My butt cheeks and the inside of my thighs feel like they've been shot up with novocaine at the dentist.", 'saddle_anesthesia', 'present'],
    ['My right foot kinda flops now when I walk.', 'foot_drop', 'present'],
    ["I can't tell when I need to poop, it just kind of happens.", 'bowel_dysfunction', 'present'],
    ['My private part and around the back passage is like sleeping, no feeling.', 'saddle_anesthesia', 'present'],
    ['Now the back is paining every night, I cannot sleep, nothing helping.', 'night_pain', 'present'],
    ['I make the toilet (number two) in the bed without to know, two times this week.', 'bowel_dysfunction', 'present'],
    ['I am not sure if the bladder is empty after I go.', 'bladder_dysfunction', 'present'],
    ['bladder scan said 300ml left after wee. not sure what that means?', 'post_void_residual', 'present'],
    ["Tel consult. Asked re bladder: 'I've had a couple of accidents this week, never happened before'.", 'bladder_dysfunction', 'present'],
    ["I've had a couple of accidents in my knickers, poo, not wee.", 'bladder_dysfunction', undefined],
    ["Says he 'can't feel the toilet paper' and has had to strain to start passing water since this morning.", 'bladder_dysfunction', 'present'],
    ["On adalimumab for Crohn's. Low back pain 10 days, temp 100.9F at home yesterday.", 'fever', 'present'],
    ["Since yesterday has soiled himself twice without realising, also numb 'in the bits you sit on'.", 'saddle_anesthesia', 'present'],
    ["Mentioned in passing she's 'had a few leaks' when standing up.", 'bladder_dysfunction', 'present'],
    ["Pinprick reduced perianally on assessment, pt hadn't noticed.", 'perianal_sensation_reduced', 'present'],
    ['Retired farmer, 73, kicked by a cow into a steel gate Tues.', 'trauma', 'present'],
    ["Pt reluctantly reports he couldn't feel anything during sex last night.", 'sexual_dysfunction', 'present'],
    ['Cycle 4 of chemo for lymphoma.', 'immunosuppression', 'present'],
    ["Says when she wipes the toilet paper feels like it's not there.", 'saddle_anesthesia', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ['MRC L ankle DF: 4/5 on 2/3, 3/5 on 9/3, today 2/5.', 2],
    ["Quads R 3/5 (4/5 Fri).", 3],
  ])('%s → worsening, grade %i', (text, grade) => {
    expect(extract(text).evidence.find((e) => e.finding === 'weakness')).toMatchObject({ trend: 'worsening', grade });
  });
});

describe('the fifth round again: transcripts, a red-flag screen’s labels, and weakness told as a change', () => {
  it.each([
    ['bladder [N]  bowel [N]  saddle [Y]  wt loss [N]', 'saddle_anesthesia', 'present'],
    ['Saddle: N', 'saddle_anesthesia', 'absent'],
    ["I can't tell if my bladder's full anymore, I just go by the clock now.", 'bladder_dysfunction', 'present'],
    // A transcript's question answered in words of its own asserts nothing by itself.
    ["Q: Passing water ok? A: 'have to push to get it going'.", 'bladder_dysfunction', undefined],
    ['Q: Passing water ok? A: yes.', 'bladder_dysfunction', 'absent'],
    ['Q: Passing water ok? A: no.', 'bladder_dysfunction', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  const trendOf = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding)?.trend;

  it.each([
    ['The right foot is fall down when I walk, it is more bad than last week, I am tripping.', 'foot_drop'],
    ['Left foot drop, but it is getting worse.', 'foot_drop'],
    ['My left foot is dragging; it is getting worse.', 'foot_drop'],
    ['The weakness in my left leg is spreading - it started with my ankle.', 'weakness'],
    ["Couldn't lift R foot off the floor today though could yesterday.", 'weakness'],
    ["The foot feels 'floppy', tripping on kerbs more than last week.", 'foot_drop'],
    ['My right foot kinda flops now when I walk. Last week it was just a little weak, now it\'s way worse.', 'foot_drop'],
    // A progressive foot drop is the weakness of lifting the foot getting worse.
    ['Progressive L foot drop over 48h, TA 1/5.', 'weakness'],
    ['Since then, acute right arm and right leg weakness, which had been progressively worsening.', 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(trendOf(text, finding)).toBe('worsening');
  });

  it.each([
    ['R ankle DF 4/5 @08:00, 3/5 @12:00, 2/5 @16:00.', 2],
    ['L knee ext MRC 4 -> 3 over the last 2 sessions.', 3],
  ])('%s → worsening, grade %i', (text, grade) => {
    expect(extract(text).evidence.find((e) => e.finding === 'weakness')).toMatchObject({ trend: 'worsening', grade });
  });

  it('a foot drop getting worse leaves the other leg’s grade alone', () => {
    const weakness = extract('L foot drop worsening. R DF 2/5.').evidence.find((e) => e.finding === 'weakness');
    expect(weakness).toMatchObject({ side: 'right', grade: 2 });
    expect(weakness?.trend).toBeUndefined();
  });

  it('"it is more like" still leads what a denial leaves', () => {
    expect(statusOf('not a deep ache, it is more like electric shocks', 'shooting_pain')).toBe('present');
  });
});

describe('a seventh fresh round: whose pronoun, what history reaches, and pain lying on one side', () => {
  it.each([
    ['To answer the nurse: no fever, no weight loss, no changes with bowel or bladder, no numbness in the groin.', 'bladder_dysfunction', 'absent'],
    ['To answer the nurse: no fever, no weight loss, no changes with bowel or bladder, no numbness in the groin.', 'bowel_dysfunction', 'absent'],
    // Pain lying on one side is eased by turning over: no night pain. Pain whichever side is.
    ["L lateral hip pain, can't lie on L side at night but fine on back.", 'night_pain', undefined],
    ['Pain lateral R hip, hurts lying on that side at night, tender over greater troch.', 'night_pain', undefined],
    ['Back pain at night lying on either side.', 'night_pain', 'present'],
    // "she" after a relative of her sex goes on about the relative; of the other sex, she is the patient.
    ["My mum's sciatica ended with an emergency operation because she couldn't hold her water, so I'm panicking a bit.", 'bladder_dysfunction', undefined],
    ['Her husband has diabetes, she has numbness in her bottom.', 'saddle_anesthesia', 'present'],
    ['His mother was diagnosed with colon cancer in her 50s, but she died of cancer of the esophagus at 86.', 'cancer_history', undefined],
    // A subject opening a statement of its own ends the history before it, unless it speaks in the past.
    ["Status post discectomy, he can't pass urine.", 'bladder_dysfunction', 'present'],
    ['History of CES in 2015, she had a catheter for 6 weeks.', 'bladder_dysfunction', undefined],
    ["Ten years ago I had an episode where I couldn't empty my bladder, but that all sorted itself out.", 'bladder_dysfunction', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the sixth round: safety-net shorthand, questions about what lies ahead, and windows of time', () => {
  it.each([
    ['physio said numb bum or cant pee = a&e straight away, none of that so far.', 'saddle_anesthesia', undefined],
    // An arrow tells where a patient with it was sent.
    ['c/o numb bum -> A&E', 'saddle_anesthesia', 'present'],
    ["Pt asking 'will I end up wetting myself like the leaflet says?'", 'bladder_dysfunction', undefined],
    ['I ended up wetting myself.', 'bladder_dysfunction', 'present'],
    ['Long-term suprapubic cath (MS) - urinary sx not assessable.', 'bladder_dysfunction', 'unknown'],
    ["Since waking on friend's sofa after heavy night ETOH, slept legs crossed.", 'night_pain', undefined],
    ["Falls ax: pt says L foot 'catches on the carpet', uses a stick.", 'trauma', undefined],
    ['Falls last 6/12: N.', 'trauma', 'absent'],
    ['Fever in past 24h: Y', 'fever', 'present'],
    ['He has had an 18-pound weight loss in the past month.', 'weight_loss', 'present'],
    ['Had a fever in the past.', 'fever', undefined],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the sixth round: the sphincters and the saddle in new words', () => {
  it.each([
    ['Last couple of days when I wee I have to sort of wait for it to start and then push.', 'bladder_dysfunction'],
    ['pee takin forever 2 start n then just stops', 'bladder_dysfunction'],
    ['Also new trouble getting the flow going.', 'bladder_dysfunction'],
    ["Wife now changes the sheets most mornings because he's been wetting the bed without waking up.", 'bladder_dysfunction'],
    ["I can't tell if my bladder's full anymore.", 'bladder_dysfunction'],
    ["Also when I wipe it feels like it's someone else's bum.", 'saddle_anesthesia'],
    ['The area where I sit is feeling like not mine, like wood, since yesterday.', 'saddle_anesthesia'],
    ["Describes sitting on a 'numb cushion'.", 'saddle_anesthesia'],
    ["Her bottom feels like it's had a dental injection.", 'saddle_anesthesia'],
    ["Perineum: 'numb like after the dentist'.", 'saddle_anesthesia'],
    ["Since last night 'numb where I'd sit on a bike'.", 'saddle_anesthesia'],
    ['I have stool coming without control two times this week, I did not know it is coming.', 'bowel_dysfunction'],
    ['sat on loo n couldnt feel myself pooing', 'bowel_dysfunction'],
    ["Since Tues has had 'accidents' with wind and stool, can't hold on.", 'bowel_dysfunction'],
    ['Is it normal that I haven\'t pooped in 5 days and then couldn\'t feel it at all when I finally did go?', 'bowel_dysfunction'],
    ["When we tried to be intimate at the weekend I couldn't feel anything down there and nothing worked.", 'sexual_dysfunction'],
    ["When we tried to be intimate at the weekend I couldn't feel anything down there and nothing worked.", 'saddle_anesthesia'],
    ["Since the flare 'nothing works in the bedroom' and there's no feeling at the tip.", 'sexual_dysfunction'],
    ['Exam: S3-5 pinprick reduced, tone present but weak squeeze.', 'anal_tone_reduced'],
    ['Reduced perianal sensation on PR and lax sphincter.', 'anal_tone_reduced'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it.each([
    ["Sex drive normal; can't feel anything in my left foot.", 'sexual_dysfunction'],
    ['He wet the bed until he was 7.', 'bladder_dysfunction'],
    ['Pain without control, had to go to A&E.', 'bowel_dysfunction'],
    ['Grip weak, squeeze weak.', 'anal_tone_reduced'],
  ])('%s → no %s', (text, finding) => {
    expect(statusOf(text, finding)).toBeUndefined();
  });
});

describe('the sixth round: serious pathology in new words', () => {
  it.each([
    ['Symptom checker answers - Fever? N. Ever had cancer? Y (prostate, radiotherapy 2019).', 'cancer_history', 'present'],
    ["I've been using again (injecting) since March.", 'iv_drug_use', 'present'],
    ['Injecting insulin, clean wound.', 'iv_drug_use', undefined],
    ['Lower back pain that doesn\'t let up even lying perfectly still.', 'night_pain', 'present'],
    ["Temp's been 100.8-101.", 'fever', 'present'],
    ["Temp's been 36.9.", 'fever', 'absent'],
    ['38.6 at home on family thermometer, rigors in the truck.', 'fever', 'present'],
    ['Family GP noted saddle numbness.', 'saddle_anesthesia', 'present'],
    ['PMH: NHL, finished R-CHOP 4/12 ago. New LBP not changed by any position, worst 2-4 am.', 'cancer_history', 'present'],
    ['PMH: NHL, finished R-CHOP 4/12 ago. New LBP not changed by any position, worst 2-4 am.', 'night_pain', 'present'],
    ["Reckons she's dropped 2 dress sizes since Christmas, not dieting.", 'weight_loss', 'present'],
    ['Appetite down, trousers hanging off him.', 'weight_loss', 'present'],
    ['45F, MS on ocrelizumab.', 'immunosuppression', 'present'],
    ['Last chemo cycle 5/7 ago.', 'immunosuppression', 'present'],
    ['Her last cycle of chemotherapy was finished on 01/18/08.', 'immunosuppression', undefined],
    ['On capecitabine for colorectal ca.', 'immunosuppression', 'present'],
    ['Hodgkin disease has probably been ruled out with a CAT scan.', 'cancer_history', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the sixth round: weakness told over time', () => {
  const trendOf = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding)?.trend;

  it.each([
    ['My foot slaps when I walk. This is way worse than when I saw you Tuesday.', 'foot_drop'],
    ['My foot right is falling when I walk. Before one week only little problem, now much more bad.', 'foot_drop'],
    ['foot draggin worse than yday cant lift R toes at all now', 'foot_drop'],
    ["Plantarflexion weaker than Mon - can't go up on tiptoe on the L at all now.", 'weakness'],
    // "per pt." ends its sentence: the change is the foot drop's.
    ['Gait: R foot drop, slapping at heel strike. Progressive over past fortnight per pt. DF R 2/5.', 'foot_drop'],
    ['Gait: R foot drop, slapping at heel strike. Progressive over past fortnight per pt. DF R 2/5.', 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(trendOf(text, finding)).toBe('worsening');
  });

  it.each([
    ['R knee ext: 4/5 (1/4) -> 4-/5 (8/4) -> 3/5 today.', 3],
    ['Serial exam L ankle DF: 12/2 MRC 4, 19/2 MRC 3, 26/2 MRC 2.', 2],
    ['Since the Christmas visit his L hip flexion has slipped a grade (3/5 now).', 3],
    ['L quads 5 -> 4 -> 3 at successive visits, wasting L thigh.', 3],
  ])('%s → worsening, grade %i', (text, grade) => {
    expect(extract(text).evidence.find((e) => e.finding === 'weakness')).toMatchObject({ trend: 'worsening', grade });
  });

  it('a pain score chained by arrows is no grade', () => {
    expect(extract('Back pain 7 -> 5 -> 3 over the week.').evidence.some((e) => e.finding === 'weakness')).toBe(false);
  });

  it('"Pt." opening a sentence still leads it', () => {
    expect(statusOf('Pt. has back pain.', 'back_pain')).toBe('present');
  });
});

describe('the sixth round: where the present starts again, and answers after a place', () => {
  it.each([
    // "c/o" after a past history opens the present, and what follows stays there.
    ['72M. PMH: prostate ca 2016 (hormones). c/o thoracolumbar back pain 6/52, wakes him 3am every night. Wt down 5kg since summer, not trying.', 'night_pain', 'present'],
    ['72M. PMH: prostate ca 2016 (hormones). c/o thoracolumbar back pain 6/52, wakes him 3am every night. Wt down 5kg since summer, not trying.', 'weight_loss', 'present'],
    // The state at discharge after a procedure's field; the syndrome's name then adds no bowel the note never stated.
    ['Dx: cauda equina syndrome from L4/5 disc. Procedure: L4/5 discectomy 11/06. On discharge still doing ISC QDS.', 'bladder_dysfunction', 'present'],
    ['Dx: cauda equina syndrome from L4/5 disc. Procedure: L4/5 discectomy 11/06. On discharge still doing ISC QDS.', 'bowel_dysfunction', undefined],
    ["ROS: fevers Y, wt loss N, bladder/bowel N, numb 'down there' N.", 'saddle_anesthesia', 'absent'],
    ['Numb down there: Y', 'saddle_anesthesia', 'present'],
    ["Pt denies saddle numbness, denies incontinence, but wife reports he has been 'going without knowing' in bed x2 overnight.", 'bladder_dysfunction', 'present'],
    ['Also struggling to tell when he needs a wee.', 'bladder_dysfunction', 'present'],
    ['New lumbar pain for 4 wks, no link to activity, worst lying flat at night.', 'night_pain', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the sixth round: back pain in other words, and where a social history ends', () => {
  it.each([
    ['Lower back spasm and a zinging feeling down my right leg ever since.', 'back_pain', 'present'],
    ['Back flared up 3 days ago and my right leg is numb from hip to toes.', 'back_pain', 'present'],
    ["r u free 2moro? back's gone again lol. no leg pain this time", 'back_pain', 'present'],
    ['The numbness has gone again.', 'numbness', 'absent'],
    ['MDM: 71F, mechanical fall onto her bottom, now midline pain T12/L1, worse with any movement.', 'back_pain', 'present'],
    ['34M R buttock -> post thigh -> calf -> outer foot pain, electric, worse sitting and coughing.', 'leg_pain', 'present'],
    ['SH: lives w partner, smokes 10/d. c/o LBP + L leg pain to calf 2/52.', 'smoking', 'present'],
    ['SH: lives w partner, smokes 10/d. c/o LBP + L leg pain to calf 2/52.', 'leg_pain', 'present'],
    ['DH: MTX 20mg weekly, pred 5mg od long term. c/o severe lumbar pain 1/52, rigors o/n.', 'back_pain', 'present'],
    ['SHX: Single, lives with sister, and denies Tobacco/ETOH/illicit drug use.', 'smoking', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });
});

describe('the sixth round: examiners’ shorthand for sensation and power, and where an answer says', () => {

  it.each([
    ['Sens reduced lat foot R.', 'right'],
    ['Sens dec R ant thigh/medial shin.', 'right'],
    ['LT reduced dorsum R foot.', 'right'],
    ['o/e reduced LT R lateral foot', 'right'],
    ['Dermatomes: ↓LT L L5 (dorsum of foot, 1st web space).', 'left'],
  ])('%s → sensory loss, %s', (text, side) => {
    expect(first(text, 'sensory_loss')).toMatchObject({ status: 'present', side });
  });

  it('"LT" alone is still the left side, and "LT/PP intact" a normal sensory exam', () => {
    expect(first('Lt leg weak', 'weakness')).toMatchObject({ status: 'present', side: 'left' });
    expect(first('LT/PP intact throughout.', 'sensory_loss')?.status).toBe('absent');
  });

  it.each([
    ['Any numbness? Yes - R shin.', 'right'],
    ['numbness? yes L foot', 'left'],
    ['Q: numbness? A: yes, the outer two toes on the right.', 'right'],
  ])('%s → numbness present, %s', (text, side) => {
    expect(first(text, 'numbness')).toMatchObject({ status: 'present', side });
  });

  it('"KE" is knee extension in a power exam', () => {
    expect(first('Power hip flex 5/5 bilat, KE R 4/5 L 5/5.', 'weakness')).toBeDefined();
    expect(extract('Power hip flex 5/5 bilat, KE R 4/5 L 5/5.').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', movement: 'knee_extension', side: 'right', grade: 4, status: 'present' }),
    );
  });
});

describe('a fifth fresh round: rectal findings item by item, doubts about what was found, and grades told in words', () => {
  const worsening = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding && e.trend === 'worsening');

  it('a rectal examination\'s label does not take the next item\'s result', () => {
    expect(brief('PR: perianal sensation reduced, anal tone normal.')).toEqual(['perianal_sensation_reduced present', 'anal_tone_reduced absent']);
    expect(brief('PR: reduced tone')).toEqual(['anal_tone_reduced present']);
  });

  it('a result after a later item of a denied list is that item\'s own', () => {
    expect(brief('no voluntary squeeze, perianal sensation reduced.')).toEqual(['anal_tone_reduced present', 'perianal_sensation_reduced present']);
    expect(brief('No bladder or bowel symptoms, sensation reduced L5')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent', 'sensory_loss present']);
    expect(brief('no motor, sensory or reflex deficits.')).toEqual(['weakness absent', 'sensory_loss absent', 'knee_reflex_reduced absent', 'ankle_reflex_reduced absent']);
  });

  it.each([
    ['Saddle numbness and retention, with bilateral sciatica, onset overnight.'],
    ['HIV, not on ART. Back pain 2wk, progressively worse, drenching sweats overnight.'],
    ['Pain came on overnight.'],
  ])('%s → no night pain', (text) => {
    expect(first(text, 'night_pain')).toBeUndefined();
  });

  it('back pain worse overnight is still night pain', () => {
    expect(first('back pain worse overnight', 'night_pain')?.status).toBe('present');
  });

  it('a fear of what lies ahead states nothing', () => {
    expect(statusOf("Pt worried he'll end up incontinent like his neighbour did. Currently no bladder or bowel issues.", 'bladder_dysfunction')).toBe('absent');
    expect(first("Scared I'll end up incontinent like my dad.", 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('I end up wetting myself before I reach the loo.', 'bladder_dysfunction')).toBe('present');
  });

  it('an empty box before a history word answers the history', () => {
    expect(brief('Red flags: [x] trauma [ ] fever [ ] hx cancer [ ] IVDU')).toEqual(['trauma present', 'fever absent', 'cancer_history absent', 'iv_drug_use absent']);
    expect(statusOf('[x] hx cancer', 'cancer_history')).toBe('present');
  });

  it('not knowing whether it was the finding leaves it unknown', () => {
    expect(statusOf("? hx of 'a lump removed' years ago, pt unsure if it was cancer.", 'cancer_history')).toBe('unknown');
  });

  it('a finding dated "from yesterday" and then gone is absent', () => {
    expect(statusOf('Says the urinary hesitancy from yesterday has gone, passing urine normally.', 'bladder_dysfunction')).toBe('absent');
    expect(statusOf('the numbness from last week has gone', 'numbness')).toBe('absent');
  });

  it.each([
    ["My wife noticed I haven't been able to finish during sex since my back went out.", 'sexual_dysfunction'],
    ["He couldn't get an erection at the weekend.", 'sexual_dysfunction'],
    ['I feel my sex area is without feeling.', 'saddle_anesthesia'],
    ["Pt reports 'I've gone numb where you'd sit on a horse'.", 'saddle_anesthesia'],
    ["Can't feel the loo paper.", 'saddle_anesthesia'],
    ["He mentioned his 'bits' felt numb.", 'saddle_anesthesia'],
    ["hvnt pooed in 4 days n cant feel if i need to.", 'bowel_dysfunction'],
    ["Constipated 4 days and says she can't feel whether she needs to go or not.", 'bowel_dysfunction'],
    ["He'd lost the feeling when opening his bowels.", 'bowel_dysfunction'],
    ['Also new slight leakage when standing up.', 'bladder_dysfunction'],
    ["Can't tell if she's emptied her bladdr.", 'bladder_dysfunction'],
    ["I don't feel my bladder empty.", 'bladder_dysfunction'],
    ['Rectal: decr perianal sensation to pinprick.', 'perianal_sensation_reduced'],
    ['I currently inject meth, mostly in my arms.', 'iv_drug_use'],
    ['Back pain is also in rest, when I lie down.', 'night_pain'],
    ["Feels hot and can't stop shaking.", 'fever'],
    ['Temp 38.9, on pred 20mg since jan.', 'immunosuppression'],
    ['Pred 20mg od for 2 yrs (PMR).', 'immunosuppression'],
    ['Refill of Imuran 100 mg daily.', 'immunosuppression'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('the time a feeling was lost is no denial of the back pain', () => {
    expect(statusOf("I haven't been able to finish during sex since my back went out.", 'back_pain')).toBe('present');
    expect(statusOf('No numbness since my operation.', 'numbness')).toBe('absent');
  });

  it.each([
    ['CSF leakage noted at the wound.', 'bladder_dysfunction'],
    ['911 CAD notes: 38 y/o male.', 'vascular_disease'],
    ['Given prednisolone for 5 days for asthma.', 'immunosuppression'],
  ])('%s → no %s', (text, finding) => {
    expect(first(text, finding)).toBeUndefined();
  });

  it('a social history ends where a symptom dated in shorthand begins', () => {
    expect(brief('SH: uses IV heroin, lives in hostel. Thoracic/lumbar pain 2/52, feels feverish.')).toEqual(['iv_drug_use present', 'back_pain present', 'fever present']);
  });

  it.each([
    ['R hip flexion now 3/5 (was 4+), quads 3/5 (was 4).', 'hip_flexion'],
    ['R DF 3/5 previously 4', 'ankle_dorsiflexion'],
    ['Her hip flexion on the L has dropped from 4+ to 3.', 'hip_flexion'],
    ['R ankle DF 3/5 (GP letter this am says 4/5 at 0900).', 'ankle_dorsiflexion'],
  ])('%s → %s worsening', (text, movement) => {
    expect(extract(text).evidence).toContainEqual(expect.objectContaining({ finding: 'weakness', movement, trend: 'worsening', status: 'present' }));
  });

  it('"from 4 to 2" of a pain score is no grade', () => {
    expect(extract('pain dropped from 4 to 2').evidence).toEqual([]);
  });

  it.each([
    ["Right foot keeps slapping down. It's a lot worse than when I saw the GP - then I could walk on my heels, now I can't.", 'foot_drop'],
    ['Toes on my left foot keep catching on the carpet. Way worse than 3 days ago.', 'foot_drop'],
    ["Says the leg is 'giving way' a bit more each week.", 'weakness'],
    ['Weakness now in both legs - started R.', 'weakness'],
    ['He feels the legs are weaker week on week.', 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(worsening(text, finding)).toBeDefined();
  });

  it('a doubt before a comma doubts what came before it', () => {
    expect(statusOf('?early CES - reports possibly some tingling in the perineum but unsure, bladder ok.', 'bladder_dysfunction')).toBe('absent');
  });

  it('an asserted sign before a spaced dash lends no result to the next item', () => {
    expect(statusOf('Possible UMN signs - plantars equivocal.', 'upper_motor_neuron_signs')).toBe('unknown');
  });

  it('reflexes graded in plus signs, and a side letter after a grade', () => {
    expect(brief('Reflexes: KJ ++ bilat, AJ R diminished.')).toEqual(['knee_reflex_reduced absent both', 'ankle_reflex_reduced present right']);
    expect(brief('AJ 2+ L, absent R')).toEqual(['ankle_reflex_reduced absent left', 'ankle_reflex_reduced present right']);
  });

  it("a foot that don't lift is a foot drop, and the negation stays with it", () => {
    expect(brief("now the right foot don't lift well and outside of the leg is tingling")).toEqual(['foot_drop present right', 'tingling present right']);
  });

  it('after a rectal examination\'s label, a result before an item is that item\'s', () => {
    expect(brief('PR: reduced perianal sensation, anal tone normal.')).toEqual(['perianal_sensation_reduced present', 'anal_tone_reduced absent']);
    expect(brief('PR: normal tone, perianal sensation intact')).toEqual(['anal_tone_reduced absent', 'perianal_sensation_reduced absent']);
    expect(brief('Bladder: normal bowels: normal')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(brief('Bowels: reduced control')).toEqual(['bowel_dysfunction present']);
  });

  it('a later clause that names what settled does not resolve the clause before', () => {
    expect(statusOf('No improvement in the numbness of L shin since last visit, though pain has settled.', 'numbness')).toBe('present');
    expect(statusOf('Had numbness in my foot, but it has settled.', 'numbness')).toBe('absent');
  });

  it('an activity with its own word of worsening after a denied list, and each activity with its nearest word', () => {
    expect(brief('Central LBP, ache across both buttocks, nothing past the knee, worse after sitting at desk, eases with walking.')).toEqual([
      'back_pain present',
      'leg_pain present both',
      'pain_worse_sitting present',
    ]);
    expect(statusOf("Has to sit on a bench to ease it, standing still doesn't help.", 'relief_standing_still')).toBe('absent');
    expect(statusOf('No pain with coughing, sitting or bending', 'pain_worse_sitting')).toBe('absent');
  });

  it('a denied verb ends the denial at its comma', () => {
    expect(statusOf("He has soiled himself twice today and didn't know, bad back for a week.", 'back_pain')).toBe('present');
  });

  it('arrows give the plantar response its direction', () => {
    expect(statusOf('Plantars ↓↓.', 'upper_motor_neuron_signs')).toBe('absent');
    expect(statusOf('Plantars ↑ bilat', 'upper_motor_neuron_signs')).toBe('present');
    expect(statusOf('R AJ ↓', 'ankle_reflex_reduced')).toBe('present');
  });

  it('a neural test sensitised by dorsiflexion says nothing of its power', () => {
    expect(first('SLR L 45° rep buttock pain, +ve with DF sensitiser.', 'weakness')).toBeUndefined();
  });

  it('a screen answered "all neg" before its list denies every item', () => {
    expect(brief("Red flag screen: CES Q's all neg (saddle, B&B, sexual fn).")).toEqual(['saddle_anesthesia absent', 'bladder_dysfunction absent', 'bowel_dysfunction absent']);
    expect(brief('CES Qs: all neg.')).toEqual(['bladder_dysfunction absent', 'bowel_dysfunction absent', 'saddle_anesthesia absent']);
  });

  it.each([
    ["I wouldn't say I'm weaker, I can still go up on tiptoes fine.", 'weakness', 'absent'],
    ['Mum died of bowel cancer, pt anxious about cancer.', 'cancer_history', 'unknown'],
    ['COPD on long-term oral prednisolone 10mg.', 'osteoporosis', 'present'],
    ['Numbness over big toe gone.', 'numbness', 'absent'],
    ['Walking with high-stepping gait to clear R foot.', 'foot_drop', 'present'],
    ['Exam: R EHL 4/5, pinprick in saddle area equivocal, anal tone normal.', 'anal_tone_reduced', 'absent'],
    ['Exercise bike also brings on the calf pain.', 'cycling_tolerated', 'absent'],
    ['can cycle fine', 'cycling_tolerated', 'present'],
    ['Can use the exercise bike for 30 min without leg pain.', 'cycling_tolerated', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it.each([
    ["He asked 'could this make me lose control of my bladder like my mate did?' - reassured.", 'bladder_dysfunction'],
    ['Worsening care advice given: call back if numbness between legs, bladder/bowel changes or leg weakness.', 'bladder_dysfunction'],
    ['No PR performed here.', 'anal_tone_reduced'],
    ['Mum has been in bed since with back pain.', 'night_pain'],
    ['Admitted with back pain, unable to get out of bed.', 'night_pain'],
    ['Had one small accident at work yesterday.', 'trauma'],
    ['Back pain increasing over 5 days, sweats and rigors overnight.', 'night_pain'],
    ['Lying on her right side at night is painful and stairs are sore.', 'night_pain'],
    ['Pelvic pain throughout the menstrual cycle and worse with menstruation.', 'cycling_tolerated'],
    ['Is it normal to get numbness in your bum cheeks with sciatica?', 'saddle_anesthesia'],
    ['If I have numb in the bottom area, this is emergency?', 'saddle_anesthesia'],
  ])('%s → no %s', (text, finding) => {
    expect(first(text, finding)).toBeUndefined();
  });

  it('a question whether one\'s own symptom is normal still tells it', () => {
    expect(statusOf("Is it normal not to feel when my bladder's full?", 'bladder_dysfunction')).toBe('present');
  });

  it.each([
    ["Tonight noticed he couldn't feel the toilet seat properly under him and his 'private parts feel numb'.", 'saddle_anesthesia'],
    ["When I wash myself I don't feel the water on my private part and between the buttock.", 'saddle_anesthesia'],
    ["She sat on the toilet and 'couldn't feel anything, like sitting on a cushion of air'.", 'saddle_anesthesia'],
    ["For past week 'things don't feel the same down there' and can't maintain an erection, which is new.", 'sexual_dysfunction'],
    ['Back pain increasing over last 5 days, worse than pre-op, sweats and rigors overnight.', 'fever'],
    ["Constant lower back pain that's there even when I'm lying totally still.", 'night_pain'],
    ['Pain severe at rest and right through the night.', 'night_pain'],
    ["Night: wakes 2-3x, has to get up and walk around but it doesn't help.", 'night_pain'],
    ["My jeans that used to be tight are loose now and I haven't changed how I eat.", 'weight_loss'],
    ["Daughter says he's 'wasting away', belt on the last notch.", 'weight_loss'],
    ["Daughter says mum 'has gone to nothing' and her legs have got weaker this week.", 'weight_loss'],
    ["Daughter says mum 'has gone to nothing' and her legs have got weaker this week.", 'weakness'],
    ['I am now in chemotherapy for lymphoma, cycle 4.', 'immunosuppression'],
    ['Known lung ca with bone mets, on palliative chemo.', 'immunosuppression'],
    ["Had his prostate 'dealt with' in 2019 with radiotherapy.", 'cancer_history'],
    ['Still on Zoladex for his prostate.', 'cancer_history'],
    ['Known metastatic prostate cancer on enzalutamide.', 'cancer_history'],
    ["29M, currently injecting (mainly arms, 'sometimes feet').", 'iv_drug_use'],
    ['Continence: urine [x] continent [ ] incontinent', 'bladder_dysfunction'],
  ])('%s → %s', (text, finding) => {
    expect(statusOf(text, finding)).toBe(finding === 'bladder_dysfunction' ? 'absent' : 'present');
  });

  it.each([
    ['Slept right through the night.', 'night_pain'],
    ['She had received two doses of Lupron to shrink the fibroid.', 'cancer_history'],
    ['She was also never referred to the endocrine clinic.', 'leg_pain'],
    ['Fever [ ] Night pain [x]', 'fever'],
  ])('%s → no %s present', (text, finding) => {
    expect(statusOf(text, finding)).not.toBe('present');
  });

  it.each([
    ['Wife says clothes hanging off him, down from 14 to 12 stone.', 'weight_loss'],
    ["Says he's been 'sweating buckets and shaking' at night; temp in surgery 38.4.", 'fever'],
    ['From yesterday I cannot feel when I need to make pee, and one time the urine come out alone in the bed.', 'bladder_dysfunction'],
    ['Also has had to strain to pass water.', 'bladder_dysfunction'],
    ['Also with my wife I cannot have erection.', 'sexual_dysfunction'],
    ["Perineum 'feels funny, like after a dental injection'.", 'saddle_anesthesia'],
    ["'My bottom and between my legs feel like I've had an injection at the dentist'.", 'saddle_anesthesia'],
    ["Today pain 10/10, no position of comfort, 'it's there whether I'm lying, sitting or walking'.", 'night_pain'],
    ['Severe low back pain which stops her sleeping whichever way she lies.', 'night_pain'],
    ['She had a lump removed from her left breast followed by radiotherapy in 2014.', 'cancer_history'],
    ['She has noticed her clothes are looser and she is off her food.', 'weight_loss'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('a residual told as what is still inside', () => {
    expect(first('After pee she say 600 ml is still inside.', 'post_void_residual')).toMatchObject({ status: 'present', grade: 600 });
  });

  it.each([
    ['Ankle dorsiflexion has dropped from 5 to 4-/5.', 'weakness'],
    ['My foot is floppier than yesterday.', 'foot_drop'],
    ['His L foot has got steadily weaker and now slaps when he walks.', 'foot_drop'],
  ])('%s → %s worsening', (text, finding) => {
    expect(worsening(text, finding)).toBeDefined();
  });

  it('a friend telling a general fact names no finding of the patient', () => {
    expect(extract('My friend said numbness in the bottom is an emergency.').evidence).toEqual([]);
  });

  it.each([
    ["History of cancer? Mom had colon cancer, I haven't.", 'cancer_history', 'absent'],
    ['The right foot drop he had before surgery has fully recovered.', 'foot_drop', 'absent'],
    ['Night pain - only when turning over.', 'night_pain', 'absent'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('a stay overnight is no night pain', () => {
    expect(first('48F admitted overnight with acute low back pain, unable to get out of bed.', 'night_pain')).toBeUndefined();
  });

  it('answers in brackets, after a dash, after a template of answers, and in quotation marks', () => {
    expect(brief('ROS: fever (N), wt loss (N), bowel/bladder changes (N), saddle numbness (N).')).toEqual([
      'fever absent',
      'weight_loss absent',
      'bladder_dysfunction absent',
      'bowel_dysfunction absent',
      'saddle_anesthesia absent',
    ]);
    expect(brief('Fevers? - N\nClinician note: 42F, L S1 sciatica 3/52.')).toEqual(['fever absent', 'leg_pain present left']);
    expect(brief('Problems passing water? Y/N - N')).toEqual(['bladder_dysfunction absent']);
    expect(brief("Q: Any numbness? 'Yes, the outside of my right calf.' Q: Trouble with urination? 'No.'")).toEqual(['numbness present right', 'bladder_dysfunction absent']);
  });

  it('a denial taken back at once leaves the finding unknown', () => {
    expect(statusOf('Weakness? Not really, maybe a little on stairs.', 'weakness')).toBe('unknown');
    expect(statusOf('Numbness? No, not even a bit.', 'numbness')).toBe('absent');
  });

  it.each([
    ['Also advised to return with fever or weight loss.', 'fever'],
    ['Explained to report immediately any difficulty passing urine or loss of bowel control.', 'bladder_dysfunction'],
    ["I'm not dieting, my pants are falling off me.", 'trauma'],
    ['Had fallen asleep on the sofa with legs crossed.', 'trauma'],
    ['She is tired and falls asleep readily.', 'trauma'],
    ['His L ankle dorsiflexion fell from 4/5 to 2/5.', 'trauma'],
    ['PSA and myeloma screen sent.', 'cancer_history'],
  ])('%s → no %s', (text, finding) => {
    expect(first(text, finding)).toBeUndefined();
  });

  it.each([
    ["Unsure whether there's numbness when wiping - 'might just be the pads'.", 'saddle_anesthesia', 'unknown'],
    ['Had an hour of tingling around the back passage after a long drive; completely gone since and sensation normal.', 'saddle_anesthesia', 'absent'],
    ["Says R leg pain 'completely gone'.", 'leg_pain', 'absent'],
    ['O/E: R foot cool, DP and PT not palpable on R.', 'pedal_pulses_reduced', 'present'],
    ['Hx AF (not anticoagulated), CABG 2012, smoker.', 'smoking', 'present'],
  ])('%s → %s %s', (text, finding, status) => {
    expect(statusOf(text, finding)).toBe(status);
  });

  it('a comparison with before the operation is no history', () => {
    expect(first('Numbness R calf slightly better than pre-op.', 'numbness')).toMatchObject({ status: 'present', trend: 'improving' });
    expect(statusOf('Back pain increasing over last 5 days, worse than pre-op.', 'back_pain')).toBe('present');
  });

  it('a tumour resected from the bladder is a cancer history', () => {
    expect(statusOf('He had a bladder tumour resected in 2012 with clear surveillance cystoscopies since.', 'cancer_history')).toBe('present');
  });

  it('a pain nearly gone is improving, not gone', () => {
    expect(first('The pain down my leg has mostly gone.', 'leg_pain')).toMatchObject({ status: 'present', trend: 'improving' });
  });

  it.each([
    ['This morning I sat on the loo for ages and barely a dribble came out.', 'bladder_dysfunction'],
    ['peed the bed last night. 40 yrs old never happened b4.', 'bladder_dysfunction'],
    ['cant tell if bladder full or not', 'bladder_dysfunction'],
    ["Waterworks going ok, but he feels he doesn't fully empty.", 'bladder_dysfunction'],
    ['Has to press on his lower tummy to get urine out.', 'bladder_dysfunction'],
    ["Passed urine this morning but 'didn't feel it go'.", 'bladder_dysfunction'],
    ["He couldn't tell whether he needed a wee.", 'bladder_dysfunction'],
    ['Also more frequent trips to the loo with only small amounts coming out.', 'bladder_dysfunction'],
    ['Passed urine 09:00 but flow weaker than normal.', 'bladder_dysfunction'],
    ["When I tried I couldn't really feel whether anything was coming or not.", 'bowel_dysfunction'],
    ['Bowels not open 5 days, using a finger to help.', 'bowel_dysfunction'],
    ["Sat on the toilet and 'couldn't feel the seat under me'.", 'saddle_anesthesia'],
    ["Says it feels like she's 'sitting on a bag of frozen peas'.", 'saddle_anesthesia'],
    ['Wiping felt "like it wasn\'t his bum".', 'saddle_anesthesia'],
    ["The area around my rear feel like they've been shot up with novocaine.", 'saddle_anesthesia'],
    ["Sex has felt 'numb' this last week.", 'sexual_dysfunction'],
    ["I'm currently getting chemo for lymphoma.", 'immunosuppression'],
    ['not been using for a bit but was shooting up til last month.', 'iv_drug_use'],
    ['Now I have pain in the back which is there also when I lie down, every position.', 'night_pain'],
    ['Pain is constant, including when lying still.', 'night_pain'],
    ["Low back pain that is now 'there all the time, even in bed'.", 'night_pain'],
    ['Severe lumbar pain, not sleeping for the pain.', 'night_pain'],
    ['He has had to make new holes in his belt.', 'weight_loss'],
    ['R mastectomy + radiotherapy 2016, on letrozole.', 'cancer_history'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it.each([
    ['66M with metastatic lung adenocarcinoma on carboplatin/pemetrexed (C3D10).', 'immunosuppression'],
    ['58F, AML in remission, on maintenance chemotherapy.', 'immunosuppression'],
    ['Spoon and needle beside her, states she injects daily into her legs.', 'iv_drug_use'],
    ['States his "undercarriage" has gone dead "like after the dentist".', 'saddle_anesthesia'],
    ['In the shower she couldn\'t feel the flannel "down there".', 'saddle_anesthesia'],
    ["The toilet paper 'feels like it's not touching'.", 'saddle_anesthesia'],
    ["She couldn't feel herself passing urine - only knew from the sound.", 'bladder_dysfunction'],
    ['She has to strain and wait to get her water going.', 'bladder_dysfunction'],
    ['Bladder scanned: 700 mL, pt did not feel full.', 'bladder_dysfunction'],
    ["With his bowels he is 'not sure when they need to go'.", 'bowel_dysfunction'],
    ['She has had no feeling down below during intercourse.', 'sexual_dysfunction'],
    ['Driver in a head-on collision this morning, airbag deployed.', 'trauma'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('a result said right before another test named is that test\'s', () => {
    expect(brief('PR shows absent perianal sensation to pinprick; anal tone preserved.')).toEqual(['perianal_sensation_reduced present', 'anal_tone_reduced absent']);
    expect(statusOf('knee jerk reduced ankle jerk absent', 'knee_reflex_reduced')).toBe('present');
  });

  it('no active movement, graded 0/5, is weakness', () => {
    expect(first('Today no active dorsiflexion of R ankle (0/5), EHL 0/5.', 'weakness')).toMatchObject({ status: 'present', side: 'right', grade: 0 });
  });

  it('a sign denied right before its normal result is not there', () => {
    expect(brief('O/E: L foot pale and cold, no DP/PT palpable L, R pulses present.')).toEqual(['pedal_pulses_reduced present left', 'pedal_pulses_reduced absent right']);
    expect(statusOf('no ankle jerks present', 'ankle_reflex_reduced')).toBe('present');
    expect(statusOf('no ankle jerks, knee jerks normal', 'knee_reflex_reduced')).toBe('absent');
  });

  it('past a comma, a test of another kind keeps its own result', () => {
    expect(brief('O/E: power 5/5 incl EHL, L ankle jerk reduced.')).toEqual(['weakness absent', 'ankle_reflex_reduced present left']);
  });

  it('a movement named in one sentence is graded by the grades of the next', () => {
    expect(extract('Physio measured my R ankle lift again today. 3/5 now, was 4/5 last wk.').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', movement: 'ankle_dorsiflexion', side: 'right', grade: 3, trend: 'worsening', status: 'present' }),
    );
    expect(extract('R ankle DF tested again today: 3/5 now, was 4/5 last wk.').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', movement: 'ankle_dorsiflexion', side: 'right', grade: 3, trend: 'worsening' }),
    );
    // Rows of dated grades under the movement, one line each, grade it one after another.
    expect(extract('Power R ankle PF (tiptoe):\n  18/3 (GP) 5/5\n  22/3 (ED) 4/5\n  26/3 (today) 3/5 - can\'t stand on R tiptoes at all').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', movement: 'ankle_plantarflexion', side: 'right', grade: 3, trend: 'worsening' }),
    );
    expect(extract('Session 1 (01/03): R PF 5-/5, 10 SL heel raises.\nSession 2 (15/03): 4/5, 5 raises.\nSession 3 (29/03): 3/5, unable to complete 1 raise.').evidence).toContainEqual(
      expect.objectContaining({ finding: 'weakness', movement: 'ankle_plantarflexion', side: 'right', grade: 3, trend: 'worsening' }),
    );
    // A date is no row's grade.
    expect(first('R ankle PF 4/5. Seen on 4/5 by the GP.', 'weakness')?.trend).toBeUndefined();
    // Only the very next sentence, and only one that opens on a grade.
    expect(first('Tested her R ankle DF. She was upset. 3/5 now.', 'weakness')).toBeUndefined();
    expect(first('Checked her EHL. Pain 4/10.', 'weakness')).toBeUndefined();
  });

  it('a better state told before a worse one is weakness getting worse', () => {
    const trendOf = (text: string) => extract(text).evidence.find((e) => (e.finding === 'weakness' || e.finding === 'foot_drop') && e.status === 'present')?.trend;
    expect(trendOf("At first I could still do my calf raises at the gym, but by last week I couldn't push up onto my right tiptoes at all.")).toBe('worsening');
    expect(trendOf('At breakfast his R leg felt "a bit weak", by lunchtime he was dragging the R foot, now he can\'t stand on it.')).toBe('worsening');
    expect(trendOf('Two weeks ago I could still get up from the couch without using my hands. Now my right thigh just gives out.')).toBe('worsening');
    expect(trendOf('He was fine on heel walking when I saw him on the 3rd, but today he could not walk on his L heel at all.')).toBe('worsening');
    expect(trendOf('Pt said this morning she could still stand on tiptoe; by this evening she can\'t push up onto her R toes at all.')).toBe('worsening');
    // The better state may be told after the worse one, when it is told plainly.
    expect(trendOf("Today I found R ankle dorsiflexion 3/5 and EHL 3/5, both normal when I saw him on the 2nd.")).toBe('worsening');
    // A dated series of states, day by day.
    expect(trendOf("On Monday I noticed I couldn't go up on tiptoe on my left foot. By Wednesday I couldn't do it at all, and today I'm struggling to push off.")).toBe('worsening');
    // A relative telling of a leg by its side tells of the patient.
    expect(first('Daughter says 3 days ago only the L leg was weak, yesterday the R leg too, now can\'t stand at all.', 'weakness')).toMatchObject({ status: 'present', side: 'left', trend: 'worsening' });
    expect(first("Follow-up. 'My leg's much weaker than when I was last here'. Objectively hip abd L 3/5 (IA 4/5).", 'weakness')?.trend).toBe('worsening');
    // Where a weakness began, before where it is now; and the other weak movements of that leg worsen with it.
    const spread = extract('Weakness started in the L big toe last week, by Tuesday the whole foot was hard to lift, and since yesterday his L knee buckles as well. O/E: L EHL 1/5, DF 2/5, knee ext 4/5.').evidence;
    for (const movement of ['big_toe_extension', 'ankle_dorsiflexion', 'knee_extension'])
      expect(spread.find((e) => e.finding === 'weakness' && e.movement === movement)).toMatchObject({ side: 'left', trend: 'worsening' });
    expect(first("Imp: R S1 radiculopathy, deficit progressing over 3 wks.", 'weakness')?.trend).toBe('worsening');
    // A grade known only whole is compared whole: "4-/5" and then "4" is no change.
    expect(first('O/E: R plantarflexion 4-/5 (can\'t do single-leg heel raise), EHL 4/5.', 'weakness')?.trend).toBeUndefined();
    // Nor one said to be unchanged, whatever the words of time around it.
    expect(trendOf('L foot still a bit weak, same as last wk not worse. leg pain easing off now.')).toBeUndefined();
    expect(trendOf('After that operation my left foot stay little weak, but this is old and not change. Now is new problem: pain in right leg.')).toBeUndefined();
    // A weakness with no better state before it is not.
    expect(trendOf('Today he could not walk on his L heel.')).toBeUndefined();
    expect(trendOf('My right thigh gives out on the stairs. Now I use the lift at work.')).toBeUndefined();
  });

  it('a foot that did not lift, a scuffed shoe and a high step are a foot drop; a fall it caused is no injury', () => {
    expect(statusOf("Today he fell because the foot 'didn't lift'.", 'foot_drop')).toBe('present');
    expect(first("Today he fell because the foot 'didn't lift'.", 'trauma')).toBeUndefined();
    expect(first('At first I was just scuffing my shoe, but now I have to lift my knee really high to clear the floor.', 'foot_drop')).toMatchObject({ status: 'present', trend: 'worsening' });
    expect(statusOf('He fell down the stairs yesterday.', 'trauma')).toBe('present');
  });

  it('weaker than when last seen is worsening', () => {
    expect(worsening('Back pain worse, and his legs are much weaker than when I saw him on Monday.', 'weakness')).toBeDefined();
  });

  it('weaker than at an earlier time, or weaker each day, is worsening; weaker than the other leg is not', () => {
    expect(worsening('My chiropractor said my right calf is weaker than it was at my last adjustment two weeks ago.', 'weakness')).toBeDefined();
    expect(worsening('L foot keeps catching on everything. weaker than on mon deffo.', 'weakness')).toBeDefined();
    expect(worsening('Wife says each day his legs have been weaker.', 'weakness')).toMatchObject({ status: 'present' });
    expect(first('My left leg is weaker than my right.', 'weakness')).toMatchObject({ status: 'present', side: 'left' });
    expect(first('My left leg is weaker than my right.', 'weakness')?.trend).toBeUndefined();
    expect(first('The left is weaker than the other side.', 'weakness')?.trend).toBeUndefined();
  });

  it('a relative\'s report after a past history is of now, and so is a report that opens its sentence', () => {
    expect(statusOf('PMH: R mastectomy + radiotherapy 2016. Daughter says her clothes are hanging off her.', 'weight_loss')).toBe('present');
    expect(statusOf("PMH: prostate Ca 2014, radical prostatectomy. Says he's lost weight (clothes looser).", 'weight_loss')).toBe('present');
    expect(statusOf('PMH: appendicectomy. He reports that prior to 2002 he was profoundly weak.', 'weakness')).toBeUndefined();
  });

  it('a relative who has noticed, or who raised the concern, tells of the patient', () => {
    expect(statusOf('Her daughter has noticed her clothes are loose and she has dropped half a stone without trying.', 'weight_loss')).toBe('present');
    expect(statusOf('Welfare concern raised by son. Son says dad has been wet the last two nights.', 'bladder_dysfunction')).toBe('present');
  });

  it('a mastectomy for benign disease is no cancer history', () => {
    expect(first('Bilateral mastectomies in 1968 for benign disease.', 'cancer_history')).toBeUndefined();
  });

  it('a capital L inside a phrase is the side', () => {
    expect(first('unable to lift L foot off the bed', 'foot_drop')).toMatchObject({ status: 'present', side: 'left' });
  });
});

describe('a fresh round: cauda equina in everyday words, and the items a denial does not reach', () => {
  it.each([
    ['Since last night it feels odd when I wipe after the toilet, sort of like it isn\'t my own skin.', 'saddle_anesthesia'],
    ["Denies numbness down below when asked directly, but says toilet paper feels 'less on the left side'.", 'saddle_anesthesia'],
    ['On questioning he admits his bum has felt numb since yesterday.', 'saddle_anesthesia'],
    ["Since Sat 'can't tell when my bladder is full', went 9 hrs yesterday without passing urine, and toilet paper 'feels odd' on the L side of his bottom.", 'saddle_anesthesia'],
    ['I also peed a little in my pants at the grocery store and didn\'t know until I felt it was wet.', 'bladder_dysfunction'],
    ['Two episodes of a wet pad, which is new.', 'bladder_dysfunction'],
    ["Says his backside feels like he's sitting on cotton wool and he 'can't tell if he's finished' when peeing.", 'bladder_dysfunction'],
    ['She has to stand and wait a long time before any urine comes, and dribbles afterwards.', 'bladder_dysfunction'],
    ['and i didnt know i needed a poo till it was too late this morn', 'bowel_dysfunction'],
    ['Also I have constipation and I cannot feel when I push, it is like nothing there.', 'bowel_dysfunction'],
    ['I have problem with my erection, it not work.', 'sexual_dysfunction'],
    ["Rang after noticing 'no feeling in my willy' and numb bum cheeks.", 'sexual_dysfunction'],
    ["Numb 'where you'd sit on a bike saddle' since Monday, and sex last week 'felt like nothing'.", 'sexual_dysfunction'],
    ['Everything down below has gone numb - I couldn\'t feel a thing when my wife and I tried to have sex.', 'sexual_dysfunction'],
    ['couldnt feel anything down there last nite w my gf', 'sexual_dysfunction'],
    ['PR tone reduced, no squeeze, reduced pinprick perianally.', 'perianal_sensation_reduced'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('a plain word near a phrase does not make it a sphincter finding, and a list after "without" is still denied', () => {
    expect(first('I had a wet pad from the rain.', 'bladder_dysfunction')).toBeUndefined();
    expect(statusOf('Presented without having fever, chills or weight loss.', 'weight_loss')).toBe('absent');
    expect(statusOf('She awoke with left hemibody numbness without tingling, weakness, ataxia or visual change.', 'weakness')).toBe('absent');
  });
});

describe('a fresh round: weakness getting worse, told in charts, comparisons, walking aids and text-speak', () => {
  const trendOf = (text: string, finding: string, movement?: string) =>
    extract(text).evidence.find((e) => e.finding === finding && e.status === 'present' && (movement === undefined || e.movement === movement))?.trend;

  it('reads a neuro-observation chart row by row: each bare grade is the movement before it, and a falling grade is worsening', () => {
    const chart = ['Neuro obs chart, L leg (MRC):', '12:00  HF 5  KE 5  DF 4  EHL 4  PF 5', '16:00  HF 5  KE 5  DF 3  EHL 3  PF 5', '20:00  HF 5  KE 5  DF 2  EHL 2  PF 4'].join('\n');
    const evidence = extract(chart).evidence;
    expect(evidence.find((e) => e.movement === 'ankle_dorsiflexion')).toMatchObject({ status: 'present', grade: 2, trend: 'worsening' });
    expect(evidence.find((e) => e.movement === 'knee_extension')).toMatchObject({ status: 'absent' });
    expect(evidence.find((e) => e.movement === 'hip_flexion')).toMatchObject({ status: 'absent' });
    // Heart failure stays heart failure, and a rough estimate of power is no chart.
    expect(extract('PMH: HF, AF, DM.').evidence.find((e) => e.finding === 'weakness')).toBeUndefined();
    expect(extract('The power is about 5 x 5 on the left and about 3-4 x 5 on the right.').evidence.find((e) => e.side === 'left' && e.finding === 'weakness')).toBeUndefined();
  });

  it.each([
    ['The physiotherapist measure strength of big toe of my left foot, first time 4, second time 3, today only 2.', 'weakness', 'big_toe_extension'],
    ['From 3 days both legs is weak and every day is more weak, today I need help to go up stairs.', 'weakness', undefined],
    ['foot floppier today than yest, tripped twice on the stairs', 'foot_drop', undefined],
    ['R knee keeps givin way\nworse than tues def', 'weakness', 'knee_extension'],
    ["58F. For 3 days legs feel 'like jelly' - needed a stick yesterday, a frame today.", 'weakness', undefined],
    ["New R foot drop noticed by his wife 10 days ago, now 'worse - he's dragging the whole leg'.", 'foot_drop', undefined],
    ["Since yesterday both legs weaker - walked in fine yesterday, this morning couldn't climb onto the exam table.", 'weakness', undefined],
    ['physio just checked, said my toe lift is weaker than last wk', 'weakness', 'big_toe_extension'],
  ])('%s → %s worsening', (text, finding, movement) => {
    expect(trendOf(text, finding, movement)).toBe('worsening');
  });

  it('a movement denied of its own is weak, not made normal by a weakness word before it', () => {
    const text = "Called because R leg 'getting weaker daily' and today couldn't go up on her R toes to reach a cupboard.";
    expect(first(text, 'weakness')).toMatchObject({ status: 'present', side: 'right', trend: 'worsening' });
    expect(extract(text).evidence.filter((e) => e.finding === 'weakness' && e.status === 'absent')).toEqual([]);
  });

  it('an examination after a past history is of now', () => {
    expect(first('PMH: HF, AF, DM. Power DF 4/5.', 'weakness')).toMatchObject({ status: 'present', grade: 4 });
    expect(first('PMH: L4/5 discectomy 2015. O/E SLR 30 L.', 'slr_positive')).toMatchObject({ status: 'present', side: 'left' });
  });
});

describe('a fresh round: a side said on a line of its own', () => {
  it('gives its side to the findings before it, as a text message adds it', () => {
    const text = ['hi its jen from mondays appt', 'foot floppier today than yest, tripped twice on the stairs', 'left one obvs', 'back still killing me'].join('\n');
    expect(first(text, 'foot_drop')).toMatchObject({ status: 'present', side: 'left', trend: 'worsening' });
    const later = ['physio just checked, said my toe lift is weaker than last wk', 'she said 3 out of 5 now, was 4', 'R foot', 'told me to msg u'].join('\n');
    expect(first(later, 'weakness')).toMatchObject({ side: 'right', grade: 3, trend: 'worsening' });
  });
});

describe('a fresh round: the lines of a message', () => {
  const sms = (...lines: string[]) => lines.join('\n');

  it('a line is a statement of its own: a denial on one line does not reach the next, nor a place', () => {
    const text = sms('cant get up off the sofa w/out pushing on the arms', 'R knee keeps givin way', 'worse than tues def', 'back n front of thigh pain', 'no accidents wee or poo');
    expect(first(text, 'weakness')).toMatchObject({ status: 'present', side: 'right', movement: 'knee_extension', trend: 'worsening' });
    expect(statusOf(text, 'bladder_dysfunction')).toBe('absent');
    // A sentence wrapped after a word that carries on is still one statement.
    expect(statusOf('Denies bowel or\nbladder dysfunction.', 'bladder_dysfunction')).toBe('absent');
  });

  it('an activity on a line of its own is the symptom of the line before it', () => {
    const text = sms('back went yday lifting the kids car seat', 'now shooting pain down my left leg to my ankle', 'cant sit for long', 'no tingling tho');
    expect(statusOf(text, 'pain_worse_sitting')).toBe('present');
    expect(statusOf(text, 'tingling')).toBe('absent');
  });

  it('"right one" points back to what was named before it, even with findings after it', () => {
    const text = sms('doc my foot is floppier than yesterday. tripping on everything. right one', 'also pins n needles up to knee now');
    expect(first(text, 'foot_drop')).toMatchObject({ side: 'right', trend: 'worsening' });
  });

  it('a box before a qualified label answers it', () => {
    const text = sms('Red flag screen (completed with pt):', '☐ Progressive neuro deficit  ☒ Hx of cancer - BCC excised from nose 2019', '☐ Unexplained wt loss  ☐ Fever  ☐ IVDU');
    expect(statusOf(text, 'weight_loss')).toBe('absent');
    expect(statusOf('[x] Unexplained weight loss [ ] Fever', 'weight_loss')).toBe('present');
  });
});

describe('a fresh round: cauda equina told by learners of English and in a few words', () => {
  it.each([
    ["I've also lost some feeling in my butt cheeks when I'm sitting in the cab.", 'saddle_anesthesia'],
    ["From two days I cannot feel when I make the pee, and the toilet paper I don't feel it on the bottom.", 'saddle_anesthesia'],
    ['After my back pain start I have problem with the man function, not possible to be hard.', 'sexual_dysfunction'],
    ['Also the pee is coming slow and I must push.', 'bladder_dysfunction'],
    ["Also I make the poo in the trousers and I don't know it before, this is two times.", 'bowel_dysfunction'],
    ["and ive not pee'd since last nite even tho i feel full", 'bladder_dysfunction'],
    ["Caller 55M says 'down below feels like I've been sat on a block of ice all day'.", 'saddle_anesthesia'],
    ["Her bottom 'feels like I've been sat on ice'.", 'saddle_anesthesia'],
    ["Also says his wee 'doesn't feel the same' though the stream is OK.", 'bladder_dysfunction'],
    ['At today\'s session she disclosed that for 3 days she has not felt the toilet paper when wiping.', 'saddle_anesthesia'],
    ['Status at discharge (day 8): erections not yet returned.', 'sexual_dysfunction'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('an ice pack sat on is no saddle finding', () => {
    expect(first("I'm not sure if I'm losing feeling down there or if it's just because I've been sitting on an ice pack.", 'saddle_anesthesia')?.status).not.toBe('present');
  });
});

describe('a fresh round: a grade told again of "it", and grades told in words', () => {
  const weak = (text: string, movement: string) => extract(text).evidence.find((e) => e.finding === 'weakness' && e.movement === movement);

  it('"it" in the next sentence is the movement just graded, now or before', () => {
    expect(weak('My neurosurgeon\'s PA told me hip flexion on the right was 4+/5. At the follow-up on 6/17 the neurologist said it was 3/5.', 'hip_flexion'))
      .toMatchObject({ status: 'present', side: 'right', grade: 3, trend: 'worsening' });
    expect(weak("Doctor at hospital check my leg on Monday and write 'L knee extension 4/5'. Today in the clinic the other doctor say it is 3 now.", 'knee_extension'))
      .toMatchObject({ side: 'left', grade: 3, trend: 'worsening' });
    expect(weak('physio said 3/5 today for lifting my foot up. it was 4 at the start of the month.', 'ankle_dorsiflexion')).toMatchObject({ grade: 3, trend: 'worsening' });
    expect(weak('Hip flexion 4/5. It is a long story.', 'hip_flexion')?.trend).toBeUndefined();
  });

  it('reads a grade before "for" its movement and a sign said in words', () => {
    expect(weak('3/5 for ankle dorsiflexion', 'ankle_dorsiflexion')).toMatchObject({ status: 'present', grade: 3 });
    const text = 'The physiotherapist check the strength of my left leg every week. First week she say 4 for straighten the knee, second week she say 4 minus, today she write 3 and she say I must see doctor fast.';
    expect(weak(text, 'knee_extension')).toMatchObject({ grade: 3, trend: 'worsening' });
  });
});

describe('a fresh round: more ways of telling worse', () => {
  const worse = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding && e.status === 'present')?.trend;

  it.each([
    ['Her right ankle dorsiflexion had dropped from 4+/5 to 4-/5 to 3/5 despite treatment.', 'weakness'],
    ['my walking is getting worse and worse. leg gave way twice today. L knee. its worse than when u saw me on fri, i cant even do the stairs now.', 'weakness'],
    ["And my foot has started flopping - this morning I tripped on the rug, and it's definitely worse than when I saw the GP on Monday.", 'foot_drop'],
    ["It started with just my right toes scuffing the floor when I was tired, but over 3 weeks it's gotten to where I have to lift my knee up high like I'm marching so my foot doesn't catch.", 'foot_drop'],
    ['In the last week my legs are going more weak, both, and today I cannot stand up from the chair without the hands.', 'weakness'],
    ["FU. Last Thursday she could heel walk fine on both sides. Today she can't heel walk on the R - the foot flops down after two steps.", 'foot_drop'],
    ['Since Friday her L foot has been catching on the kerb; by today it is slapping down with every step.', 'foot_drop'],
    ["When the GP examined me on the 3rd she wrote that my left calf was 4/5 (standing on tiptoes). Now I can't go up on my left toes at all, not even once.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(worse(text, finding)).toBe('worsening');
  });

  it('an inability told before a grade, or without "now", is no change; a knee lifted high is no foot drop by itself', () => {
    expect(worse("O/E PF 4/5. Pt reports he can't stand on tiptoes at all.", 'weakness')).toBeUndefined();
    expect(first('I can lift my knee up high.', 'foot_drop')).toBeUndefined();
  });
});

describe('a fresh round: the last of the lay words for cauda equina', () => {
  it.each([
    ["When I wipe after the toilet it feels like it's somebody else's bottom.", 'saddle_anesthesia'],
    ['since sat ive not been able to feel myself going for a poo, just finding it in my pants', 'bowel_dysfunction'],
    ["Daughter called as mum 'wet the chair twice this week and didn't realise until she stood up'.", 'bladder_dysfunction'],
    ["Also can't tell if he's peeing or not unless he looks.", 'bladder_dysfunction'],
    ["She's been 'going to the loo, sitting there and nothing comes, then it leaks later'.", 'bladder_dysfunction'],
    ["Says when he sits on the bike at the gym it 'feels like sitting on a sponge, can't really feel it'.", 'saddle_anesthesia'],
    ["The area where he'd sit on a bike 'feels a bit like after the dentist'.", 'saddle_anesthesia'],
    ["Also says 'my bottom feels like I've had a dental injection'.", 'saddle_anesthesia'],
    ['Pt still can\'t feel the catheter or any urge to pass urine.', 'bladder_dysfunction'],
    ["Last PU 12:00 and says he doesn't feel any need to go.", 'bladder_dysfunction'],
    ["Since yesterday 'nothing down there works, can't get aroused and it's numb'.", 'sexual_dysfunction'],
    ["She can't quite feel the tissue when she wipes.", 'saddle_anesthesia'],
    ["Pt also mentioned she couldn't feel the bedpan under her bottom this morning.", 'saddle_anesthesia'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });

  it('no need to go to the GP is no sphincter finding', () => {
    expect(extract('I have no need to go to the GP.').evidence).toEqual([]);
  });
});

describe('a fresh round: tables of grades dated in their header', () => {
  it('reads each movement\'s grades across the columns as a series over time, on the side of the heading', () => {
    const table = ['Serial examination, L leg:', '           12/6   26/6   10/7', 'Hip flex    5      5      4', 'Knee ext    5      4+     4-', 'Ankle DF    4      3      2'].join('\n');
    const evidence = extract(table).evidence;
    expect(evidence.find((e) => e.movement === 'ankle_dorsiflexion')).toMatchObject({ status: 'present', side: 'left', grade: 2, trend: 'worsening' });
    expect(evidence.find((e) => e.movement === 'knee_extension')).toMatchObject({ side: 'left', grade: 4, trend: 'worsening' });
    const chart = ['Myotome chart (R):', '            IA 3/6   Rx2 10/6   Rx3 17/6', 'L3 quads      5        5          5', 'L5 EHL        4        3          2'].join('\n');
    expect(extract(chart).evidence.find((e) => e.movement === 'big_toe_extension')).toMatchObject({ side: 'right', grade: 2, trend: 'worsening' });
    expect(extract(chart).evidence.find((e) => e.movement === 'knee_extension')).toMatchObject({ status: 'absent', side: 'right' });
  });
});

describe('a fresh round: grades that fell, told between visits, and the examiner\'s words', () => {
  const worse = (text: string, finding: string) => extract(text).evidence.find((e) => e.finding === finding && e.status === 'present')?.trend;

  it.each([
    ['In January his quads were 4+/5. At the Feb visit he was struggling with stairs and quads had dropped to 4/5. Today I can overcome knee extension easily (3/5).', 'weakness'],
    ['Before I can walk normal but now my left foot is falling down when I walk, every day more bad.', 'foot_drop'],
    ['left foot worse today, keeps catching on the floor\nwas just tingly last wk now it wont lift properly', 'foot_drop'],
    ["Daughter reports mum walked with her frame on Monday, by Wednesday needed two people, today can't move her legs to get out of bed.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(worse(text, finding)).toBe('worsening');
  });

  it('a movement the examiner overcomes is weak; a weakness that reaches the other leg too is getting worse there', () => {
    expect(extract('I can overcome knee extension easily (3/5).').evidence.find((e) => e.movement === 'knee_extension')).toMatchObject({ status: 'present' });
    const spread = extract('It started with my right foot getting weak three weeks ago, and in the last few days my left foot is getting weak too.').evidence;
    expect(spread.find((e) => e.finding === 'weakness' && e.side === 'left')).toMatchObject({ status: 'present', trend: 'worsening' });
  });
});

describe('a fresh round: the one leg a note names as a place', () => {
  it('is the side of the findings that name none, unless it is said to be well', () => {
    const text = 'My physio has now tested my right leg three times. At the first visit she said lifting my big toe was 4 out of 5, last week it was 3, and today she said it was only a 2. I can feel my foot flapping a bit when I walk.';
    const evidence = extract(text).evidence;
    expect(evidence.find((e) => e.movement === 'big_toe_extension')).toMatchObject({ side: 'right', grade: 2, trend: 'worsening' });
    expect(evidence.find((e) => e.finding === 'foot_drop')).toMatchObject({ side: 'right' });
    expect(first('My left leg is fine. Numbness in the foot.', 'numbness')?.side).toBeUndefined();
  });
});

describe('a fresh round: a grade in brackets after another, and questions and other patients', () => {
  const weak = (text: string, movement: string) => extract(text).evidence.find((e) => e.finding === 'weakness' && e.movement === movement);

  it('a grade in brackets after another is the earlier one, unless dated now', () => {
    expect(weak("Pt says his R foot is 'picking up much better'; physio measured DF 4+/5 last wk (3/5 in March).", 'ankle_dorsiflexion')?.trend).toBe('improving');
    expect(weak('EHL R 4/5 (pre-op 2/5).', 'big_toe_extension')?.trend).toBe('improving');
    expect(weak('R quads better today - knee ext 4+/5 (yesterday 3/5), hip flexion 5/5.', 'knee_extension')?.trend).toBe('improving');
    expect(weak('Quads L 4-/5 (4+/5 on 11/07).', 'knee_extension')?.trend).toBe('worsening');
    expect(weak('DF 3/5 (was 4/5).', 'ankle_dorsiflexion')?.trend).toBe('worsening');
  });

  it('a question of what sciatica may do, and another patient on the ward, are no findings', () => {
    expect(extract("Quick question - can sciatica make you lose control of your bowels? I read it online and now I'm panicking.").evidence).toEqual([]);
    expect(extract('NB the patient in bed 5 has developed urinary retention - NOT this patient.').evidence).toEqual([]);
    expect(statusOf('Patient in bed, comfortable, bladder scan 600 ml.', 'bladder_dysfunction')).toBe('present');
  });
});

describe('a fresh round: more cauda equina in everyday and learners\' words', () => {
  it.each([
    ["Things don't feel right down below - when I'm with my partner I can't feel anything.", 'sexual_dysfunction'],
    ["I sometimes don't know whether my bladder is full or not - I go because it's been a while.", 'bladder_dysfunction'],
    ['From yesterday I am not able to make pipi good, it come very slow and I must push.', 'bladder_dysfunction'],
    ['Also when I sit on the toilet I not feel the seat good.', 'saddle_anesthesia'],
    ["Now I don't feel when I need go to toilet for big, two times it came in my underwear and I did not know.", 'bowel_dysfunction'],
    ['Also my bottom area is feeling like sleeping.', 'saddle_anesthesia'],
    ['After my back problem start, my penis is not working, no erection.', 'sexual_dysfunction'],
    ['Also urine is coming more slow.', 'bladder_dysfunction'],
    ["Says the toilet paper 'feels like it's wiping someone else'.", 'saddle_anesthesia'],
    ['Carers found she had opened her bowels in her pad twice without any sign she knew.', 'bowel_dysfunction'],
    ["Also can't really feel it when he opens his bowels.", 'bowel_dysfunction'],
    ["She also says sitting on her exercise bike feels odd, 'like sitting on a cushion of cotton wool'.", 'saddle_anesthesia'],
  ])('%s → %s present', (text, finding) => {
    expect(statusOf(text, finding)).toBe('present');
  });
});

describe('a fresh round: grades that fell, read wherever they were taken', () => {
  const weak = (text: string, movement: string) => extract(text).evidence.find((e) => e.finding === 'weakness' && e.movement === movement);

  it.each([
    ['R EHL 4/5 at UCC 08:00, 2/5 at 16:00 here.', 'big_toe_extension', 2],
    ['Physio notes from the last 3 sessions document R hip flexion falling from 5 to 4.', 'hip_flexion', 4],
    ['L plantarflexion was 4/5 at physio assessment 3 weeks ago, now 2/5, unable to stand on the L toes.', 'ankle_plantarflexion', 2],
    ['Over 5 days on the ward her L knee extension fell 4 -> 3 and the R 5 -> 4.', 'knee_extension', 3],
    ['Neuro obs:\n22:00 L leg: hip flex 4, knee ext 5, DF 4, PF 5.\n02:00 DF 3, EHL 3, others unchanged.\n06:00 DF 2, EHL 2.', 'ankle_dorsiflexion', 2],
  ])('%s → %s worsening to %d', (text, movement, grade) => {
    expect(weak(text, movement)).toMatchObject({ status: 'present', grade, trend: 'worsening' });
  });

  it('a grade that fell is no fall of the patient\'s; a score out of ten is no grade', () => {
    expect(extract('Over 5 days on the ward her L knee extension fell 4 -> 3.').evidence.find((e) => e.finding === 'trauma')).toBeUndefined();
    expect(statusOf('He fell from a ladder.', 'trauma')).toBe('present');
    expect(extract('VAS 4 -> 2 after the injection.').evidence.find((e) => e.finding === 'weakness')).toBeUndefined();
  });

  it.each([
    ["You said my left leg strength was 'a little off' but now it's a lot worse - I can't push off on my toes when I walk.", 'weakness'],
    ["Last Monday he could still go up on his toes on both sides. Today he can't rise onto his L tiptoes at all.", 'weakness'],
    ['On arrival 13:05 pt able to lift both legs straight off the bed against resistance. En route 13:40 unable to lift L leg off the trolley.', 'weakness'],
    ["Now also the L knee giving way when standing, which wasn't there yesterday.", 'weakness'],
  ])('%s → %s worsening', (text, finding) => {
    expect(extract(text).evidence.find((e) => e.finding === finding && e.status === 'present')?.trend).toBe('worsening');
  });
});

describe('a fresh round: a story of weakness over three sentences', () => {
  it('an ability kept, told two sentences before, opens the story; a day alone does not; an age is no "old" weakness', () => {
    const text = 'He has had left-sided sciatica for six weeks. Two weeks ago he could still get up the stairs normally. Last week he started needing the banister. Today his left knee gave way twice.';
    expect(first(text, 'weakness')).toMatchObject({ status: 'present', trend: 'worsening' });
    const fall = "Daughter called: mum (83) had a fall down 3 stairs on Sunday, has been in bed since with back pain. Today wet the bed twice which she never does. Legs 'like jelly' per daughter.";
    expect(first(fall, 'weakness')?.trend).toBeUndefined();
    const aged = "Please see this 45-year-old bus driver with L sciatica for 8 weeks. When I saw him a month ago he could walk on his heels; today he can't lift the front of his left foot at all.";
    expect(extract(aged).evidence.find((e) => e.finding === 'weakness' || e.finding === 'foot_drop')?.trend).toBe('worsening');
  });
});
