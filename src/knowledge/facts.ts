/**
 * Plain-language facts the explanation cites beside its arithmetic: what
 * distinguishes each pain mechanism, root and condition, with sources. Written
 * in our own words; the numbers behind them live in the other tables.
 */
import type { ConditionId, PainMechanism, Root } from './vocabulary.js';

export interface Fact {
  readonly text: string;
  readonly sources: readonly string[];
}

export const MECHANISM_FACTS: Record<PainMechanism, readonly Fact[]> = {
  radicular: [
    { text: 'Radicular pain comes from an irritated nerve root: sharp or shooting, along a narrow band down the leg; numbness, weakness or reflex loss mean the root is also conducting poorly.', sources: ['R87', 'R97'] },
    { text: 'Pain below the knee, leg pain worse than back pain, a positive nerve tension test and a neurological deficit each point to sciatica rather than referred pain.', sources: ['R22', 'R23'] },
  ],
  somatic_referred: [
    { text: 'Somatic referred pain spreads from spinal structures into the buttock and thigh as a deep, dull, hard-to-localise ache, without neurological signs.', sources: ['R87', 'R104'] },
  ],
  non_spinal: [
    { text: 'Hip joint disease, narrowed leg arteries and trapped or damaged peripheral nerves can imitate sciatica; their patterns (groin pain with hip movement, calf cramp eased by standing still, a stocking or single-nerve sensory pattern) tell them apart.', sources: ['R46', 'R88', 'R93', 'R95', 'R96'] },
  ],
};

export const ROOT_FACTS: Record<Root, readonly Fact[]> = {
  L1: [{ text: 'L1 supplies the groin and the top of the front of the thigh.', sources: ['R7', 'R8'] }],
  L2: [{ text: 'L2 supplies the front and upper inner thigh and drives hip flexion; a positive femoral stretch test points to the mid-lumbar roots.', sources: ['R5', 'R6', 'R14'] }],
  L3: [{ text: 'L3 supplies the lower inner thigh and knee, drives knee extension and shares the knee jerk; the femoral stretch test is its best single sign.', sources: ['R5', 'R6', 'R14'] }],
  L4: [{ text: 'L4 supplies the inner shin and inner ankle, drives ankle dorsiflexion and is the main root of the knee jerk; it is the most clinically separable level.', sources: ['R5', 'R6', 'R11', 'R14'] }],
  L5: [{ text: 'L5 supplies the outer shin, top of the foot and big toe and drives big-toe extension and hip abduction; weak inversion or hip abduction separates it from a peroneal nerve palsy.', sources: ['R5', 'R6', 'R14', 'R93'] }],
  S1: [{ text: 'S1 supplies the outer foot, heel and sole, drives plantarflexion (tiptoe walking) and carries the ankle jerk.', sources: ['R5', 'R6', 'R11', 'R14'] }],
  S2: [{ text: 'S2 supplies a strip down the back of the thigh and calf; saddle or sphincter symptoms mean the sacral roots are involved.', sources: ['R6', 'R105'] }],
};

export const LOCALISATION_FACT: Fact = {
  text: 'Where pain is felt localises a root only weakly (pain drawings rarely follow dermatomes); sensory, motor and reflex signs carry more information about the level.',
  sources: ['R9', 'R10', 'R14'],
};

export const CONDITION_FACTS: Record<ConditionId, readonly Fact[]> = {
  disc_herniation: [
    { text: 'A paracentral disc compresses the root that crosses the disc (L4–5 → L5), a foraminal or far-lateral disc the root that exits there (L4–5 → L4); about 95% are at L4–5 or L5–S1.', sources: ['R29', 'R33', 'R34', 'R107'] },
    { text: 'Most disc-related sciatica improves within weeks to months with conservative care.', sources: ['R34', 'R76'] },
  ],
  spinal_stenosis: [
    { text: 'Leg symptoms brought on by walking or standing and eased by sitting or bending forward, in an older person, suggest lumbar spinal stenosis.', sources: ['R39', 'R41'] },
  ],
  cauda_equina_syndrome: [
    { text: 'Bladder or bowel change, saddle numbness and bilateral sciatica can mean compression of the cauda equina, usually by a large L4–5 or L5–S1 disc; it needs an emergency scan.', sources: ['R52', 'R53', 'R54', 'R60'] },
  ],
  somatic_referred_pain: [
    { text: 'Non-specific back pain can refer a dull ache into the buttock and thigh without any nerve root being involved.', sources: ['R87', 'R104'] },
  ],
  peripheral_arterial_disease: [
    { text: 'Vascular claudication is calf (or buttock) cramp at a set walking distance, eased by simply standing still, with reduced pulses and vascular risk factors.', sources: ['R46', 'R47'] },
  ],
  hip_osteoarthritis: [
    { text: 'Hip osteoarthritis gives groin and thigh pain on hip movement with painful, limited internal rotation.', sources: ['R88', 'R89'] },
  ],
  peripheral_neuropathy: [
    { text: 'Polyneuropathy gives symmetric numbness or burning starting in both feet (a stocking pattern), often with lost ankle jerks; diabetes is the commonest cause.', sources: ['R96', 'R115'] },
  ],
  meralgia_paresthetica: [
    { text: 'Meralgia paresthetica is numbness or burning over the front-outer thigh from a trapped sensory nerve, without weakness or reflex change.', sources: ['R95'] },
  ],
  peroneal_neuropathy: [
    { text: 'A common peroneal nerve palsy at the fibular head gives foot drop and numbness of the outer shin and top of the foot, with normal inversion, hip abduction and reflexes.', sources: ['R93'] },
  ],
  spinal_malignancy: [
    { text: 'A history of cancer is the red flag that most raises the chance of spinal malignancy; unremitting night pain and weight loss are weaker flags.', sources: ['R67', 'R68', 'R72'] },
  ],
  spinal_infection: [
    { text: 'Spinal infection is suggested by back pain with fever, injecting drug use, immunosuppression or diabetes; fever is absent in about half.', sources: ['R70', 'R73'] },
  ],
  vertebral_fracture: [
    { text: 'Significant trauma, older age, osteoporosis or long-term steroids with sudden back pain suggest a vertebral fracture.', sources: ['R67', 'R69'] },
  ],
};
