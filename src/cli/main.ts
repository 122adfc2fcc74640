#!/usr/bin/env node
import { readFileSync } from 'node:fs';

import { run } from './run.ts';

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  today: () => new Date(),
});
