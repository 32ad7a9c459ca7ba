/**
 * The words around a finding that change what it means: pain words and how
 * pain travels, what makes it worse or better, qualifiers ("reduced",
 * "normal", "+ve"), negation and its false friends, uncertainty, history,
 * other people, hypotheticals, the words that end a scope, trend and onset.
 */
import type { Activity, Concept, LexiconEntry } from './types.js';

const entry = (concept: Concept, phrases: readonly string[]): LexiconEntry => ({ phrases, concept });
const activity = (a: Activity, phrases: readonly string[]): LexiconEntry => entry({ kind: 'activity', activity: a }, phrases);

export const PAIN_WORDS: readonly LexiconEntry[] = [
  entry({ kind: 'pain' }, ['pain', 'pains', 'painful', 'ache', 'aches', 'aching', 'achy', 'achiness', 'hurts', 'hurt', 'hurting', 'sore', 'soreness', 'discomfort', 'tightness', 'cramping', 'cramps', 'cramp', 'cramped', 'heaviness', 'heavy', 'killing me', 'agony', 'in agony', 'agonising', 'agonizing', 'throbbing', 'throbs',
    // "My back flared up again".
    'flared up', 'flare up', 'flare-up']),
  entry({ kind: 'pain', impliesLeg: true }, ['sciatica', 'sciatic pain', 'sciatic symptoms', 'radicular pain', 'radiculopathy', 'radiculopathies', 'radiculitis', 'radicular type pain', 'radicular-type pain', 'radicular symptoms', 'radicular', 'nerve root pain', 'root pain', 'lumbar radiculopathy', 'lumbosacral radiculopathy', 'leg symptoms', 'leg sx', 'lower extremity symptoms', 'lower limb symptoms', 'le symptoms', 'extremity symptoms']),
  entry({ kind: 'pain', radiates: true }, ['radiating', 'radiates', 'radiated', 'radiation', 'radiate']),
  entry({ kind: 'pain', radiates: true, needsSymptom: true }, [
    'spreads', 'spreading', 'spread', 'travels', 'travelling', 'traveling', 'travelled', 'goes down',
    'going down', 'goes into', 'went down', 'runs down', 'running down', 'ran down', 'comes round into', 'comes down', 'coming down', 'referred', 'refers',
    'extends', 'extending', 'extended', 'moves down', 'down into', 'goes', 'going', 'gone down', 'has gone down', 'have gone down', 'gone into',
    'has gone into', 'spread down', 'spreads down',
  ]),
  entry({ kind: 'pain', radiates: true, quality: 'shooting_pain' }, ['shoot', 'electric', 'electrical', 'stabbing', 'sharp', 'jolts', 'zaps', 'stabbing pains', 'sharp pain', 'sharp pains', 'stabbing pain', 'lightning']),
  // Words that say a nerve root's pain by themselves: "her pain is constant, shooting and aching" is shooting pain with no place named.
  entry({ kind: 'pain', radiates: true, quality: 'shooting_pain', sayItAlone: true }, ['shooting', 'shoots', 'shooting pain', 'shooting pains', 'electric shock', 'electric shocks', 'lancinating', 'shock-like']),
  // "Stab incisions", "he was shot": these are pain words only beside a symptom.
  entry({ kind: 'pain', radiates: true, quality: 'shooting_pain', needsSymptom: true }, ['shot', 'stabs', 'stab']),
  entry({ kind: 'pain', quality: 'burning_pain' }, ['burning', 'burns', 'burning pain', 'burning pains', 'burning sensation', 'scalding']),
  entry({ kind: 'pain', quality: 'deep_aching_pain' }, ['deep ache', 'dull ache', 'deep aching', 'dull aching', 'deep pain', 'dull pain', 'deep aching pain', 'dull achy', 'diffuse ache', 'vague ache', 'poorly localised', 'poorly localized']),
];

export const ACTIVITIES: readonly LexiconEntry[] = [
  activity('sitting', ['sitting', 'sit', 'sat', 'sits', 'sitting down', 'prolonged sitting', 'seated', 'driving', 'car journeys', 'long car journeys', 'sitting for long periods']),
  activity('cough', ['cough', 'coughing', 'coughs', 'sneeze', 'sneezing', 'sneezes', 'straining', 'strain', 'valsalva', 'laughing', 'cough and sneeze', 'coughing and sneezing', 'coughing or sneezing', 'bearing down']),
  activity('bending', ['bending', 'bending forward', 'bending over', 'bend forward', 'bend over', 'bend', 'bends', 'leaning forward', 'lean forward', 'stooping', 'stoop', 'lumbar flexion', 'forward flexion', 'flexion', 'leaning on', 'bent forward', 'flexed forward']),
  activity('walking', ['walking', 'walk', 'walks', 'walked', 'ambulation', 'ambulating', 'on feet', 'walking distance', 'hiking', 'walking uphill', 'walking downhill']),
  activity('standing', ['standing', 'stand', 'stands', 'prolonged standing', 'standing up', 'upright', 'extension', 'lumbar extension', 'stood']),
  activity('standing_still', ['standing still', 'stand still', 'stopping', 'stop walking', 'stops walking', 'rest', 'resting', 'a rest', 'stop']),
  activity('night', ['at night', 'every night', 'all night', 'through night', 'night', 'nights', 'in bed', 'lying in bed', 'nighttime', 'night-time', 'overnight', 'wakes me', 'wakes him', 'wakes her', 'wakes them', 'woke me', 'woken', 'from sleep', 'at night and at rest',
    'in night', 'in the night', 'during the night', 'during night']),
  activity('cycling', ['cycling', 'cycle', 'bike', 'bicycle', 'exercise bike']),
  // Moving the hip is not bending the spine forward ("sitting and bending my hip make it worse").
  activity('hip_movement', [
    'bending hip', 'bend hip', 'bends hip', 'flexing hip', 'flex hip', 'twisting hip', 'twist hip', 'rotating hip', 'moving hip', 'move hip', 'bending hips',
    'bending at hip', 'put socks on', 'putting socks on', 'put on socks', 'put shoes on', 'putting shoes on', 'put on shoes', 'put shoes and socks on',
    'putting shoes and socks on', 'get out of car', 'get into car', 'get in car', 'getting into car', 'getting in car', 'crossing legs', 'cross legs',
  ]),
];

/** Words that say an activity makes symptoms worse. */
export const AGGRAVATES: readonly LexiconEntry[] = [
  entry({ kind: 'aggravates', strong: true }, [
    'worse', 'worsens', 'worsened', 'worse on', 'worse with', 'worse when', 'aggravated', 'aggravates', 'aggravating', 'aggravate', 'exacerbated', 'exacerbates',
    'exacerbate', 'exacerbation', 'brings on', 'brought on', 'bring on', 'provoked', 'provokes', 'increases', 'increased by', 'makes it worse', 'make it worse',
    'made worse', 'makes worse', 'makes the pain worse', 'hurts more', 'intensifies', 'triggered', 'triggers', 'precipitated', 'induced',
    'worst', 'at its worst', 'sets it off', 'sets off', 'set it off', 'sets me off', 'brings it on', 'bring it on', 'sets the pain off',
    // A physiotherapy note's headings: "Aggs: walking >100m, standing. Eases: sitting".
    'aggs', 'agg', 'aggravating factors', 'aggravating factor', 'aggravators',
  ]),
  // These say so only beside a symptom ("pain when sitting"), not on their own ("sitting on the couch").
  entry({ kind: 'aggravates', strong: false }, [
    'after', 'when', 'on', 'with', 'while', 'during', 'prolonged', 'for a long time', 'for long periods', 'for long', "can't", 'unable to', 'painful', 'limiting',
    'limited', 'can hardly', 'difficult', 'difficulty', 'trouble', 'if', 'whenever', 'every time',
    // "I can walk 100 metres before my legs go heavy".
    'before',
  ]),
];
export const EASES: LexiconEntry = entry({ kind: 'eases' }, [
  'eased', 'eases', 'ease', 'easing', 'relieved', 'relieves', 'relief', 'relieving', 'better', 'improves', 'improved', 'settles', 'settle', 'goes away', 'go away',
  'subsides', 'subside', 'helps', 'help', 'alleviated', 'alleviates', 'disappears', 'resolves', 'easing factors', 'relieving factors',
  // "they recover when he sits", "the pain stops as soon as I stand still", "it goes off".
  'recover', 'recovers', 'stops', 'goes off', 'go off', 'wears off', 'passes off', 'gets better', 'get better', 'eases off',
]);

