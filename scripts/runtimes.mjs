#!/usr/bin/env node
// The built package on the Node versions users have (issue 12): `engines` says ">=20", so the
// package is exercised on 22 and 24 too, not assumed to work. Each Node is fetched from the npm
// registry with `npx node@<major>` (no system install); then, with that binary, the smoke test
// (the packed package installed by name: ESM, CJS, bin, types), the examples against the built
// package, and the spawned-CLI tests run. Expects `npm run build` done.
//
//   node scripts/runtimes.mjs            Node 22 and 24
//   node scripts/runtimes.mjs 22         one major
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24'];
for (const major of majors) {
  if (!/^\d+$/.test(major)) {
    console.error(
      `runtimes: "${major}" is not a Node major version\nusage: node scripts/runtimes.mjs [22 24 …]`,
    );
    process.exit(2);
  }
}

const STEPS = [
  ['smoke test', ['scripts/smoke.mjs']],
  ['examples', ['scripts/examples.mjs']],
  [
    'CLI as a spawned binary',
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'vitest.dist.config.ts',
      'test/dist/cli.test.ts',
    ],
  ],
];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', ...options });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? '',
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`,
  };
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
// npx keeps the binary under the user's home; a copy in a world-readable directory lets the CLI
// tests run it as another user (the "file it may not read" test drops to an unprivileged uid).
const bins = mkdtempSync(join(tmpdir(), 'nsatu-runtimes-'));
chmodSync(bins, 0o755);
process.on('exit', () => rmSync(bins, { recursive: true, force: true }));
let failed = 0;
for (const major of majors) {
  const fetched = run(npx, [
    '--yes',
    `node@${major}`,
    '-p',
    'process.execPath + " " + process.version',
  ]);
  const [fetchedNode, version] = fetched.stdout.trim().split(' ');
  const node = fetchedNode === undefined ? undefined : join(bins, `node-${major}`);
  if (fetchedNode !== undefined && node !== undefined && fetched.ok) {
    copyFileSync(fetchedNode, node);
    chmodSync(node, 0o755);
  }
  if (
    !fetched.ok ||
    node === undefined ||
    version === undefined ||
    !version.startsWith(`v${major}.`)
  ) {
    console.log(`✘ Node ${major}: could not fetch it with npx node@${major}\n${fetched.output}`);
    failed += 1;
    continue;
  }
  for (const [name, args] of STEPS) {
    const started = performance.now();
    const result = run(node, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${result.ok ? '✔' : '✘'} Node ${version}: ${name} (${seconds} s)`);
    if (!result.ok) {
      failed += 1;
      console.log(result.output.split('\n').slice(-40).join('\n'));
    }
  }
}
console.log(
  `runtimes: ${String(majors.length * STEPS.length - failed)} passed, ${String(failed)} failed`,
);
process.exitCode = failed === 0 ? 0 : 1;
