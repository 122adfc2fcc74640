/*
 * Runs the TypeScript blocks of every guide in docs/ (the documents typedoc puts beside the API
 * reference) like the README's: each type-checks, runs, and its `// =>` lines hold. typedoc.json
 * lists the guides one by one, in reading order; a guide left out of it would be missing from the
 * site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { describeMarkdown } from './markdown.ts';

const root = new URL('../../', import.meta.url);
const guides = readdirSync(fileURLToPath(new URL('docs', root)))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => `docs/${name}`);

describe('guides', () => {
  test('are all in typedoc.json projectDocuments', () => {
    const config = JSON.parse(readFileSync(new URL('typedoc.json', root), 'utf8')) as {
      projectDocuments: string[];
    };
    expect([...config.projectDocuments].sort()).toEqual(guides);
  });

  describeMarkdown(guides);
});