export const QUALIFIERS: readonly LexiconEntry[] = [
  entry({ kind: 'qualifier', meaning: 'abnormal' }, [
  // The examiner overcoming a movement is its weakness: "I can overcome knee extension easily (3/5)".
  'can overcome', 'could overcome', 'easily overcome', 'overcome easily', 'overcomes', 'overcame', 'able to overcome', 'easily overcomes',
    'reduced', 'decreased', 'decr', 'diminished', 'absent', 'absence', 'not elicited', 'not elicitable', 'unobtainable', 'not obtainable', 'unable to elicit', 'lost', 'loss', 'losses',
    'loss of', 'impaired', 'poor', 'weak', 'weakened', 'altered', 'abnormal', '+ve', 'positive', 'pos', 'limited', 'restricted', 'painful', 'reproduces',
    'reproduced', 'reproducing', 'lax', 'patulous', 'hypoactive', 'depressed', 'trace', 'sluggish', 'not palpable', 'impalpable', 'nonpalpable',
    'non-palpable', 'difficulty', 'difficulties', 'trouble', 'problems', 'problem', 'unable', 'upgoing', 'extensor', 'markedly reduced', 'slightly reduced',
    'mildly reduced', 'globally reduced', 'dulled', 'blunted', 'patchy', 'no palpable', 'changed', 'disturbed', 'deficient', 'deficit', 'asymmetric', 'asymmetrical', 'weaker', 'gone',
    'worse', 'struggle', 'struggles', 'struggling', 'not working', "doesn't work", 'barely', 'hardly', 'incomplete', 'raised', 'high', 'elevated',
    'accidents', 'accident', 'reproduction', 'equivocal', 'something new with', 'something wrong with', 'new problem with', 'new problems with', 'abnormalities', 'deficits', 'changes', 'disturbance', 'disturbances', 'positive for', '+ve for',
    'hard', 'difficult', 'a struggle', 'slightly decreased', 'decrease', 'absent bilaterally', 'unable to', "can't", 'inability to', 'not able to', 'dysfunction', 'symptoms', 'sx', 'complaints', 'issues', 'incontinent', 'not felt',
    // "bowels leaking since yesterday", "bowels completely out of control".
    'leaking', 'leaks', 'out of control', 'uncontrolled',
    // A change in a function: "I'm peeing differently"; "not peeing any differently" is then normal.
    'differently', 'any differently', 'any different',
    // Arrows in examination shorthand: "PR: ↓ tone", "KJ ↓ L".
    '↓', '⬇', '↓↓',
  ]),
  entry({ kind: 'qualifier', meaning: 'normal' }, [
    'normal', 'normally', 'intact', 'fine', 'ok', 'okay', 'good', 'full', 'full control', 'symmetric', 'symmetrical', 'symmetrically', 'equal', 'brisk', 'present',
    'preserved', 'palpable', '-ve', 'negative', 'neg', 'downgoing', 'down going', 'flexor', 'unremarkable', 'within normal limits', 'wnl', 'working', 'works',
    'working normally', 'works normally', 'as normal', 'unaffected', 'no problems', 'no problem', 'no issues', 'no trouble', 'no difficulty', 'grossly intact',
    'completely fine', 'perfectly fine', 'all right', 'alright', 'nil', 'clear', 'unchanged', 'fully', 'easily', 'well', 'asymptomatic', 'spared',
    'not reduced', 'no deficit', 'no deficits', 'no abnormality', 'no change', 'continent', 'normal limits', 'satisfactory', 'adequate', 'strong', 'preserved',
    'negative for', 'no abnormalities', 'no sensory deficits', 'no focal deficits', 'no problems with', 'no issues with', 'nad',
    'nothing wrong', 'nothing wrong with', 'nothing the matter with', 'no probs', 'no probs with', 'no concerns with', 'no complaints with',
    'no changes with', 'no change with', 'no new problems with', 'no new issues with',
  ]),
];

export const NEGATIONS: readonly LexiconEntry[] = [
  entry({ kind: 'negation', direction: 'pre' }, [
    'no', 'not', 'denies', 'denied', 'deny', 'denying', 'negative for', 'neg for', '-ve for', 'without', 'free of', 'free from', 'never', 'no evidence of',
    'no signs of', 'no sign of', 'no history of', 'no hx of', 'no h/o', 'no symptoms of', 'no complaints of', 'no c/o', "haven't", "hasn't", "hadn't", "don't",
    "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "won't", 'neither', 'nor', 'absence of', 'nil', 'nothing', "nothing's",
    'none', 'not any', 'no new', 'no further', 'resolution of', 'rules out', 'ruled out', 'no longer', 'nor any', 'no obvious', 'no significant', 'no focal',
    'no definite', 'no clear', 'no recent', 'not had', 'not been', 'has not', 'have not', 'had not', 'did not', 'does not', 'do not', 'is not', 'are not',
    'was not', 'were not', 'could not', 'never had', 'no other', 'denies any', 'no reports of', 'no report of', 'without any', 'lack of', 'lacks', 'ø',
    // "He denies, however, any bowel or bladder problems": the aside does not end the denial.
    'denies, however,', 'denied, however,', 'does not, however,', 'did not, however,',
    // "Denies any new bowel or bladder dysfunction": "new" here is part of the denial, not a new assertion.
    'denies any new', 'denies new', 'denied any new', 'denied new', 'without new', 'without any new', 'not any new',
    // A review of systems as "(-) decreased libido, (-) vaginal dryness".
    '(-)', '( - )',
    // A count of none: "Bladder diary: 0 episodes of incontinence".
    '0 episodes of', 'zero episodes of', 'nil episodes of', '0 episodes', 'no episodes of', 'no further episodes of',
    // Feeling none of it is a denial, unlike "I can't feel anything": "I can't feel any numbness down below".
    "can't feel any", "don't feel any", 'do not feel any', "haven't felt any", 'not feeling any',
    // Not remembering any is a denial: "cannot recall any bladder problems".
    "can't recall", "can't remember", "can't think of", "couldn't recall", "couldn't remember", "don't recall", "don't remember", "doesn't recall",
    "doesn't remember", 'does not recall', 'does not remember', 'not aware of', 'unaware of',
    // A denial that reaches over the speaker's own subject: "I don't think I've had any numbness".
    "don't think i've", "don't think i have", "don't think i had", "don't believe i've", "don't believe i have", "don't think there's", "don't think there is",
    "don't think he's", "don't think she's", "doesn't think he has", "doesn't think she has", 'does not think he has', 'does not think she has',
    // A hedged denial: "I can't say I've noticed any numbness".
    "can't say i've noticed", "can't say i have noticed", "can't say i've had", "can't say i have had", "haven't noticed", "not noticed", "never noticed",
    // "CES Q's all neg (saddle, B&B, sexual fn)": a screen answered no before its list.
    'all neg', 'all negative', 'all -ve',
    // "I wouldn't say I'm weaker": a hedged denial of the speaker's own state.
    "wouldn't say i'm", "wouldn't say i am", "wouldn't say i've", "wouldn't say it's", "wouldn't say he's", "wouldn't say she's", "wouldn't say my",
  ]),
  entry({ kind: 'negation', direction: 'post' }, [
    'absent', 'negative', '-ve', 'denied', 'resolved', 'not present', 'none', 'gone', 'settled', 'ruled out', 'fine', 'normal', 'intact', 'ok', 'okay',
    'unremarkable', 'nil', 'all neg', 'all negative', 'all -ve', 'no longer present', 'has gone', 'have gone', 'went away', 'has resolved', 'have resolved', 'free', 'asymptomatic', 'clear',
    'not a problem', 'not an issue', 'excluded', 'was negative', 'were negative', 'is negative', 'are negative', 'not noted', 'not seen', 'not reported',
    'not found', 'not elicited', 'not detected', 'all normal', 'normal throughout', 'is fine', 'are fine', 'completely fine', 'unaffected', 'spared',
    'disappeared', 'have disappeared', 'has disappeared', 'no longer', 'cleared', 'perfectly fine', 'are normal', 'is normal', 'were normal', 'was normal',
    'relieved', 'was relieved', 'were relieved', 'has been relieved', 'not appreciated', 'not evident', "isn't there anymore", "isn't there any more",
    'not there anymore', 'not there any more', 'no longer there', "aren't there anymore", 'gone away', 'has gone away', 'have gone away',
    'deny', 'stopped .', 'stopped ,', 'has stopped', 'had stopped', 'recovered', 'has recovered', 'have recovered', 'fully recovered', 'now settled', 'now resolved', 'now gone', 'since settled', 'since resolved', 'on purpose', 'deliberately', 'with slimming world', 'by dieting',
    // "No abnormality detected": "B&B NAD".
    'nad',
    // "..., but that all sorted itself out".
    'sorted itself out', 'all sorted itself out', 'sorted themselves out', 'cleared up', 'all cleared up', 'got better on its own', 'went back to normal',
  ]),
];

