/** The base data as open data (CSV and JSON). PLACEHOLDER: replaced by the open-data module. */
import type { Report } from '../model/report.js';

export interface OutputFile {
  /** File name relative to the output directory, e.g. opendata/schedule.csv */
  name: string;
  data: string | Uint8Array;
}

export function renderOpenData(_report: Report): OutputFile[] {
  return [];
}
