#!/usr/bin/env node
// Executes the notebooks in examples/notebooks/ on the Deno Jupyter kernel against the BUILT
// package, as a user runs them, without the network: `npm pack` into a scratch project
// (scripts/lib/pack.mjs; dependencies symlinked from this repo) with a deno.json saying
// `"nodeModulesDir": "manual"`, so Deno resolves `nsatu` from that node_modules and never fetches;
// register the kernel in a scratch Jupyter directory; `jupyter nbconvert --execute` each notebook,
// failing on any cell error; require an inline Vega-Lite chart; then convert the executed notebook
// to a script and `deno check` it.
//
//   node scripts/notebook.mjs          run after `npm run build`
//   node scripts/notebook.mjs --keep   keep the scratch directory for inspection
//
// Needs `deno` (a dev dependency) and `jupyter nbconvert` (Debian: jupyter-nbconvert). Without
// them it says so and skips, unless CI is set: then a missing tool fails the run.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';

import { checklist, installPacked, root, run, writeJson } from './lib/pack.mjs';

// 0. The tools. Missing ones skip the run on a developer's machine and fail it in CI.
const deno = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno');
const denoVersion = run(deno, ['--version'], root);
const nbconvertVersion = run('jupyter', ['nbconvert', '--version'], root);
const missingTools = [
  ...(denoVersion.ok ? [] : ['deno (the `deno` dev dependency: npm install)']),
  ...(nbconvertVersion.ok
    ? []
    : ['jupyter nbconvert (Debian/Ubuntu: apt install jupyter-nbconvert)']),
];
if (missingTools.length > 0) {
  const required = Boolean(process.env.CI) && process.env.CI !== 'false';
  console.log(
    `${required ? 'FAIL' : 'SKIP'}  notebook: missing ${missingTools.join('; ')}` +
      (required ? ' (required when CI is set)' : ' — skipped; in CI it is required'),
  );
  process.exit(required ? 1 : 0);
}
console.log(
  `notebook: ${denoVersion.stdout.split('\n')[0] ?? 'deno'}, jupyter nbconvert ${nbconvertVersion.stdout.trim()}`,
);

const { scratch, report, failed, finish } = checklist('notebook', {
  keep: process.argv.includes('--keep'),
  timed: true,
});

// Everything Jupyter and Deno write goes under the scratch directory, and any attempt to reach
// the network fails at once (a proxy that refuses, a registry that does not exist) instead of
// being quietly satisfied.
const nowhere = 'http://127.0.0.1:9';
const jupyterData = join(scratch, 'jupyter');
const env = {
  JUPYTER_DATA_DIR: jupyterData,
  JUPYTER_RUNTIME_DIR: join(jupyterData, 'runtime'),
  JUPYTER_CONFIG_DIR: join(scratch, 'jupyter-config'),
  JUPYTER_PATH: jupyterData,
  DENO_DIR: join(scratch, 'deno-dir'),
  DENO_NO_UPDATE_CHECK: '1',
  DENO_NO_PROMPT: '1',
  NO_COLOR: '1',
  RUST_BACKTRACE: '0',
  HTTP_PROXY: nowhere,
  HTTPS_PROXY: nowhere,
  ALL_PROXY: nowhere,
  http_proxy: nowhere,
  https_proxy: nowhere,
  all_proxy: nowhere,
  NO_PROXY: '',
  no_proxy: '',
  NPM_CONFIG_REGISTRY: `${nowhere}/`,
};

// 1. Pack and install into a scratch project, as a user's project with `npm install nsatu zod`.
const packed = installPacked(scratch, report, { extraLinks: [] });
if (packed === undefined || failed() > 0) finish();
const { consumer: project, manifest } = packed;
writeJson(join(project, 'package.json'), {
  name: 'nsatu-notebook',
  private: true,
  type: 'module',
  dependencies: Object.fromEntries(
    ['nsatu', ...Object.keys(manifest.peerDependencies ?? {})].map((name) => [name, '*']),
  ),
});
// The notebook's code is held to the same strictness as the library's.
writeJson(join(project, 'deno.json'), {
  nodeModulesDir: 'manual',
  compilerOptions: { noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true },
});

// 2. The kernel, registered by Deno itself. `deno jupyter --install` writes to the user's Jupyter
// data directory, found through XDG_DATA_HOME (HOME on macOS), so both point into the scratch.
const install = run(deno, ['jupyter', '--install', '--force'], project, {
  ...env,
  XDG_DATA_HOME: join(scratch, 'xdg'),
  HOME: join(scratch, 'home'),
});
// Found by looking, not by parsing Deno's message: the kernelspec is the one kernel.json under it.
const kernelDir = readdirSync(scratch, { recursive: true, encoding: 'utf8' })
  .filter((path) => /(^|[\\/])kernels[\\/][^\\/]+[\\/]kernel\.json$/.test(path))
  .map((path) => dirname(join(scratch, path)))[0];