/** After a negation, these mean it negates something else: "no improvement in the numbness". */
export const PSEUDO_NEGATIONS: LexiconEntry = entry({ kind: 'pseudo' }, [
  // "nothing helps, not even lying still": pain no measure relieves, which denies nothing.
  'nothing helps', 'nothing helped', 'nothing eases it', 'nothing eases', 'nothing works', 'nothing touches it',
  'improvement', 'improved', 'not settling with', 'not settling despite', 'not easing with', 'not easing despite', "won't quit", "doesn't quit", "won't let up", "doesn't let up", "won't budge", "won't shift", 'change', 'changes', 'changed', 'relief', 'relieved', 'better', 'help', 'helped', 'helping', 'response', 'responded', 'benefit',
  'difference', 'resolution', 'effect', 'fixed', 'settled', 'resolved', 'go away', 'gone away', 'eased', 'easing', 'limited', 'stopped', 'stop', 'working',
  'able to work', 'only', 'just', 'sure', 'increase', 'decrease', 'worse', 'cured', 'alleviated', 'good', 'well controlled', 'much', 'quite', 'worked',
  'able to sleep', 'sleeping', 'sleep', 'due to', 'because of',
  // A treatment withheld or not taken is about the treatment: "he does not prescribe opiates for chronic back pain".
  'prescribe', 'prescribes', 'prescribed', 'prescribing', 'treat', 'treated', 'treating', 'treatment', 'medication', 'medications', 'medicine', 'meds',
]);

export const UNCERTAINTY: readonly LexiconEntry[] = [
  entry({ kind: 'uncertain', direction: 'pre' }, [
    // A patient asking whether a feeling is normal is unsure of it: "is it normal to feel a bit numb down there?".
    'is it normal to', 'is it normal to feel', 'is it normal that',
    'possible', 'possibly', 'probable', 'probably', 'query', 'r/o', 'rule out', 'to rule out', 'suspected', 'suspect', 'suspicious for', 'suspicion of',
    'concern for', 'concerning for', 'worrisome for', 'question of', 'questionable', 'may have', 'might have', 'could be', 'may be', 'might be', 'cannot exclude',
    "can't exclude", 'cannot be excluded', 'not sure', 'unsure', 'differential', 'ddx', 'evaluate for', 'to see if', 'assess for', 'check for', 'screen for',
    'equivocal', 'uncertain', "don't know if", "not sure if", 'wonders if', 'wonders whether', 'wondering if', 'wondering whether', 'wonder whether',
    // A test for a disease names no disease: "The urologist checked me for prostate cancer last year and it was all clear".
    'checked me for', 'checked him for', 'checked her for', 'checked for', 'tested me for', 'tested for', 'investigated for', 'worked up for',
    // "He isn't sure whether the histology showed cancer": the subject's own doubt, whatever the verb before "sure".
    "isn't sure", 'is not sure', "wasn't sure", 'was not sure', "aren't sure", 'are not sure', "isn't certain", 'is not certain', 'not certain', 'not sure whether', 'unsure whether', 'worry about', 'should worry about', 'should i worry about',
    // The doubt reaches over the speaker's own subject: "I'm not sure if I've lost feeling".
    "not sure if i've", "not sure if i have", "not sure i've", "not sure i have", "not sure whether i've", "not sure whether i have", "unsure if i've",
    "don't know if i've", "don't know if i have", "not sure if it's", "not sure if my",
    'wonder if', "wonder if i've", 'i wonder if i have', 'worried about', 'anxious about', 'anxious re', 'worried re', 'worries about', 'concerned about', 'afraid of', 'presumed', 'suspicion for',
    // Doubt about whether it happened, a question put, an answer withheld: "vague about whether she has had any accidents",
    // "could this be cancer?", "declined to discuss bladder sx".
    'unsure whether', 'not sure whether', 'vague about whether', 'unclear whether', 'unclear if', 'uncertain whether', 'uncertain if', 'whether she has had',
    'whether he has had', 'whether she has', 'whether he has', 'could this be', 'could it be', 'might this be', 'might it be', 'declined to discuss',
    'declined to answer', 'would not discuss', "wouldn't discuss", 'maybe i have', "maybe i've", 'maybe i am', 'i think maybe',
    // The doubt reaches over the subject it names: "vague about whether she has had any accidents".
    // "Unsure whether there's numbness when wiping".
    "unsure whether there's", 'unsure whether there is', "unsure if there's", "not sure whether there's", "not sure if there's", 'not sure if there is',
    ...['vague about', 'unsure', 'not sure', 'unclear', 'uncertain'].flatMap((doubt) =>
      ['whether she has had', 'whether he has had', 'whether she has', 'whether he has', 'whether she had', 'whether he had', 'if she has had', 'if he has had',
        'if she has', 'if he has', 'whether she', 'whether he', "whether she's", "whether he's", "if she's", "if he's", "whether i've", "if i've",
        // "pt unsure if it was cancer": whether what was found is the finding.
        'if it was', 'whether it was', 'if it is', 'whether it is', "if it's", "whether it's", 'if this was', 'whether this was'].map((who) => `${doubt} ${who}`)),
    '?', 'maybe', 'perhaps', 'appear to be', 'appears to be', 'seem to be', 'seems to be', 'likely', 'most likely', 'consistent with', 'compatible with', 'think i have', 'thinks he has', 'thinks she has', 'excluded', 'exclude', 'to exclude', 'investigate', 'investigation for',
  ]),
];

/** Said after a finding: not known either way ("Saddle anaesthesia: not assessed"). */
export const UNKNOWN_AFTER: LexiconEntry = entry({ kind: 'uncertain', direction: 'post' }, [
  'not assessed', 'not examined', 'not tested', 'not checked', 'not asked', 'not done', 'not recorded', 'unable to assess', 'unable to test', 'unknown',
  'not documented', 'could not be assessed', 'deferred', 'not sure', 'unsure', "don't know", 'dont know',
  // "Long-term catheter - urinary sx not assessable".
  'not assessable', 'unable to be assessed', 'cannot be assessed', "can't be assessed",
  // A diagnosis weighed and thought improbable: "CES unlikely but MRI to exclude".
  'unlikely', 'less likely', 'felt unlikely', 'thought unlikely', 'felt to be unlikely', 'not likely', 'doubtful',
  // A possibility explained: "explained transient numbness is possible".
  'is possible', 'are possible', 'may occur', 'can occur',
]);

export const HISTORY: readonly LexiconEntry[] = [
  entry({ kind: 'history', direction: 'pre' }, [
    // "Back in March he had urinary hesitancy that settled".
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'autumn',
      'winter', 'the spring', 'the summer', 'the autumn', 'the winter'].map((when) => `back in ${when}`),
    'history of', 'hx of', 'h/o', 'hx', 'past history of', 'previous', 'previously', 'prior', 'in the past', 'formerly', 'used to', 'remote',
    // "A few years before that I had a bout of bladder trouble", "Last year I had a bad episode where I lost some bladder control".
    'years before that', 'a few years before that', 'the year before that', 'last year i had', 'last year she had', 'last year he had',
    's/p', 'status post', 'childhood', 'pmh of', 'pmhx of', 'transient', 'transiently', 'briefly', 'temporarily', 'preoperatively', 'pre-operatively', 'preop', 'pre-op', 'prior to surgery', 'before surgery',
  ]),
  entry({ kind: 'history', direction: 'post' }, ['years ago', 'year ago', 'decades ago', 'in the past', 'previously', 'as a child', 'long ago', 'in childhood']),
];

