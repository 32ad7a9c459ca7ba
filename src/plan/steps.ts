/**
 * Management steps as data (clinical/reference.md §7 and the seed article).
 * Each step says in plain words what to do, with the medical term beside it,
 * cites its sources, and declares where it applies: the triage levels and the
 * likely conditions. The plan builder only filters this table; it never
 * special-cases a step or a condition by name.
 *
 * Source ids: Rn = reference [n] of clinical/reference.md, SEED = the seed
 * article, POLICY = spec/triage-policy.md.
 */
import { CONDITIONS, type ConditionId, type TriageLevel } from '../knowledge/vocabulary.js';
import { SAFETY_NET, SAFETY_NET_SOURCES } from '../triage/advice.js';

export type PlanStepKind = 'do' | 'consider' | 'avoid' | 'seek_help';

/** The plan's condition key: a condition id, or `unspecified` when the model is not confident of any. */
export type PlanCondition = ConditionId | 'unspecified';

export interface PlanStep {
  readonly id: string;
  readonly kind: PlanStepKind;
  readonly text: string;
  readonly sources: readonly string[];
  /** Triage levels the step applies to; every level when omitted. */
  readonly levels?: readonly TriageLevel[];
  /** Likely conditions the step applies to; every condition (and `unspecified`) when omitted. */
  readonly conditions?: readonly PlanCondition[];
}

const NOT_EMERGENCY = ['self_care', 'consult', 'urgent'] as const satisfies readonly TriageLevel[];
const ROUTINE = ['self_care', 'consult'] as const satisfies readonly TriageLevel[];

/** Back-related conditions that are managed conservatively first (not a mimic, not serious pathology). */
const MECHANICAL_SPINAL = ['disc_herniation', 'spinal_stenosis', 'somatic_referred_pain', 'unspecified'] as const satisfies readonly PlanCondition[];
/** Conditions whose leg pain is sciatica in NICE NG59's sense (nerve-root pain). */
const SCIATICA = ['disc_herniation', 'spinal_stenosis', 'unspecified'] as const satisfies readonly PlanCondition[];
const SERIOUS = ['spinal_malignancy', 'spinal_infection', 'vertebral_fracture'] as const satisfies readonly PlanCondition[];

