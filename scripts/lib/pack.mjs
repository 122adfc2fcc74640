// Installs the BUILT package into a scratch consumer project the way npm would, without the
// network: `npm pack`, unpack the tarball into consumer/node_modules/nsatu, symlink its
// dependencies (and peer dependencies) from this repository's node_modules, and link its bins and
// make them executable; and the PASS/FAIL checklist those runs print. Shared by scripts/smoke.mjs,
// scripts/examples.mjs and scripts/notebook.mjs.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

/** Runs a command without a shell; `ok` is true when it exited 0. */
export function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      ...env,
    },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}`;
  return {
    ok: !result.error && result.status === 0,
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    output,
  };
}

/**
 * A run's checklist, in a fresh scratch directory `nsatu-<name>-*`: `report(step, ok, detail)`
 * prints a PASS or FAIL line (and the detail, indented) and returns `ok`; `finish()` prints the
 * tally (with the time taken when `timed`), removes the scratch directory unless `keep` is set or
 * a step failed, and exits 1 if one did, else 0.
 */
export function checklist(name, { keep = false, timed = false } = {}) {
  const started = performance.now();
  const scratch = mkdtempSync(join(tmpdir(), `nsatu-${name}-`));
  const results = [];
  const report = (step, ok, detail = '') => {
    results.push({ step, ok });
    console.log(
      `${ok ? 'PASS' : 'FAIL'}  ${step}${detail ? `\n      ${detail.trim().split('\n').join('\n      ')}` : ''}`,
    );
    return ok;
  };
  const failed = () => results.filter((r) => !r.ok).length;
  const finish = () => {
    const time = timed ? ` in ${((performance.now() - started) / 1000).toFixed(1)} s` : '';
    console.log(
      `\n${name}: ${String(results.length - failed())} passed, ${String(failed())} failed${time}` +
        (keep || failed() > 0 ? ` (scratch: ${scratch})` : ''),
    );
    if (!keep && failed() === 0) rmSync(scratch, { recursive: true, force: true });
    process.exit(failed() === 0 ? 0 : 1);
  };
  return { scratch, report, failed, finish };
}

export function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Packs the repository into `scratch` and installs it into `scratch/consumer`. Each step is passed
 * to `report(name, ok, detail)`, which returns `ok`; at the first failed step that leaves nothing
 * to test, returns `undefined`. Links `extraLinks` too (type packages a consumer would install).
 */
export function installPacked(scratch, report, { extraLinks = ['@types/node'] } = {}) {
  const consumer = join(scratch, 'consumer');
  const modules = join(consumer, 'node_modules');
  const installed = join(modules, 'nsatu');

  if (!report('dist/ exists (run `npm run build` first)', existsSync(join(root, 'dist')))) {
    return undefined;
  }
  const pack = run('npm', ['pack', '--json', '--pack-destination', scratch], root);
  let tarball;
  try {
    tarball = join(scratch, JSON.parse(pack.stdout)[0].filename);
  } catch {
    tarball = undefined;
  }
  const packed = pack.ok && tarball !== undefined && existsSync(tarball);
  if (!report('npm pack', packed, pack.ok ? '' : pack.output)) return undefined;
  mkdirSync(installed, { recursive: true });
  const untar = run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], scratch);
  if (!report('unpack into consumer/node_modules/nsatu', untar.ok, untar.output)) return undefined;

  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const links = [
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...extraLinks,
  ];
  const missing = [];
  for (const name of links) {
    const target = join(root, 'node_modules', name);
    if (!existsSync(target)) {
      missing.push(name);
      continue;
    }
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(target, join(modules, name), 'dir');
  }
  report(
    `link dependencies (${links.join(', ')})`,
    missing.length === 0,
    missing.length ? `missing in node_modules: ${missing.join(', ')}` : '',
  );

  const bins =
    typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  mkdirSync(join(modules, '.bin'), { recursive: true });
  for (const [name, path] of Object.entries(bins)) {
    const target = join(installed, path);
    if (existsSync(target)) chmodSync(target, 0o755);
    symlinkSync(relative(join(modules, '.bin'), target), join(modules, '.bin', name));
  }
  return { consumer, modules, installed, manifest };
}
