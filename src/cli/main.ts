#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs';

import { EXIT_INTERNAL, run } from './run.ts';

// A reader that stops early (`nsatu report | head`) closes the pipe: end quietly, as Unix tools
// do, rather than with an EPIPE stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`nsatu: cannot write the output: ${error.message}\n`);
  process.exit(EXIT_INTERNAL);
});

// `isTTY` is undefined, not false, on a pipe, whatever the types say.
const isTTY = (stream: { readonly isTTY?: boolean }): boolean => stream.isTTY === true;

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, data) => {
    writeFileSync(path, data);
  },
  today: () => new Date(),
  isTTY: { stdout: isTTY(process.stdout), stderr: isTTY(process.stderr) },
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nsatu: internal error: ${String(error)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