export const OTHER_PERSON: LexiconEntry = entry({ kind: 'other_person' }, [
  'mother', 'father', 'mum', 'mom', 'dad', 'brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings', 'son', 'sons', 'daughter', 'daughters', 'wife',
  'husband', 'grandmother', 'grandfather', 'grandparents', 'grandparent', 'aunt', 'uncle', 'cousin', 'cousins', 'relative', 'relatives', 'parents', 'parent',
  'family history', 'fh', 'fhx', 'family hx', 'family', "mother's", "father's", "brother's", "sister's", "daughter's", "son's", "wife's", "husband's",
  "mum's", "mom's", "dad's", "parents'", "grandad's", "grandma's", 'grandad', 'grandpa', 'grandma', 'nan', 'nana', 'partner', "partner's", 'boyfriend', 'girlfriend',
  // Another patient on the ward: "NB the patient in bed 5 has developed urinary retention - NOT this patient".
  'another patient', 'other patient', 'the patient in the next bed', 'next bed', ...Array.from({ length: 40 }, (_, n) => `patient in bed ${n + 1}`),
  'flatmate', 'roommate', 'housemate', 'workmate', 'coworker', 'co-worker', 'boss', 'mate', 'pal',
  'niece', 'nephew', 'friend', 'neighbour', 'neighbor', 'colleague', 'twin', 'paternal', 'maternal',
  // Not "child", "toddler", "baby": in a paediatric note the child is the patient.
  'grandkids', 'grandchildren', 'grandchild', 'grandson', 'granddaughter', 'one of them',
]);

export const HYPOTHETICAL: LexiconEntry = entry({ kind: 'hypothetical' }, [
  'risk', 'risks', 'risk of', 'risks of', 'complications', 'complication', 'may result', 'could result', 'can result', 'may cause', 'can cause', 'could cause',
  'possibility of', 'possibility', 'if you', 'if he', 'if she', 'if they', 'if there is', 'if any', 'if symptoms', 'should he', 'should she', 'should you',
  'if there are', 'in case of', 'seek', 'seek medical attention', 'safety net', 'safety-net', 'safety netting', 'safety-netting', 'safety netted', 'safety-netted', 'seek attention', 'return if', 'call if', 'precautions', 'warning signs', 'avoid', 'to avoid',
  'prevent', 'to prevent', 'prevention', 'goal', 'goals', 'will be able', 'would be able', 'consent', 'consented', 'potential', 'potentials', 'potentially', 'watch for', 'look out for', 'report any', 'warned', 'in the event',
  // A nursing plan's watch: "monitor for retention and scan if no void in 6 h".
  'monitor for', 'monitoring for', 'observe for', 'observing for', 'scan if', 'bladder scan if', 'catheterise if', 'catheterize if',
  'side effects', 'side effect', 'risk factors', 'expect', 'expected', 'would expect', 'anticipate', 'anticipated', 'if she develops', 'if he develops', 'if you develop', 'develops', 'should they',
  // Safety-netting told back by the patient: "The discharge paperwork says to come back if I have trouble urinating".
  'come back if', 'to come back if', 'come straight back if', 'come in if', 'go to a&e if', 'go to a & e if', 'go to the er if', 'go to er if', 'attend if',
  'return to the ed if', 'return to ed if', 'call 999 if', 'call 911 if', 'ring 999 if', 'ring 111 if', 'call 111 if', 'return / 999 if', '999 if', 'contact the ward if',
  'contact us if', 'contact if',
  // "... which can compress the spinal cord and result in weakness": what a complication would do.
  'result in', 'lead to',
  // "fearful of movement during the procedure producing further neurological injury": a fear, not a finding.
  'fearful of', 'fearful that', 'fear of', 'fears', 'afraid that',
  // A patient's questions and reading: "What happens if I get numbness around my bottom?", "Should I go to A&E if I can't pee?",
  // "I read that bladder problems can be serious".
  // "Will the injection make my leg go numb? Could I wet myself afterwards?": what the patient asks may happen.
  // "Quick question - can sciatica make you lose control of your bowels? I read it online".
  'can sciatica', 'could sciatica', 'does sciatica', 'can it make you', 'could it make you', 'can this make you', 'make you lose',
  'could i', 'will i', 'would i', 'might i', 'could this make me', 'will this make me', 'could it make me', 'will it make me',
  'will the injection', 'will the operation', 'will the surgery', 'could the injection', 'could the operation',
  'what happens if', 'what if', 'what would happen if', 'what does it mean if', 'what should i do if', 'how do i know if', 'how will i know if',
  'how would i know if', 'is it serious if', 'is it bad if', 'is it an emergency if', 'should i worry if', 'do i need to worry if', 'should i',
  'do i need to go', 'when should i', 'read that', 'read about', 'read online', 'reading about', 'heard that', 'heard about', 'googled', 'looked up',
  // Advice and what to look out for: "advised re CES red flags", "return precautions: fever, saddle numbness", "told me to watch out for bladder problems".
  // Not "if your": "your" is a word the matcher steps over, so the phrase would be a bare "if".
  'if you get', 'if legs', 'if leg', 'if you notice',
  // What the patient was told to look out for, in their own words: "the nurse said if I go numb between my legs or can't pee ...".
  // Not a bare "if I go" or "if I get": "if I go for a walk my legs ache" is a finding.
  'if i go numb', 'if i get numb', 'if i get numbness', 'if i have numb', 'if i have numbness', 'if i have no feeling', 'if i lost feeling', 'if i got numb', 'if i got numbness', 'if i have problem', 'if i have problems', 'if i have any',
  'if i develop', 'if i lose', 'if i notice', 'if i started', 'if i start', 'if i began', 'if i was to', 'if i were to', 'if i went numb', 'if i had numbness', "if i can't pee", "if i can't wee", "if i can't pass", "if i can't feel", 'if i ever', 'come straight back', 'come back quickly', 'come back straight away', 'must come back', 'should go straight to',
  'go straight to a&e', 'go straight to a and e', 'come straight back if', 'call 999 if', 'ring 999 if', 'call 911 if', 'go to a and e if', 'go to the emergency department if', 'go to er if', 'told to go',
  // Not "advised about": "advised about doing Kegel exercises for urinary incontinence" treats a real problem.
  'will call for', 'to call for', 'call for', 'will call if', 'call if', 'will phone if', 'phone if',
  // A patient's question about what lies ahead: "will I end up wetting myself?".
  // "could this make me lose control of my bladder?", "call back if numbness between legs".
  'could this make me', 'could it make me', 'will this make me', 'would this make me', 'can this make me', 'can it make me', 'call back if', 'ring back if', 'phone back if',
  'worsening care advice', 'worsening care advice given',
  // Teaching what to look out for: "Explained the signs of cauda equina - numbness around the back passage, ...".
  'explained the signs of', 'explained signs of', 'explained the symptoms of', 'explained symptoms of', 'signs of cauda equina', 'symptoms of cauda equina',
  'educated re', 'educated about', 'educated on', 'if any of these occur', 'if any of these', 'discharge teaching',
  // "Also advised to return with fever or weight loss", "Explained to report immediately any difficulty passing urine".
  'advised to return with', 'to return with', 'return with', 'come back with', 'to come back with', 'explained to report', 'to report immediately', 'report immediately',
  'to report any', 'advised to report',
  'will i end up', 'will he end up', 'will she end up', 'could i end up', 'might i end up', 'am i going to', 'is he going to', 'is she going to', 'will i lose',
  // A fear of what lies ahead: "worried he'll end up incontinent like his neighbour", "scared I'll become incontinent".
  "i'll end up", "he'll end up", "she'll end up", 'will end up', 'might end up', 'could end up', 'may end up', "worried i'll", "worried he'll", "worried she'll",
  'worried i will', 'worried he will', 'worried she will', "scared i'll", "scared he'll", "scared she'll", "afraid i'll", "afraid he'll", "afraid she'll", 'worried about becoming',
  'told that if', 'was told if', 'told her if', 'told him if', 'told me if', 'tell me if', 'advised that if', 'advised if', 'might get', 'may get later',
  'later on', 'return immediately if', 'come back immediately if', 'return urgently if', 'seek help if', 'seek urgent help if', 'advice given re', 'advice given about', 'advice given regarding', 'worsening advice', 'safety net advice', 'safety-net advice', 'advised re', 'advice re', 'counselled re', 'return precautions', 'watch out for', 'keep an eye out for', 'be aware of', 'told to look out for', 'warning card',
]);

