// Installs the BUILT package into a scratch consumer project the way npm would, without the
// network: `npm pack`, unpack the tarball into consumer/node_modules/nsatu, symlink its
// dependencies (and peer dependencies) from this repository's node_modules, and link its bins and
// make them executable. Shared by scripts/smoke.mjs and scripts/examples.mjs.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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
