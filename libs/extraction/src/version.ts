import { KNOWLEDGE_HASH } from './knowledge';

/** Bump whenever the extraction code changes its output. */
export const CODE_VERSION = '1.28.900';
/** Code version plus a short hash of the knowledge files. */
export const EXTRACTOR_VERSION = `${CODE_VERSION}+kb.${KNOWLEDGE_HASH}`;
