/** What every renderer returns: a file for the output directory, by its name there. */
export interface OutputFile {
  /** File name relative to the output directory, e.g. opendata/schedule.csv */
  name: string;
  data: string | Uint8Array;
}
