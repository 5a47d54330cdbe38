/**
 * The one "same event" engine: do two statements name one real-world event? Used across articles
 * (importers/store/ joins a new mention to a stored event) and within one article
 * (pipeline/stages/dedupe-events.ts). One idea per file; docs/merging.md explains the rules.
 */
export { assignMentions, mergeScore } from './assignment';
export { datesCompatible, rangeGapDays, sameArticleDatesCompatible, shiftDay } from './dates';
export { resolveEventDate, type DateConflict, type ResolvedDate, type SourceDate } from './event-date';
export { companiesCompatible, jurisdictionsMatch, sharesCompany } from './places-and-companies';
export { legislativeStep, sameLegislativeStep, type LegislativeStep } from './legislative-step';
export { isNewerSource, progressStatus, sameArticleStatusesCompatible, STATUS_PROGRESSION, TERMINAL_STATUSES } from './status';
export { COMPATIBLE_TYPES, compatibleTypes, mergeGroup, typesCompatible } from './type-groups';
export { DEFAULT_MERGE_OPTIONS, type DatedValue, type MergeCandidate, type MergeMention, type MergeOptions } from './types';
export { bestWordingSimilarity, contentWords, wordingOverlap, wordingSimilarity } from './wording/similarity';
export { stem } from './wording/stem';
