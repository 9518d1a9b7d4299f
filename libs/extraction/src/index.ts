export { extract } from './extract';
export { EXTRACTOR_VERSION, CODE_VERSION } from './version';
export type { ArticleInput, Extraction, Statement, StatusClaim, TrackState, Visit, VisitMode } from './types';
export { personProfile } from './knowledge/person-profile';
