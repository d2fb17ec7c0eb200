/**
 * `reform upgrade [dir]`: moves a report project made by `reform init` to the running reform: its package
 * in vendor/ (the old one removed), package.json, the copied schemas and the lockfile's entry for reform;
 * then says what changed (version, fields of the schema) and checks the data with the new reform.
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExitCode } from '../errors.js';
import { t } from '../messages/index.js';
import { visible } from '../diagnostics/visible.js';
import { writeFileAtomic } from '../io/atomic.js';
import { packReform } from '../init/pack.js';
import { planUpgrade } from '../init/upgrade.js';
import { loadReport } from '../pipeline/load-report.js';
import type { CommandRun } from './spec.js';

export type UpgradeCommandOptions = Record<string, never>;

export const run: CommandRun<UpgradeCommandOptions> = async (ctx, [dir]) => {
  const target = path.resolve(ctx.cwd, dir ?? '.');
  const shown = path.relative(ctx.cwd, target) || '.';
  const packed = await packReform();
  const plan = await planUpgrade(target, packed, shown);
  const out = (line: string) => ctx.stdout.write(`${line}\n`);
  if (plan.upToDate) {
    out(t(ctx.lang, 'upgrade-up-to-date', { dir: shown, version: plan.newVersion }));
    return ExitCode.ok;
  }
  for (const f of plan.writes) await writeFileAtomic(path.join(target, ...f.path.split('/')), f.content);
  for (const f of plan.removes) await rm(path.join(target, ...f.split('/')), { force: true });

  const old = plan.oldVersion ?? t(ctx.lang, 'upgrade-old-unknown', { spec: visible(plan.oldSpec) });
  out(t(ctx.lang, 'upgrade-done', { dir: shown, old, new: plan.newVersion }));
  out(t(ctx.lang, 'upgrade-written'));
  for (const f of plan.writes) out(`  ${f.path}`);
  if (plan.removes.length > 0) {
    out(t(ctx.lang, 'upgrade-removed'));
    for (const f of plan.removes) out(`  ${visible(f)}`);
  }
  if (plan.schemaChanges.length === 0) out(t(ctx.lang, 'upgrade-schema-same'));
  for (const c of plan.schemaChanges) {
    out(t(ctx.lang, 'upgrade-schema-file', { file: visible(c.file) }));
    const list = (xs: string[]) => xs.map((x) => visible(x)).join(', ');
    if (c.added.length > 0) out(t(ctx.lang, 'upgrade-schema-added', { fields: list(c.added) }));
    if (c.removed.length > 0) out(t(ctx.lang, 'upgrade-schema-removed', { fields: list(c.removed) }));
    if (c.required.length > 0) out(t(ctx.lang, 'upgrade-schema-required', { fields: list(c.required) }));
    if (c.other) out(t(ctx.lang, 'upgrade-schema-other'));
  }
  out(t(ctx.lang, 'upgrade-migrations'));
  const data = path.join(target, 'data');
  if (await stat(path.join(data, 'report.yaml')).catch(() => undefined)) {
    const loaded = await loadReport(data, { cwd: ctx.cwd });
    out(t(ctx.lang, 'upgrade-check', { errors: loaded.stats.errors, warnings: loaded.stats.warnings }));
  }
  const files = ['vendor/', 'package.json', 'package-lock.json', 'schema/'].join(', ');
  out(t(ctx.lang, 'upgrade-next', { cd: shown === '.' ? '.' : shown, files }));
  return ExitCode.ok;
};