export const TERMINATORS: LexiconEntry = entry({ kind: 'terminator' }, [
  // "no wee probs no poo probs just sciatica", "a bike seat that isn't there, plus pain in both legs": what the patient has instead, or as well.
  'just', 'plus', 'anywhere',
  'but', 'however', 'although', 'though', 'except', 'with the exception of', 'exception of', 'apart from', 'other than', 'aside from', 'whereas', 'yet', 'which', 'who', 'whose', 'due to',
  'because of', 'because', 'secondary to', 'instead', 'aetiology', 'etiology', 'cause', 'caused', 'since then', 'cos', "'cos", 'coz', 'cuz', 'b/c',
  // "I can't lift the front of my foot, so it flops down": a consequence is a new statement.
  ', so',
  // "couldn't feel anything, like sitting on a cushion of air": a likeness is said for itself.
  ', like',
  // "I haven't been able to finish since my back went out": when it began is a statement of its own.
  'since my', 'since his', 'since her', 'since i', "since i've", 'since he', 'since she',
  // "No back pain, mostly it's my leg": what the patient has instead.
  ', mostly', ', mainly', 'another story', 'a different story', 'different matter', 'another matter',
]);

/** A finding back after it had gone: "the numbness went away but came back yesterday", "settled, then returned". */
export const RECURRENCES: LexiconEntry = entry({ kind: 'recurs' }, [
  'came back', 'come back', 'comes back', 'has come back', 'have come back', "it's come back", 'back again', 'returned', 'has returned',
  'have returned', 'recurred', 'has recurred', 'recurring', 'started again', 'starting again', 'flared up again', 'flared again', 'crept back',
]);

export const SUBJECTS: LexiconEntry = entry({ kind: 'subject' }, [
  'i', "i'm", "i've", "i'd", 'he', 'she', 'they', 'we', 'the patient', 'patient', "he's", "she's", "there's", 'there is', 'there was', 'there are', 'it',
  "it's", 'this', 'pt', 'mr', 'mrs', 'ms',
  // Words that assert what follows also end a negation before them ("denies fever, reports leg pain").
  'reports', 'reported', 'complains of', 'complaining of', 'complained of', 'c/o', 'presents with', 'presented with', 'presenting with', 'positive for',
  '+ve for', '(+)', '( + )', 'endorses', 'admits to', 'admits', 'notes', 'describes', 'still', 'now', 'then', 'ongoing', 'only', 'has had', 'have had', 'had had',
  'presents w/', 'presented w/', 'presenting w/',
  'does have', 'do have', 'did have', 'is having', 'was having', 'has developed', 'developed', 'new',
  // What a denial leaves is asserted: "no weakness, just pain down my leg", "not a deep ache, more like electric shocks".
  ', just', ', only', 'more like', 'more of a', 'rather like', ', rather', 'it is more', "it's more",
]);

export const TRENDS: readonly LexiconEntry[] = [
  // Nearly gone is better, not gone: "The pain down my leg has mostly gone", "almost back to normal".
  entry({ kind: 'trend', trend: 'improving' }, ['mostly gone', 'has mostly gone', 'has largely gone', 'have largely gone', 'has almost gone', 'has nearly gone', 'almost gone', 'nearly gone', 'largely gone', 'mostly settled', 'largely settled', 'almost back to normal', 'nearly back to normal', 'almost resolved', 'nearly resolved', 'largely resolved', 'mostly resolved']),
  entry({ kind: 'trend', trend: 'worsening' }, [
    'getting weaker', 'weaker and weaker', 'progressively weaker', 'becoming weaker', 'growing weaker', 'increasingly weak', 'progressive weakness',
    'worsening weakness', 'increasing weakness',
    'worsening', 'getting worse', 'got worse', 'gotten worse', 'worse since', 'progressive', 'progressively', 'progressing', 'progressed', 'deteriorating',
    'deteriorated', 'increasing', 'escalating', 'keeps getting worse', 'getting steadily worse', 'is getting worse', 'has got worse',
    'has become worse', 'becoming worse', 'evolving', 'new and worsening', 'worse over', 'worse than before', 'more and more',
    'worse today', 'worse now', 'worse than last week', 'worse than yesterday', 'worse than last time', 'worse than at last visit', 'worse by the day',
    'weaker by the day', 'getting weaker by the day', 'worse every day', 'worse each day', 'more and more weak', 'more weak each day',
    'getting more weak', 'weaker than yday', 'weaker than yesterday', 'more weak every day', 'gotten weaker', 'got weaker', 'grown weaker', 'weaker since',
    'weaker than last week', 'weaker than before', 'weaker than last time', 'has progressed', 'which has progressed', 'worse than on admission', 'worse than at admission',
    'weaker over', 'weaker over last', 'weaker over the last', 'more weak than',
    'has worsened', 'have worsened', 'has further worsened', 'has since worsened', 'deterioration', 'worse than it was', 'worse this week', 'worse this week than last',
    'worse than when', 'worse than last', 'noticeably worse than last', 'going downhill', 'downhill', 'weaker than last wk', 'more bad than', 'is more bad', 'it is more bad', "it's more bad", 'it is more bad than', "it's more bad than", 'it is more worse', "it's more worse", 'worse tonight', 'worse this evening', 'weakness spreading', 'weakness is spreading', 'crept into', 'has crept into', 'has crept', 'crept up', 'weaker again', 'worse again', 'worse than wed', 'worse than mon', 'worse than tue', 'worse than thu', 'worse than fri', 'worse than monday', 'worse than tuesday',
    'worse than wednesday', 'worse than thursday', 'worse than friday', 'worse than saturday', 'worse than sunday', 'worse than last night', 'worse than this morning',
    'more each day', 'more every day', 'much weaker than when', 'weaker than when', 'steadily weaker', 'got steadily weaker', 'gradually weaker', 'got gradually weaker', 'floppier than yesterday', 'floppier than before', 'floppier than last week',
    // "Way worse than 3 days ago", "weaker week on week", "giving way a bit more each week", "now in both legs", "(previously just R)".
    ...['worse than', 'weaker than'].flatMap((than) =>
      ['1', '2', '3', '4', '5', '6', '7', 'two', 'three', 'four', 'five', 'a few', 'a couple of', 'couple of'].flatMap((n) => [`${than} ${n} days ago`, `${than} ${n} weeks ago`, `${than} ${n} hours ago`])),
    'worse than a week ago', 'weaker than a week ago', 'worse than a day ago', 'weaker week on week', 'worse week on week', 'more each week', 'more every week', 'a bit more each week',
    // "over 3 weeks it's gotten to where I have to lift my knee up high", "my legs are going more weak".
    "now it's a lot worse", "it's a lot worse", 'now a lot worse', "which wasn't there yesterday", "wasn't there yesterday", 'not there yesterday', "wasn't there last week", "which wasn't there before",
    'getting weak too', 'is getting weak too', 'every day more bad', 'more bad every day', 'each day more bad', 'every week more bad', 'more bad every week', 'walk more bad',
    "gotten to where", "got to where", "it's got to the point", "it's gotten to the point", 'going more weak', 'become more weak', 'becoming more weak',
    'now in both legs', 'now in the other leg', 'now affecting both legs', 'now affecting the other leg', 'previously just', 'previously only',
    // A lost ability told as a change: "I can't go up on my tiptoes any more".
    'any more', 'anymore',
    'has spread', 'have spread', 'now spread', 'now the whole leg', 'now whole leg', 'now both legs', 'now the other leg', 'now spread to', 'getting worse each week', 'worse each week', 'worse every week', 'more and more falling', 'weaker every day', 'weaker each day', 'weaker day by day', 'weaker every week',
    'weaker each week', 'weaker every hour', 'weaker by the hour', 'worse every hour', 'worse by the hour', 'worse day by day', 'getting worse day by day',
    'slipped a grade', 'dropped a grade', 'lost a grade', 'down a grade', 'gone down a grade', 'much more bad', 'now more bad', 'worse than yday', 'worse than yest',
    'weaker than mon', 'weaker than tue', 'weaker than tues', 'weaker than wed', 'weaker than thu', 'weaker than fri', 'weaker than sat', 'weaker than sun',
    // "quadriceps weaker than at his last visit in March", "weaker than previously".
    'weaker than at last', 'weaker than last', 'weaker than at previous', 'weaker than previous', 'weaker than previously', 'worse than previously', 'worse than at last',
    'weaker than monday', 'weaker than tuesday', 'weaker than wednesday', 'weaker than thursday', 'weaker than friday', 'weaker than saturday', 'weaker than sunday',
    'l first, now r too', 'r first, now l too', 'left first, now right too', 'right first, now left too', 'now r too', 'now l too', 'now the other one too',
    'progressive multi-root deficit', 'progressive deficit', 'progressive motor deficit', 'progressive neurological deficit', 'deficit progressing', 'evolving deficit',
    'evolving motor deficit', 'progressive neurology',
    // More of it as the days go: "giving way more n more", "more often every week", "flapping more each day", "each day it is more difficult".
    'more n more', 'more often every week', 'more often every day', 'more often each week', 'more often each day', 'more every day', 'more each day', 'more every week', 'more each week',
    'each day it is more difficult', 'every day it is more difficult', 'each day it is harder', 'every day it is harder', 'each day it gets harder', 'every day it gets harder',
    'harder every day', 'harder each day', 'more difficult every day', 'more difficult each day',
    'is spreading', 'are spreading', "it's spreading", 'keeps spreading', 'now spreading', 'spreading into', 'spreading up', 'creeping up', 'worse every couple of days', 'worse every couple days', 'worse every few days', 'more than last week',
    "now it's way worse", "now it's much worse", "now it's worse", 'now it is worse', 'now it is much worse', 'now much worse', 'now way worse', 'now a lot worse', 'now worse',
    // A lost ability told against the day before: "couldn't lift my foot today though could yesterday".
    'though could yesterday', 'but could yesterday', 'though i could yesterday', 'but i could yesterday', 'was fine yesterday', 'could do it yesterday',
  ]),
  entry({ kind: 'trend', trend: 'improving' }, ['settled a lot', 'settled a fair bit', 'eased a lot', 'settled a bit', 'settled slightly', 'settled somewhat', 'eased a bit', 'settling a bit', 'a bit better', 'slightly better', 'improving', 'improved', 'has improved', 'have improved', 'getting better', 'got better', 'resolving', 'settling', 'easing off', 'subsiding', 'recovering', 'slowly improving', 'gradually improving',
    // Better by a lot, or against before: "leg pain much better", "is a lot less", "has eased off".
    // Not "better" alone, nor "better after", which are as often a position's relief ("better lying down", "better after sitting").
    'much better', 'a lot better', 'lot better', 'loads better', 'far better', 'way better', 'is a lot less', 'is much less', 'eased off', 'has eased off', 'has eased',
    'much settled', 'better than before', 'better than it was', 'better since', 'less than before']),
  entry({ kind: 'trend', trend: 'stable' }, ['stable', 'unchanged', 'static', 'no change', 'not changed', 'same as before', 'non-progressive', 'not progressing']),
];

