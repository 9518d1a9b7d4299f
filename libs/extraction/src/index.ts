export { extract } from './extract';
export { EXTRACTOR_VERSION, CODE_VERSION } from './version';
export type { ArticleInput, Extraction, Statement, StatusClaim, TrackState, Visit, VisitMode } from './types';
