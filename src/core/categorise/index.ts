/** Complaint categories: the data (categories, keywords, override aliases) and the matcher. */
export * from './categories';
export * from './matcher';
export * from './window';