/** In display order: where to go now, what happens next, then self-care, what to avoid, and when to get help. */
export const PLAN_STEPS: readonly PlanStep[] = [
  // What happens next at the higher levels.
  {
    id: 'go_to_emergency_department',
    kind: 'seek_help',
    text: 'Go to an emergency department now, not to a routine appointment. Tell them about your back or leg pain and the warning signs you have, so your spinal nerves are checked straight away.',
    sources: ['R60', 'R62', 'SEED', 'POLICY'],
    levels: ['emergency'],
  },
  {
    id: 'see_clinician_today',
    kind: 'seek_help',
    text: 'See a clinician today: your GP practice, an urgent care centre or the out-of-hours service. If you cannot be seen today, go to an emergency department.',
    sources: ['R76', 'R122', 'POLICY'],
    levels: ['urgent'],
  },
  {
    id: 'emergency_mri_for_nerve_compression',
    kind: 'do',
    text: 'What happens next: a doctor checks the feeling and strength in your legs, the feeling around your bottom and your bladder (often a bladder scan after you pass urine), and arranges an emergency MRI scan (the aim in England is within 4 hours of the request). If a disc or narrowing is pressing on the nerves (cauda equina compression), an operation to take the pressure off (decompression) is done quickly, because bladder function recovers better when it is done before the bladder stops working.',
    sources: ['R58', 'R60', 'R61', 'R63', 'R65'],
    levels: ['emergency'],
    // Every likely condition except the two with their own pathway below.
    conditions: [...CONDITIONS.filter((id) => id !== 'spinal_malignancy' && id !== 'spinal_infection'), 'unspecified'],
  },
  {
    id: 'metastatic_cord_compression_pathway',
    kind: 'do',
    text: 'What happens next: with a history of cancer and nerve problems, the team contacts the metastatic spinal cord compression (MSCC) coordinator at once and arranges an MRI scan of the whole spine, within 24 hours at the latest. If the spine may be unstable you will be asked to keep your back still until it has been checked.',
    sources: ['R72', 'R113'],
    levels: ['emergency', 'urgent'],
    conditions: ['spinal_malignancy'],
  },
  {
    id: 'spinal_infection_assessment',
    kind: 'do',
    text: 'What happens next: an urgent assessment and an MRI scan to look for an infection in or around the spine (spinal epidural abscess or discitis). Say if you inject drugs, take medicines that weaken the immune system, or have had an infection elsewhere recently: a fever is missing in about half of these infections, so these facts matter.',
    sources: ['R70', 'R73'],
    levels: ['emergency', 'urgent'],
    conditions: ['spinal_infection'],
  },
  {
    id: 'fracture_assessment',
    kind: 'do',
    text: 'What happens next: a clinician examines your back and decides whether you need an X-ray or scan to look for a broken bone in the spine (vertebral fracture). Older age, long-term steroid tablets and a significant fall or accident make a fracture more likely, so mention them.',
    sources: ['R66', 'R67', 'R69'],
    levels: ['emergency', 'urgent'],
    conditions: ['vertebral_fracture'],
  },
  {
    id: 'urgent_spinal_referral_for_weakness',
    kind: 'do',
    text: 'What happens next: the clinician tests the strength of your leg and foot. A marked or worsening weakness, such as a foot drop, usually means an urgent referral to a spine team and an MRI scan, because a squeezed nerve root can lose function for good.',
    sources: ['R76', 'R122'],
    levels: ['urgent'],
    conditions: ['disc_herniation', 'spinal_stenosis', 'cauda_equina_syndrome', 'somatic_referred_pain', 'unspecified'],
  },
  {
    id: 'book_appointment',
    kind: 'do',
    text: 'Book an appointment with your GP or a physiotherapist in the next few days, to confirm what is causing this and plan treatment.',
    sources: ['SEED', 'POLICY'],
    levels: ['consult'],
  },
  {
    id: 'check_for_serious_cause',
    kind: 'do',
    text: 'Ask the clinician to check for a serious cause of back pain (cancer, infection or a broken bone in the spine). Most people with these warning signs turn out not to have one, but it needs to be looked for.',
    sources: ['R66', 'R67', 'R68', 'R71'],
    levels: ROUTINE,
    conditions: SERIOUS,
  },
  // Condition-specific steps.
  {
    id: 'expect_recovery',
    kind: 'do',
    text: 'Give it time: most sciatica settles by itself. About half of people feel better within 10 days and three in four within 4 weeks (the natural history of sciatica), although some still have pain a year later.',
    sources: ['R34', 'R76'],
    levels: NOT_EMERGENCY,
    conditions: ['disc_herniation', 'somatic_referred_pain', 'unspecified'],
  },
  {
    id: 'stenosis_flexed_positions',
    kind: 'do',
    text: 'Use positions that bend you slightly forward, which usually ease the legs when the spinal canal is narrowed (lumbar spinal stenosis): sit down to rest, lean on a shopping trolley or walking frame, and try cycling, which many people manage far better than walking upright.',
    sources: ['R46', 'R51', 'R111'],
    levels: NOT_EMERGENCY,
    conditions: ['spinal_stenosis'],
  },
  {
    id: 'stenosis_specialist_if_walking_shrinks',
    kind: 'consider',
    text: 'If the distance you can walk keeps getting shorter despite treatment, ask to see a spine specialist about an operation to widen the canal (decompression). Without surgery, some people improve over the years, more often when it has lasted less than a year.',
    sources: ['R74', 'R85'],
    levels: ['consult', 'urgent'],
    conditions: ['spinal_stenosis'],
  },
  {
    id: 'vascular_assessment',
    kind: 'do',
    text: 'Ask your GP to check the circulation in your legs: feeling the foot pulses and a simple test comparing the blood pressure at the ankle with the arm (ankle-brachial index, ABI). An ABI of 0.90 or less points to narrowed leg arteries (peripheral arterial disease) rather than a spinal cause.',
    sources: ['R47', 'R49'],
    levels: NOT_EMERGENCY,
    conditions: ['peripheral_arterial_disease'],
  },
  {
    id: 'hip_assessment',
    kind: 'do',
    text: 'Ask for your hip to be examined: groin pain, pain on squatting, and a hip that is painful and stiff when turned inwards point to the hip joint (hip osteoarthritis) rather than a trapped nerve. An X-ray of the hip can confirm it.',
    sources: ['R88', 'R89'],
    levels: NOT_EMERGENCY,
    conditions: ['hip_osteoarthritis'],
  },
  {
    id: 'protect_peroneal_nerve',
    kind: 'avoid',
    text: 'Do not cross your legs, and avoid long spells of squatting or kneeling. Keep things from pressing on the outside of the knee. The nerve that lifts the foot (common peroneal nerve) runs over the bone there.',
    sources: ['R93'],
    levels: NOT_EMERGENCY,
    conditions: ['peroneal_neuropathy'],
  },
  {
    id: 'nerve_studies_for_foot_drop',
    kind: 'do',
    text: 'Ask about nerve studies (nerve conduction tests and electromyography, EMG). They tell a nerve pressed at the knee apart from a trapped L5 nerve root in the back, which matters because the treatments differ.',
    sources: ['R93', 'R11'],
    levels: NOT_EMERGENCY,
    conditions: ['peroneal_neuropathy'],
  },
  {
    id: 'loosen_belts_for_thigh_nerve',
    kind: 'do',
    text: 'Loosen tight belts, waistbands and clothing around the hips: pressure on the skin nerve at the front of the hip (lateral femoral cutaneous nerve, meralgia paresthetica) is the usual cause, and weight loss, pregnancy and diabetes make it more likely. It affects feeling only, not strength.',
    sources: ['R95'],
    levels: NOT_EMERGENCY,
    conditions: ['meralgia_paresthetica'],
  },
  {
    id: 'confirm_thigh_nerve',
    kind: 'consider',
    text: 'If it does not settle, a doctor can confirm which nerve is involved with a nerve block or a nerve conduction test.',
    sources: ['R95'],
    levels: ['consult', 'urgent'],
    conditions: ['meralgia_paresthetica'],
  },
  {
    id: 'neuropathy_cause',
    kind: 'do',
    text: 'Ask your GP to look for the cause of the nerve damage in your feet (peripheral neuropathy). Diabetes is the most common cause: about half of people with diabetes develop it, so blood sugar is checked first.',
    sources: ['R96', 'R115'],
    levels: NOT_EMERGENCY,
    conditions: ['peripheral_neuropathy'],
  },
  {
    id: 'specialist_for_persisting_sciatica',
    kind: 'consider',
    text: 'If the leg pain has not settled after 6 to 8 weeks of this care, or it is too strong to bear, ask to be referred to a spine specialist. If an MRI scan shows a cause that matches your symptoms, an injection around the nerve (epidural steroid injection) or an operation to free the nerve (decompression, discectomy) can be discussed. Surgery relieves leg pain sooner, but a year later people who waited do about as well.',
    sources: ['R74', 'R75', 'R76', 'R79', 'R82', 'R122'],
    levels: ['consult', 'urgent'],
    conditions: ['disc_herniation', 'unspecified'],
  },
  {
    id: 'risk_stratification',
    kind: 'consider',
    text: 'Your clinician may use a short questionnaire (such as STarT Back) to decide how much support you need: simple advice, or exercise and hands-on treatment with help for worry and low mood if recovery is slow.',
    sources: ['R74'],
    levels: ['consult'],
    conditions: ['somatic_referred_pain', 'unspecified'],
  },
  // Self-care for back-related leg pain.
  {
    id: 'stay_active',
    kind: 'do',
    text: 'Keep moving and carry on with your normal activities as far as the pain allows; short, regular walks help. For a little while, ease off the things that clearly make the leg pain worse (activity modification), then build back up.',
    sources: ['R74', 'R80', 'SEED'],
    levels: NOT_EMERGENCY,
    conditions: MECHANICAL_SPINAL,
  },
  {
    id: 'heat',
    kind: 'consider',
    text: 'A heat pack or heat wrap on the lower back may ease the pain for a short time (superficial heat). Ice or cold packs have not been shown to help either way (there is not enough evidence), so use whichever feels better.',
    sources: ['R81', 'SEED'],
    levels: NOT_EMERGENCY,
    conditions: MECHANICAL_SPINAL,
  },
  {
    id: 'physiotherapy_exercise',
    kind: 'do',
    text: 'Exercise helps recovery: a physiotherapist can show you exercises to keep you moving and strengthen the muscles that support your back (physiotherapy, exercise therapy), and a group exercise class is an option if the pain goes on. Hands-on treatment (manual therapy) helps only alongside exercise.',
    sources: ['R74', 'R116', 'SEED'],
    levels: NOT_EMERGENCY,
    conditions: [...MECHANICAL_SPINAL, 'hip_osteoarthritis'],
  },
  {
    id: 'nsaid_cautions',
    kind: 'consider',
    text: 'If you need a painkiller, an anti-inflammatory medicine such as ibuprofen or naproxen (an NSAID) can help for a short time. Take the lowest dose that works for the shortest time. Ask a pharmacist or doctor first if you have had a stomach ulcer or bleeding, or have kidney, liver or heart problems, high blood pressure, are older, or take blood thinners: NSAIDs can harm the stomach, kidneys and heart. For sciatica the benefit is small.',
    sources: ['R74', 'R118', 'R119', 'SEED'],
    levels: NOT_EMERGENCY,
    conditions: [...MECHANICAL_SPINAL, 'hip_osteoarthritis'],
  },
  // What to avoid.
  {
    id: 'avoid_bed_rest',
    kind: 'avoid',
    text: 'Avoid staying in bed (bed rest): it does not make sciatica get better sooner, and lying still for days makes you stiffer and weaker.',
    sources: ['R80', 'SEED'],
    levels: NOT_EMERGENCY,
    conditions: MECHANICAL_SPINAL,
  },
  {
    id: 'avoid_sciatica_medicines',
    kind: 'avoid',
    text: 'Some medicines do not help sciatica and can cause harm, so guidelines advise against them: gabapentin and pregabalin (gabapentinoids) and other pills for fits, steroid tablets (oral corticosteroids) and diazepam-type pills (benzodiazepines). Strong morphine-type painkillers (opioids) are not for sciatica that has lasted a long time (chronic). If you already take one of these, do not stop suddenly; ask your doctor how to stop safely.',
    sources: ['R74', 'R77', 'R78', 'R119', 'R120'],
    levels: NOT_EMERGENCY,
    conditions: SCIATICA,
  },
  {
    id: 'avoid_back_pain_medicines',
    kind: 'avoid',
    text: 'Some medicines do not help back pain, so guidelines advise against them: paracetamol on its own, pills for low mood (antidepressants) and pills for fits (anticonvulsants). Strong morphine-type painkillers (opioids) are not for back pain that has lasted a long time (chronic).',
    sources: ['R74', 'R118'],
    levels: NOT_EMERGENCY,
    conditions: ['somatic_referred_pain', 'unspecified'],
  },
  {
    id: 'avoid_stenosis_epidural',
    kind: 'avoid',
    text: 'Steroid shots into the spine (epidural injections) are not advised when the leg pain on walking comes from a narrow canal in the middle of the spine (central canal stenosis).',
    sources: ['R74'],
    levels: NOT_EMERGENCY,
    conditions: ['spinal_stenosis'],
  },
  {
    id: 'avoid_unhelpful_treatments',
    kind: 'avoid',
    text: 'Some treatments do not help back pain or sciatica, so guidelines advise against them: back belts or corsets, shoe insoles (orthotics), stretching the spine with weights (traction), acupuncture, ultrasound, and electric pain machines (TENS).',
    sources: ['R74', 'R117'],
    levels: ROUTINE,
    conditions: MECHANICAL_SPINAL,
  },
  {
    id: 'no_routine_scan',
    kind: 'avoid',
    text: 'A scan (X-ray or MRI) is not needed at this stage: it rarely changes treatment, and is kept for when an injection or operation is being considered or a serious cause is suspected.',
    sources: ['R74'],
    levels: ROUTINE,
    conditions: MECHANICAL_SPINAL,
  },
  // When to get help.
  {
    id: 'see_clinician_if_not_better',
    kind: 'seek_help',
    text: 'See your GP or a physiotherapist if the pain is not clearly better in about 6 weeks. Go sooner if the pain is too strong to manage with this advice.',
    sources: ['R74', 'R76', 'R122', 'POLICY'],
    levels: ['self_care'],
  },
  {
    id: 'same_day_review_signs',
    kind: 'seek_help',
    text: 'Ask to be seen the same day if you have back pain and a fever or feel unwell. Do the same if you have had cancer and your back pain is new or worse, or if bad pain keeps you up at night.',
    sources: ['R66', 'R72', 'R73'],
    levels: ROUTINE,
  },
  {
    id: 'emergency_safety_net',
    kind: 'seek_help',
    text: `Go to an emergency department at once if you notice any of these: ${SAFETY_NET.join('; ')}.`,
    sources: SAFETY_NET_SOURCES,
  },
];
