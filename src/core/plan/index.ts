/** The plan of action: its data types, guidance data, builder, sheet layout and letter. */
export * from './types';
export * from './strings';
export * from './guidance';
export * from './build';
export * from './letter';
export * from './sheet';
export * from './checklist';