const kernelName = kernelDir === undefined ? undefined : basename(kernelDir);
if (
  !report(
    'deno jupyter --install registers a kernel inside the scratch directory',
    install.ok && kernelDir !== undefined,
    `${kernelDir ?? `no kernels/*/kernel.json under ${scratch}`}\n${install.ok ? '' : install.output}`,
  )
) {
  finish();
}
// Jupyter looks for kernels/<name>/ under JUPYTER_PATH first.
env.JUPYTER_PATH = dirname(dirname(kernelDir));

// 3. Each notebook: execute, inspect, convert to a script, type-check.
const notebookDir = join(root, 'examples', 'notebooks');
const notebooks = existsSync(notebookDir)
  ? readdirSync(notebookDir).filter((file) => file.endsWith('.ipynb'))
  : [];
report(
  `notebooks found in ${relative(root, notebookDir)}`,
  notebooks.length > 0,
  notebooks.join(', '),
);

const VEGA_LITE_MIME = /^application\/vnd\.vegalite\.v(\d+)\+json$/;
let vegaLite;
try {
  vegaLite = await import('vega-lite');
} catch {
  vegaLite = undefined;
}

for (const file of notebooks) {
  const name = basename(file, '.ipynb');
  const source = JSON.parse(readFileSync(join(notebookDir, file), 'utf8'));
  const codeCells = source.cells.filter((cell) => cell.cell_type === 'code');
  const dirty = codeCells.filter(
    (cell) => cell.outputs.length > 0 || cell.execution_count !== null,
  );
  report(
    `${file}: committed with outputs cleared`,
    dirty.length === 0,
    dirty.length ? `${String(dirty.length)} code cells keep outputs or an execution count` : '',
  );
  report(
    `${file}: kernel is '${kernelName}'`,
    source.metadata?.kernelspec?.name === kernelName,
    `metadata.kernelspec.name: ${JSON.stringify(source.metadata?.kernelspec?.name)}`,
  );

  copyFileSync(join(notebookDir, file), join(project, file));
  const executedFile = `${name}.executed.ipynb`;
  const execute = run(
    'jupyter',
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--allow-errors',
      '--ExecutePreprocessor.timeout=120',
      `--ExecutePreprocessor.kernel_name=${kernelName}`,
      '--output',
      executedFile,
      file,
    ],
    project,
    env,
  );
  const executedPath = join(project, executedFile);
  if (
    !report(
      `${file}: jupyter nbconvert --execute`,
      execute.ok && existsSync(executedPath),
      execute.ok ? '' : execute.output,
    )
  ) {
    continue;
  }

  const executed = JSON.parse(readFileSync(executedPath, 'utf8'));
  const cells = executed.cells
    .map((cell, index) => ({ cell, number: index + 1 }))
    .filter(({ cell }) => cell.cell_type === 'code');
  const firstLine = (cell) => [cell.source].flat().join('').split('\n')[0];
  const problems = [];
  for (const { cell, number } of cells) {
    if (cell.execution_count === null) problems.push(`cell ${String(number)} did not run`);
    for (const output of cell.outputs) {
      if (output.output_type === 'error') {
        problems.push(
          `cell ${String(number)} (${firstLine(cell)}): ${output.ename}: ${output.evalue}`,
        );
      } else if (output.output_type === 'stream' && output.name === 'stderr') {
        problems.push(`cell ${String(number)} wrote to stderr: ${[output.text].flat().join('')}`);
      }
    }
  }
  report(
    `${file}: ${String(cells.length)} code cells ran without errors or warnings`,
    problems.length === 0,
    problems.join('\n'),
  );

  const charts = cells.flatMap(({ cell, number }) =>
    cell.outputs.flatMap((output) =>
      Object.entries(output.data ?? {})
        .filter(([mime]) => VEGA_LITE_MIME.test(mime))
        .map(([mime, spec]) => ({ number, mime, spec })),
    ),
  );
  const chartProblems = [];
  for (const { number, mime, spec } of charts) {
    const where = `cell ${String(number)} (${mime})`;
    const version = VEGA_LITE_MIME.exec(mime)?.[1];
    if (!new RegExp(`vega-lite/v${String(version)}`).test(String(spec?.$schema))) {
      chartProblems.push(`${where}: $schema ${JSON.stringify(spec?.$schema)} is not v${version}`);
    }
    if (vegaLite !== undefined) {
      try {
        vegaLite.compile(spec);
      } catch (error) {
        chartProblems.push(`${where}: vega-lite does not compile it: ${error.message}`);
      }
    }
  }
  report(
    `${file}: displays a Vega-Lite chart inline`,
    charts.length > 0 && chartProblems.length === 0,
    charts.length === 0
      ? 'no output with an application/vnd.vegalite.v*+json MIME type'
      : [
          ...charts.map(({ number, mime }) => `cell ${String(number)}: ${mime}`),
          ...chartProblems,
          ...(vegaLite === undefined ? ['not compiled: vega-lite is not installed'] : []),
        ].join('\n'),
  );

  // nbconvert names the script after the kernel's language_info.file_extension (`.ts` for Deno);
  // whatever it picks, the code is TypeScript, so check it as a .ts file.
  const script = run(
    'jupyter',
    ['nbconvert', '--to', 'script', '--output', `${name}.notebook`, executedFile],
    project,
    env,
  );
  const written = readdirSync(project).find((f) => f.startsWith(`${name}.notebook.`));
  const scriptFile = `${name}.notebook.ts`;
  if (written !== undefined && written !== scriptFile) {
    copyFileSync(join(project, written), join(project, scriptFile));
  }
  if (
    !report(
      `${file}: jupyter nbconvert --to script`,
      script.ok && existsSync(join(project, scriptFile)),
      script.ok ? `${written ?? 'nothing written'}` : script.output,
    )
  ) {
    continue;
  }
  const check = run(deno, ['check', '--no-remote', scriptFile], project, env);
  report(`${file}: deno check ${scriptFile}`, check.ok, check.ok ? '' : check.output);
}

finish();
