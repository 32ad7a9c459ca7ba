/**
 * The knowledge base in one place, so tools can walk every number in it
 * (`sciatrace sources --estimates`, the integrity tests).
 */
import * as anatomy from './anatomy.js';
import * as conditions from './conditions.js';
import * as emissions from './emissions.js';
import * as lesions from './lesions.js';
import * as priors from './priors.js';
import { collectFigures, type LocatedFigure } from './sourced.js';

export const KNOWLEDGE = {
  anatomy: {
    sensoryMap: anatomy.SENSORY_MAP,
    painMap: anatomy.PAIN_MAP,
    painNonDermatomal: anatomy.PAIN_NON_DERMATOMAL,
    genericSciaticPain: anatomy.GENERIC_SCIATIC_PAIN,
    myotomes: anatomy.MYOTOMES,
    rootWeakness: anatomy.ROOT_WEAKNESS,
    rootSigns: anatomy.ROOT_SIGNS,
    regionInclusion: anatomy.REGION_INCLUSION,
  },
  lesions: {
    discLevelShare: lesions.DISC_LEVEL_SHARE,
    discRootPrior: lesions.DISC_ROOT_PRIOR,
    lateralLevelShare: lesions.LATERAL_LEVEL_SHARE,
    discZoneShare: lesions.DISC_ZONE_SHARE,
    discLevelMeanAge: lesions.DISC_LEVEL_MEAN_AGE,
    lateralDiscMeanAge: lesions.LATERAL_DISC_MEAN_AGE,
    discAgeSd: lesions.DISC_AGE_SD,
    centralDiscSideInvolvement: lesions.CENTRAL_DISC_SIDE_INVOLVEMENT,
    centralDiscNextRoot: lesions.CENTRAL_DISC_NEXT_ROOT,
    stenosisTypeShare: lesions.STENOSIS_TYPE_SHARE,
    stenosisLevelShare: lesions.STENOSIS_LEVEL_SHARE,
    centralStenosisSideInvolvement: lesions.CENTRAL_STENOSIS_SIDE_INVOLVEMENT,
    lateralStenosisInvolvement: lesions.LATERAL_STENOSIS_INVOLVEMENT,
    cesLevelShare: lesions.CES_LEVEL_SHARE,
    cesLegPatternShare: lesions.CES_LEG_PATTERN_SHARE,
  },
  conditions: {
    sidePatternShare: conditions.SIDE_PATTERN_SHARE,
    seriousVariantShare: conditions.SERIOUS_VARIANT_SHARE,
    neuropathyVariantShare: conditions.NEUROPATHY_VARIANT_SHARE,
  },
  priors: { byAgeBand: priors.CONDITION_PRIORS, sexMultipliers: priors.SEX_MULTIPLIERS },
  emissions: { leak: emissions.LEAK, profiles: emissions.PROFILES },
} as const;

/** Every number of the knowledge base with its path. */
export const knowledgeFigures = (): LocatedFigure[] => collectFigures(KNOWLEDGE);