export const ONSETS: readonly LexiconEntry[] = [
  entry({ kind: 'onset', onset: 'sudden' }, ['sudden', 'suddenly', 'abrupt', 'abruptly', 'acute onset', 'sudden onset', 'came on suddenly', 'out of the blue', 'all of a sudden', 'woke up with', 'woke with', 'woke up the next day with', 'woke up next day with', 'woke up the next morning with',
    'woke up next morning with', 'woke up the following day with', 'woke up the following morning with', 'woke up one morning with', 'woke up in the morning with', 'instantly', 'immediately', 'acute', 'acutely', 'felt a pop', 'snap', 'at once', 'all at once', 'straight away', 'out of nowhere', 'lifted', 'lifting', 'while lifting', 'when i lifted', 'pulling']),
  entry({ kind: 'onset', onset: 'gradual' }, ['gradual', 'gradually', 'insidious', 'insidiously', 'slowly', 'crept up', 'gradual onset', 'insidious onset', 'over time', 'chronic', 'progressively', 'slowly worsening', 'over months', 'over years',
    // A steady worsening over weeks or months is how an insidious onset is told; the trend phrase holds both meanings.
    'steadily', 'getting steadily worse', 'bit by bit', 'little by little']),
];

/** Measurements whose number says whether there is a finding: "Temp 38.5" is fever, "T 36.8" is none. */
export const MEASURES: readonly LexiconEntry[] = [
  entry({ kind: 'measure', measure: 'temperature' }, ['thermometer', 'running', 'temp of', 'spiking to', 'spiked to', 'spiking', 'temp', 'temperature', "temp's", "temp's been", 'temp been', "temperature's been", 'tmax', 't max', 't', 'oral temperature', 'body temperature', 'temp max']),
  // "I have lost 2 stone", "lost 8kg unintentionally": weight lost, read from the number after it.
  entry({ kind: 'measure', measure: 'weight_lost' }, ['weight dropping', 'weight dropped', 'lose weight', 'i lose', 'lost', 'dropped', 'lost about', 'lost around', 'lost over', 'lost nearly', 'lost almost', 'weight down', 'wt down', 'weight dropped by', 'down by']),
];

