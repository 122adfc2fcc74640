/*
 * Runs the TypeScript blocks of README.md like the API's @examples (same `// =>` conventions), so
 * the first code a newcomer copies is known to work.
 */
import { describe } from 'vitest';

import { describeMarkdown } from './markdown.ts';

describe('README', () => {
  describeMarkdown(['README.md'], { requireBlocks: true });
});
