/** The plan of action: its data types, guidance data, builder, sheet layout and letter. */
export * from './types';
export * from './guidance';
export * from './phrases';
export * from './build';
export * from './letter';
export * from './sheet';
export * from './checklist';
export * from './read-filled';
