/*
 * datasetJsonSchema: the metadata a JSON Schema tool shows and keys on, and the input side of the
 * format (what parseDataset accepts, where every table may be left out).
 */
import { describe, expect, test } from 'vitest';

import { datasetJsonSchema, parseDataset } from 'nsatu';

describe('datasetJsonSchema', () => {
  test('names itself: draft 2020-12, a stable $id, a title and a description', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://github.com/nsatu/nsatu/dataset.schema.json');
    expect(schema.title).toBe('nsatu dataset');
    expect(schema.description).toBe(
      'A dataset of the nsatu library: the NSATU command structure and the aid around it. ' +
        'Shape only; integrity rules are checked by parseDataset.',
    );
  });

  test('describes the input: no table is required, as parseDataset reads a missing one as []', () => {
    const schema = datasetJsonSchema();
    expect(schema.type).toBe('object');
    expect(schema.required).toBeUndefined();
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['organisations', 'relationships', 'aid', 'weaponSystems']),
    );
    const parsed = parseDataset({ title: 'Empty' });
    expect(parsed.ok && parsed.dataset.organisations).toEqual([]);
  });

  test('returns a fresh object on every call', () => {
    const first = datasetJsonSchema();
    first.title = 'changed';
    expect(datasetJsonSchema().title).toBe('nsatu dataset');
  });
});
