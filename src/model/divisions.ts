/** 課 names the registry (report.yaml departments) has under more than one 部: printed with their 部. */
import type { Manifest } from './schema-types.js';

export function ambiguousDivisionNames(manifest: Pick<Manifest, 'departments'>): Set<string> {
  const seen = new Map<string, number>();
  for (const d of manifest.departments) for (const v of new Set(d.divisions)) seen.set(v, (seen.get(v) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([v]) => v));
}
