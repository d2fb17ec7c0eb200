/**
 * The printed cells of the seed's 別表1 and 別表2, named by diff for its
 * JSON output (which printed cells show a change): one place for the key format.
 */
export const VERIFICATION_FIELDS = ['item', 'content', 'outcome', 'direction', 'reason', 'division'] as const;
export type VerificationField = (typeof VERIFICATION_FIELDS)[number];

/** A printed cell of an initiative, e.g. `4:item:1` or `7:verification:0:outcome`. */
export type CellKey =
  | `${number}:title`
  | `${number}:plan`
  | `${number}:result`
  | `${number}:division`
  | `${number}:item:${number}`
  | `${number}:verification:${number}:${VerificationField}`;

export const cellKey = {
  title: (n: number): CellKey => `${n}:title`,
  plan: (n: number): CellKey => `${n}:plan`,
  result: (n: number): CellKey => `${n}:result`,
  division: (n: number): CellKey => `${n}:division`,
  item: (n: number, i: number): CellKey => `${n}:item:${i}`,
  verification: (n: number, row: number, field: VerificationField): CellKey => `${n}:verification:${row}:${field}`,
};
