#!/usr/bin/env node
// The `npm test` gate: every check a change must pass, in order, stopping at the first failure.
//
//   node scripts/gate.mjs                  all steps
//   node scripts/gate.mjs --from build     resume at a step
//   node scripts/gate.mjs --only lint      one step
//
// Each step runs the package.json script of the same name, so `npm run <step>` and the gate never
// disagree. Scripts are run from node_modules/.bin directly (no npx, no shell), which is why they
// must stay plain `command arg …` lines.
//
// A step that has not ended after NSATU_GATE_STEP_MINUTES (30 by default; a whole gate takes a few
// minutes, ten times that on a loaded machine) is killed and fails, so a hang shows as a failed
// step in CI instead of a job that never ends.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const steps = [
  'check:data',
  'typecheck',
  'lint',
  'format:check',
  'test:unit',
  'build',
  'check:dist',
  'check:publint',
  'check:attw',
  'size',
  'docs',
  'test:dist',
  'smoke',
  'examples',
  'notebook',
  'bench:smoke',
];

const aliases = {
  format: 'format:check',
  unit: 'test:unit',
  dist: 'check:dist',
  publint: 'check:publint',
  attw: 'check:attw',
};

const usage = `usage: node scripts/gate.mjs [--from <step> | --only <step>]
steps: ${steps.join(', ')}
(short names: ${Object.keys(aliases).join(', ')})`;

function fail(message) {
  console.error(`gate: ${message}\n${usage}`);
  process.exit(2);
}

function stepNamed(name) {
  const step = steps.includes(name)
    ? name
    : Object.hasOwn(aliases, name)
      ? aliases[name]
      : undefined;
  if (step === undefined) fail(`unknown step "${name}"`);
  return step;
}

function parseArgs(args) {
  let selected = steps;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      console.log(usage);
      process.exit(0);
    }
    if (arg !== '--from' && arg !== '--only') fail(`unknown argument "${arg}"`);
    const value = args[i + 1];
    if (value === undefined) fail(`${arg} needs a step name`);
    i += 1;
    const step = stepNamed(value);
    selected = arg === '--only' ? [step] : steps.slice(steps.indexOf(step));
  }
  return selected;
}

/** Turns a package.json script into [executable, ...args] without a shell. */
function commandOf(scripts, step) {
  const script = scripts[step];
  if (typeof script !== 'string') fail(`package.json has no "${step}" script`);
  if (/[|&;<>()$`"'\\*?]/.test(script)) {
    fail(`script "${step}" (${script}) must be a plain command: the gate runs it without a shell`);
  }
  const [bin, ...args] = script.trim().split(/\s+/);
  if (bin === 'node') return [process.execPath, ...args];
  const local = join(root, 'node_modules', '.bin', bin);
  if (!existsSync(local)) fail(`${bin} is not in node_modules/.bin: run npm ci first`);
  return [local, ...args];
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const stepMinutes = Number(process.env.NSATU_GATE_STEP_MINUTES ?? 30);
if (!(stepMinutes > 0)) fail('NSATU_GATE_STEP_MINUTES must be a number of minutes above 0');

const selected = parseArgs(process.argv.slice(2));
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

for (const step of selected) {
  const [command, ...args] = commandOf(scripts, step);
  const position = `${String(steps.indexOf(step) + 1)}/${String(steps.length)}`;
  console.log(`\n━━━━ gate ${position} ${step} ━━━━ ${scripts[step]}`);
  const stepStarted = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    timeout: stepMinutes * 60_000,
    killSignal: 'SIGKILL',
  });
  const took = seconds(stepStarted);
  if (result.error || result.status !== 0) {
    const hung =
      /** @type {NodeJS.ErrnoException | undefined} */ (result.error)?.code === 'ETIMEDOUT';
    const why = hung
      ? `no end after ${String(stepMinutes)} min: killed as hung (NSATU_GATE_STEP_MINUTES)`
      : result.error
        ? result.error.message
        : result.signal
          ? `killed by ${result.signal}`
          : `exit code ${String(result.status)}`;
    console.error(`\n✘ gate: ${step} FAILED (${why}) after ${took}`);
    console.error(`  fix it, then resume with: npm test -- --from ${step}`);
    console.error(`gate: ${String(selected.indexOf(step))} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`✔ ${step} passed in ${took}`);
}

console.log(`\n✔ gate: ${selected.join(', ')} passed in ${seconds(started)}`);
console.log(`gate: ${String(selected.length)} passed, 0 failed`);
