/** Complaint categories: the data (categories, keywords, override aliases) and the matcher. */
export * from './categories';
export { compileAllKeywords } from './keyword-lookup';
export * from './matcher';
export { readCategoryOverride } from './override';
export { phraseKeys, type Effect } from './phrases';
export { findKeywords, type KeywordMatch, type TextSource } from './reading';
export * from './window';