/** Look like terms but are not findings: checked by longest match, so they shadow the term inside them. */
export const IGNORED: LexiconEntry = entry({ kind: 'ignore' }, [
  'bowel sounds', 'bowel movement', 'bowel movements', 'bowel prep', 'bowel preparation', 'small bowel', 'large bowel', 'bowel obstruction', 'bowel loops',
  'bowel gas', 'bowel gas pattern', 'bowel wall', 'bowel wall thickening',
  // The bladder as an organ, not its function.
  'bladder lesion', 'bladder lesions', 'bladder mucosa', 'bladder wall', 'bladder neck', 'bladder tumor', 'bladder tumors', 'bladder tumour', 'bladder tumours',
  // A microscope's field, not a muscle's power.
  'high power field', 'high-power field', 'low power field', 'per high power field', 'hpf', 'high power fields',
  'steroid injection', 'steroid injections', 'epidural steroid', 'epidural steroids', 'epidural steroid injection', 'epidural steroid injections', 'depo-medrol',
  'radiation therapy', 'radiation oncology', 'radiation treatment', 'radiotherapy', 'heating pad', 'ice pack', 'fluid retention', 'water retention',
  'prior to', 'coming back', 'back to', 'back into', 'back from', 'back on', 'went back', 'go back', 'going back',
  'back and forth', 'on back', 'lying on back', 'lie on back', 'flat on back', 'back home', 'back up', 'lay back', 'sat back', 'back down', 'feedback', 'call back',
  // A spinal cord's level, looked for and not found, is no sensory loss in a leg: "no sensory level".
  'no sensory level', 'no sensory level to', 'no clear sensory level',
  // A stay counted in nights, not pain at night: "admitted for 2 nights with severe L sciatica".
  ...['admitted for', 'stayed', 'stayed for', 'in hospital for', 'inpatient for'].flatMap((lead) =>
    ['1', '2', '3', '4', '5', 'one', 'two', 'three', 'four', 'five', 'a few', 'several'].flatMap((n) => [`${lead} ${n} nights`, `${lead} ${n} night`])),
  // Advice about weight, not weight lost: "weight loss counseling"; things that fall off are no fall: "my flip-flops keep falling off".
  'weight loss counseling', 'weight loss counselling', 'weight loss advice', 'wt loss advice', 'aim for weight loss', 'aim for wt loss', 'advised weight loss', 'weight loss programme', 'weight loss program', 'weight loss surgery', 'weight loss goals', 'weight loss goal',
  'keep falling off', 'keeps falling off', 'kept falling off', 'keep falling out', 'keeps falling out',
  // A fall that nearly happened: "3 near-falls this week".
  'near-falls', 'near-fall', 'near falls', 'near fall', 'nearly fell', 'almost fell', 'nearly falling', 'almost falling',
  // Shooting as a sport or a weapon: "was shooting basketball when he felt a pop".
  'shooting basketball', 'shooting hoops', 'shooting baskets', 'shooting pool', 'shooting range', 'shooting gun', 'shooting guns', 'shooting victim',
  'shooting incident', 'shooting star', 'shooting flames', 'shooting ball', 'shooting free throws', 'shooting competition', 'shooting practice',
  'junk food', 'junk mail',
  // A neural test sensitised by a movement, not that movement's power: "SLR +ve with DF sensitiser".
  'df sensitiser', 'df sensitizer', 'df sensitising', 'df sensitizing', 'df sensitisation', 'df sensitization', 'dorsiflexion sensitiser', 'dorsiflexion sensitizer',
  'pf sensitiser', 'pf sensitizer', 'sensitised with df', 'sensitized with df', 'ankle df sensitiser', 'neck flexion sensitiser',
  // A rectal examination done or not is no result: "No PR performed here".
  'pr performed', 'pr done', 'pr not performed', 'pr not done', 'pr exam performed', 'pr exam done', 'pr examination performed', 'pr deferred', 'pr declined',
  // Bed as where the patient stays, or what they cannot leave, not the night: "in bed since with back pain", "unable to get out of bed".
  'turning in bed', 'turning over in bed', 'turn over in bed', 'turn in bed', 'rolling over in bed', 'roll over in bed', 'rolling in bed', 'moving in bed', 'move in bed',
  'been in bed', 'in bed since', 'stayed in bed', 'staying in bed', 'in bed all day', 'confined to bed', 'out of bed', 'get out of bed', 'getting out of bed', 'got out of bed',
  // A cycle that is no bicycle: "pain throughout the menstrual cycle".
  'menstrual cycle', 'menstrual cycles', 'sleep cycle', 'sleep-wake cycle', 'cycle of pain', 'pain cycle', 'vicious cycle', 'life cycle', 'cardiac cycle',
  // Clearing the floor is the foot's effort, not a normal result: "high-stepping gait to clear R foot".
  'to clear', 'clear the floor', 'clear the ground',
  // Falling asleep, clothes falling off, and a grade that fell are no falls: "had fallen asleep on the sofa", "my pants are falling off me", "DF fell from 4/5 to 2/5".
  'fell asleep', 'fallen asleep', 'falling asleep', 'falls asleep', 'falling off me', 'falling off him', 'falling off her', 'fall off me', 'falls off me',
  // "not mechanical" says what kind of pain it is, and denies nothing after it: "constant lumbar pain, not mechanical, no relief lying down".
  'not mechanical', 'non-mechanical', 'non mechanical', 'nonmechanical',
  // A relapse, not a fall: "I've slipped a couple of times since"; a slipper falling off is no fall.
  'slipped a couple of times', 'slipped once or twice', 'slipped up', 'had a slip', 'keeps falling off', 'kept falling off', 'slipper keeps falling off',
  // "woke up after falling asleep with my legs crossed": sleep, not a fall, even after "after".
  'after falling asleep', 'after he fell asleep', 'after she fell asleep', 'after i fell asleep',
  // A grade that fell is no fall: "Her L calf strength has fallen at each session".
  'strength has fallen', 'power has fallen', 'grade has fallen', 'grades have fallen', 'score has fallen', 'fallen at each session',
  // An injury of a nerve root is the root's, not a blow: "an old S1 injury", "L5 injury in 2008".
  ...['l2', 'l3', 'l4', 'l5', 's1', 's2', 'nerve', 'root', 'nerve root', 'l5 root', 's1 root', 'cord', 'spinal cord'].map((site) => `${site} injury`),
  ...['0', '1', '2', '3', '4', '5'].map((grade) => `fell from ${grade}`),
  // Bowels not yet opened say constipation, neither a normal bowel nor a lost one: "Bowels not open 5 days".
  'bowels not open', 'bowels not opened', 'bowels not been open', 'bowels not been opened', 'bowels have not opened', "bowels haven't opened", 'bo not',
  // A test for myeloma is no myeloma: "PSA and myeloma screen sent".
  'myeloma screen', 'myeloma screening', 'myeloma bloods',
  // A small accident is the bladder's, not an injury: "had one small accident at work".
  'small accident', 'little accident', 'slight accident',
  // A dispatch system's record, not coronary artery disease: "911 CAD notes".
  'cad notes', 'cad note', 'cad log', 'cad entry', 'cad comments', 'cad incident',
  // "Family" as a word for what a household shares, not a relative: "38.6 on the family thermometer", "the family doctor".
  'family thermometer', 'family car', 'family home', 'family house', 'family dog', 'family holiday', 'family meal', 'family party', 'family wedding',
  'family doctor', 'family gp', 'family physician', 'family practice', 'family practitioner', 'family medicine', 'family nurse practitioner',
  // Pain unrelated to what the patient does denies nothing after it: "no link to activity, worst lying flat at night".
  'no link to activity', 'no link to movement', 'not linked to activity', 'no relation to activity', 'unrelated to activity', 'not related to activity',
  'no relationship to activity', 'no link to posture', 'not related to movement', 'unrelated to movement',
  // A nursing form's name, not a fall: "Falls ax: uses a stick".
  'falls ax', 'falls assessment', 'falls risk', 'falls risk assessment', 'falls screen', 'falls screening', 'falls prevention', 'falls clinic', 'falls team', 'falls bundle',
  // A night of drinking, not a time of pain: "woke on a friend's sofa after a heavy night".
  'heavy night', 'big night', 'night out', 'night on the town', 'boozy night', 'drunken night', 'heavy night out', 'heavy night drinking',
  // A child's wet bed, told by a parent.
  'toddler wet the bed', 'child wet the bed', 'kid wet the bed', 'baby wet the bed', 'kids wet the bed', 'little one wet the bed',
  // A reason denied is no finding denied: "weight down 6kg no reason, back pain wakes me".
  'no reason', 'for no reason', 'no apparent reason', 'no obvious reason', 'no known reason',
  // "right down the back of my left leg": "right" as all the way, not a side.
  'right down', 'right the way down', 'right through', 'right into', 'right up', 'right across', 'right round', 'right to',
  // Urgency and frequency are no loss of bladder control or feeling; as list items they keep the list going.
  'urgency', 'urinary urgency', 'frequency', 'urinary frequency', 'nocturia',
  // Sweating at night is a constitutional symptom, not pain at night.
  'night sweats', 'night sweat', 'sweats at night', 'sweating at night', 'nocturnal sweats',
  // A syndrome to be assessed is not its symptoms: "sent to ED for CES assessment" (compression of the cauda equina on a
  // scan still stands for them: the safe reading).
  'ces assessment', 'for ces', 'ces review', 'ces pathway',
  // A scan before voiding is no residual: "pre-void bladder scan 650ml".
  'pre-void', 'pre void', 'prevoid', 'pre-void bladder scan', 'pre void bladder scan', 'prevoid bladder scan', 'pre-void scan', 'pre-void volume',
  // Not the anal tone: "no PR bleeding".
  'pr bleeding', 'pr bleed', 'bleeding pr', 'pr blood', 'blood pr', 'fresh pr bleeding',
  // Not remembering when is no denial of what: "can't remember exactly when the numbness started".
  "can't remember when", "can't remember exactly when", "can't recall when", "can't recall exactly when", "don't remember when", "doesn't remember when",
  "can't remember exactly", "can't remember how long", "can't recall how long",
  // A heading for the story of this complaint, not a past history: "Hx: not able to pass urine".
  'hx :', 'history :', 'hpc :', 'hpi :', 'hopc :',
  // How long it takes to recover is no relief: "it takes half an hour to recover".
  'to recover', 'time to recover',
  // A denial denied: "does not deny bladder symptoms".
  'does not deny', "doesn't deny", 'did not deny', "didn't deny", 'not denying', 'cannot deny', "can't deny",
  // Awake for some other reason than pain: "up all night with the baby" (night pain needs a pain word beside it: findings.ts).
  'up all night', 'awake all night',
  // When something happened, not pain at night: "a fever of 101 last night".
  'last night', 'the other night', 'one night',
  // Falling often is a tendency, not an injury: "cannot walk and easily falls".
  'easily falls', 'falls easily', 'frequent falls', 'prone to falls', 'falls risk', 'fall risk', 'risk of falls', 'risk of falling', 'falls prevention',
  // A little, not none: "not a lot of back pain, mostly it's my leg".
  'not a lot of', 'not a lot', 'not much', 'not that much', 'not too much', 'not so much',
  'fell asleep', 'falling asleep', 'fall asleep', 'in the fall', 'fall of', 'history of present illness', 'review of systems', 'cervical spine', 'thoracic spine',
  'pain management', 'slipped disc', 'slipped disk', 'slipped a disc', 'slipped a disk', 'day h/o', 'days h/o', 'week h/o',
  'weeks h/o', 'month h/o', 'months h/o', 'year h/o', 'years h/o', 'day hx', 'week hx', 'month hx', 'year hx', 'day history', 'days history',
  'pain clinic', 'pain medication', 'pain medications', 'pain meds', 'pain killers', 'painkillers', 'pain relief', 'pain control', 'pain scale', 'pain score',
  'pain service', 'pain specialist', 'pain relievers', 'pain reliever', 'ed visit', 'sharp dissection', 'sharply', 'injury to', 'without injury', 'avoid injury',
  'year history of', 'years history of', 'month history of', 'months history of', 'week history of', 'weeks history of', 'day history of', 'days history of',
  'long history of', 'longstanding history of', 'long-standing history of', 'long standing history of', 'year history', 'month history', 'week history',
  'lengthy history of', 'ongoing history of', 'chronic history of', 'free text', 'either way', 'either of', 'either one', 'nerve root', 'nerve roots',
  'exiting root', 'traversing root', 'root', 'roots', 'heart rate',
  // Feelings, activity and weakness that are not about the legs.
  'feeling depressed', 'feeling down', 'feeling sad', 'feeling anxious', 'feeling tired', 'feeling unwell', 'feeling sick', 'feeling ill', 'feeling hopeless',
  'feeling better', 'feeling well', 'feeling fine', 'feeling good', 'feeling great', 'feeling okay', 'feeling ok', 'motor activity', 'psychomotor', 'psychomotor retardation', 'psychomotor agitation', 'motor vehicle',
  'generalized weakness', 'generalised weakness', 'general weakness', 'global weakness', 'generalized body weakness',
  // "CES-S": cauda equina syndrome suspected on bilateral radicular symptoms with the sphincters intact; the note's own words say which.
  'ces-s', 'ces - s', 'ces s',
  // Not cancer.
  'malignant hypertension', 'malignant hyperthermia', 'neuroleptic malignant syndrome', 'malignant otitis externa',
  // "numb from top to bottom" is all over, not the saddle; "wet myself without feeling it" is not a leg's feeling.
  'top to bottom', 'from top to bottom', 'without feeling it', 'without even feeling it',
  // "as well as" qualifies nothing; "right now" and "right down my leg" name no side.
  'as well as', 'right now', 'right away', 'right after', 'right before', 'right then', 'right down', 'right into', 'right through', 'right across',
  'right round', 'right around',
  // Light touch, not left: "sensation intact to LT".
  'to lt', 'lt and pp', 'pp and lt', 'lt / pp', 'pp / lt', 'lt + pp',
  // Before an injury is no injury.
  'pre-injury', 'preinjury', 'pre injury',
  // The costovertebral angle, not a stroke.
  'cva tenderness', 'costovertebral angle tenderness', 'cva tender',
  // Retention of something other than urine.
  'retention cyst', 'retention cysts', 'mucous retention', 'mucus retention', 'co2 retention', 'carbon dioxide retention', 'sodium retention', 'salt retention',
  'urinary retention precautions',
  // Handedness and the verb "left" name no side of the legs.
  'right-handed', 'left-handed', 'right handed', 'left handed', 'right hand dominant', 'left hand dominant', 'right-hand dominant', 'left-hand dominant',
  'he left', 'she left', 'i left', 'we left', 'they left', 'left work', 'left home', 'left hospital', 'left school', 'left early',
  // Advice about cauda equina syndrome is not the syndrome: "CES warning card given", "CES symptoms explained".
  'ces advice', 'ces card', 'ces warning card', 'ces warning', 'ces leaflet', 'ces information', 'ces info', 'ces safety net', 'ces safety netting',
  'ces symptoms explained', 'ces symptoms discussed', 'ces explained', 'ces discussed', 'cauda equina advice', 'cauda equina card', 'cauda equina warning card',
  'cauda equina leaflet', 'cauda equina information', 'cauda equina symptoms explained', 'cauda equina symptoms discussed', 'ces red flag advice',
  'red flags discussed', 'red flags explained', 'red flag advice', 'red flags advice',
  // The syndrome talked about, not found: "Discussed red flags and CES", "Advised about CES - if you develop ...".
  'about ces', 'about cauda equina', 'about cauda equina syndrome', 're ces', 'regarding ces', 'red flags and ces', 'ces and red flags', 'discussed ces', 'explained ces',
  'aware of ces', 'ces awareness', 'ces red flags', 'ces symptoms to look out for',
  // Reaching, not an erection: "she cannot get it up behind her head".
  "can't get it up behind", "can't get it up over", "can't get it up above", "can't get it up to", "can't get it up onto", "couldn't get it up behind",
  "couldn't get it up over", "couldn't get it up to",
  // The rectal examination as the way a finding was made, not its tone: "reduced perianal sensation on PR, anal tone normal".
  'on pr', 'at pr', 'during pr', 'on dre', 'at dre', 'on pr exam', 'on pr examination',
  // Not noticing an event denies nothing: "didn't realise he'd soiled himself".
  "didn't realise he'd", "didn't realise she'd", "didn't realise i'd", "didn't realize he'd", "didn't realize she'd", "didn't realize i'd", "didn't know he'd",
  "didn't know she'd", "didn't notice he'd", "didn't notice she'd", "didn't notice i'd",
  // "without" before a means, which denies nothing after it: "inability to pass urine without pushing, and numb inner buttocks".
  'without pushing', 'without straining', 'without effort', 'without help', 'without assistance', 'without a catheter', 'without stopping', 'without a stick',
  'without aids', 'without support',
  // Sleep lost on one side only is a position that hurts, which another eases: "can't sleep on my left side".
  ...["can't sleep on", "couldn't sleep on", "can't lie on", "couldn't lie on", 'unable to sleep on', 'unable to lie on'].flatMap((head) =>
    ['left side', 'right side', 'that side', 'l side', 'r side', 'affected side', 'painful side'].map((side) => `${head} ${side}`)),
  // A fall the weakness caused is the weakness's, not an injury: "today he fell because the foot 'didn't lift'".
  'fell because',
  // A falls assessment is a form, not a fall: "Falls assessment: pt tripped over own L foot".
  'falls assessment', 'falls risk', 'falls risk assessment', 'fall risk', 'risk of falls', 'falls clinic', 'falls screen',
  // Screening for a cancer is no cancer: "Colon cancer screening", "breast cancer screening".
  'cancer screening', 'colon cancer screening', 'colorectal cancer screening', 'bowel cancer screening', 'breast cancer screening', 'cervical cancer screening',
  'prostate cancer screening', 'screening for cancer', 'screening for colon cancer', 'cancer screen',
  // Not being oneself is no denial of what follows: "pt 'hasn't been herself', losing weight for months".
  "hasn't been herself", "hasn't been himself", 'not been herself', 'not been himself', 'not herself', 'not himself', "isn't herself", "isn't himself",
  // A diet denied explains nothing and denies nothing further on: "lost 2 stone since xmas not dieting, back aches all day".
  'without warning', 'without any warning', 'not dieting', "wasn't dieting", "isn't dieting", 'not on a diet', 'not trying', 'not trying to lose weight', 'without trying', 'without even trying',
  // Weight lost on purpose is no red flag.
  'lost weight on purpose', 'losing weight on purpose', 'trying to lose weight', 'lost weight intentionally', 'lost weight by dieting', 'intentional weight loss',
  'weight loss diet', 'weight loss program', 'weight loss surgery',
  // Another's smoke is no smoking of one's own.
  'smoking exposure', 'smoke exposure', 'secondhand smoke', 'second-hand smoke', 'second hand smoke', 'passive smoking', 'exposure to smoke',
  // An electrocardiogram's interval and a tumour's progesterone receptors are no rectal examination.
  'pr interval', 'pr segment', 'pr prolongation', 'pr depression', 'pr positive', 'pr negative', 'pr status', 'er / pr', 'er and pr', 'pr receptor',
  'pr receptors',
  // Nothing wrong felt is no lost feeling: "can't feel anything wrong with my bladder".
  "can't feel anything wrong", "can't feel anything wrong with", 'feel anything wrong',
  // Signs and symptoms, not saddle anaesthesia ("no s/s of infection").
  's/s', 's/sx', 's / s',
  // New since the operation: "new numbness dorsum L foot, not present pre-op".
  'not present pre-op', 'not present preop', 'not present pre op', 'not present before', 'not there before', 'not present previously', 'not present before surgery',
  'without realising', 'without realizing', 'without noticing',
  // Not knowing while it happened denies nothing after it: "'I'm wetting myself without knowing' since yesterday, and ... feel dead".
  'without knowing',
  // Not knowing the cause is no doubt about the finding: "my back hurts, not sure why".
  'not sure why', 'unsure why', "don't know why", 'dont know why', 'not sure what caused it', 'not sure how', 'no idea why',
  // A letter's greeting names no other person: "Dear colleague, Mr Smith has sciatica".
  'dear colleague', 'dear colleagues', 'dear doctor', 'dear dr',
  // A near miss is no injury.
  'nearly fallen', 'nearly fell', 'almost fell', 'almost fallen', 'nearly falling', 'almost falling', 'nearly tripped', 'almost tripped', 'nearly fall', 'almost fall',
]);
