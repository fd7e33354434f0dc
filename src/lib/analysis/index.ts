/**
 * The analysis stage's public face: what the ingest, the publish and view stages, the pages
 * and the scripts may use. Everything else in analysis/ is internal to it (the linter
 * enforces this; tests may reach further).
 */
export { compareProfiles, pair, split, type ProfileComparison, type Sided } from './compare.ts';
export { buildFraming, groupByOutlet, profileArticles, type OutletArticles } from './framing-profiles.ts';
export {
  DIMENSION_LABELS,
  GROUP_DIMENSIONS,
  groupOutlets,
  profileGroups,
  type GroupDimension,
  type GroupMember,
  type OutletGroup,
} from './outlet-groups.ts';
export {
  analyseFraming,
  compileLexicons,
  emptyFraming,
  QUOTED_BY_CONFIDENCE,
  restsOnLearnedWords,
  tagWordsIn,
  THEME_THRESHOLD,
  trainingInputOf,
  type FramingLexicons,
  type SpeakerSpan,
  unvalidatedFraming,
  type TextUnit,
} from './framing.ts';
export {
  themeProbability,
  trainThemeModel,
  TRAINING_OPTIONS,
  type ThemeInput,
  type TrainingExample,
} from './theme-model.ts';
export { type TrainingOptions } from './logistic.ts';
export {
  CONTINUED_THRESHOLD,
  FACT_CONFIRM_THRESHOLD,
  FACT_THRESHOLD,
  trainFactModel,
  type FactExample,
} from './fact-model.ts';
export {
  factsOnlyOneReported,
  leadingOutlet,
  outletsReporting,
  sortByThemeGap,
  themeGapPoints,
  widestThemeGap,
} from './gaps.ts';
export { EVIDENCE_WEIGHTS, inferOutlet, MIN_LEAD, MIN_SCORE, type Inference } from './outlet-inference.ts';
export { extractQuotes } from './quotes.ts';
export { findCandidates, type Candidate, type CandidateSet } from './speaker-mentions.ts';
export { quotationsToRank, rankCandidates, type SpeakerModel } from './speaker-ranker.ts';
export {
  countSpeakers,
  diffWords,
  groupByVoice,
  groupOverlappingQuotes,
  quotesBySpeaker,
  statementsBySpeaker,
  speakerAnchor,
  tallyVoicesByOutlet,
  voiceKey,
  voiceLabel,
  type DiffPart,
  type OutletVoiceTally,
  type SpeakerCount,
  type SpeakerGroup,
  type VoiceGroup,
} from './voices.ts';
