/** A cell as Sheets hands it to a custom function (`""` for blanks, `Date` for dates). */
export type Cell = string | number | boolean | Date | null | undefined;

/** A 2-D range as Sheets passes it: rows of cells, the header row included. */
export type Table = readonly (readonly Cell[])[];

/** Seller-fulfilled (MFN) or Fulfilled by Amazon (AFN); measured separately (docs/rules.md §1). */
export type Channel = 'MFN' | 'AFN';

/** What a rate is computed over: one channel, or all orders. */
export type ChannelScope = Channel | 'ALL';

/** The three defect kinds of docs/rules.md §1. */
export type DefectType = 'negativeFeedback' | 'atoz' | 'chargeback';

export const DEFECT_TYPES: readonly DefectType[] = ['negativeFeedback', 'atoz', 'chargeback'];

/** A calendar day: whole days since 1970-01-01 in the spreadsheet's time zone. */
export type Day = number;

/** Tells how many minutes a time zone is ahead of UTC at an instant (ms since the epoch). */
export type ZoneOffset = (epochMs: number) => number;

export const UTC: ZoneOffset = () => 0;
