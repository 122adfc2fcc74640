import { describe, expectTypeOf, test } from 'vitest';

import type {
  AidRecord,
  Authority,
  Dataset,
  DatasetInput,
  DatasetIssue,
  Organisation,
  ParseDatasetResult,
  Relationship,
} from 'nsatu';
import { parseDataset, loadDataset } from 'nsatu';

describe('inferred entity types', () => {
  test('Organisation has typed required and optional keys', () => {
    expectTypeOf<Organisation['id']>().toEqualTypeOf<string>();
    expectTypeOf<Organisation['kind']>().toEqualTypeOf<
      | 'political-body'
      | 'military-body'
      | 'strategic-command'
      | 'command'
      | 'headquarters'
      | 'forum'
      | 'coalition-body'
      | 'training-mission'
      | 'logistics-hub'
      | 'representation'
      | 'government'
      | 'international-organisation'
      | 'other'
    >();
    expectTypeOf<Organisation>().toHaveProperty('from');
    expectTypeOf<Organisation['from']>().toEqualTypeOf<string | undefined>();
  });
  test('Relationship authority is the literal union', () => {
    expectTypeOf<Relationship['authority']>().toEqualTypeOf<Authority>();
    expectTypeOf<'OPCON'>().toExtend<Authority>();
    expectTypeOf<'opcon'>().not.toExtend<Authority>();
  });
  test('AidRecord stage is a literal union and value carries a currency', () => {
    expectTypeOf<AidRecord['stage']>().toEqualTypeOf<
      'announced' | 'committed' | 'allocated' | 'delivered' | 'cancelled'
    >();
    expectTypeOf<NonNullable<AidRecord['value']>>().toEqualTypeOf<{
      amount: number;
      currency: string;
    }>();
  });
  test('Dataset has every table; DatasetInput lets them be omitted', () => {
    expectTypeOf<Dataset['aid']>().toEqualTypeOf<AidRecord[]>();
    expectTypeOf<undefined>().toExtend<DatasetInput['aid']>();
    expectTypeOf<{ title?: string }>().toExtend<DatasetInput>();
  });
});

describe('parseDataset', () => {
  test('narrows on ok', () => {
    const result = parseDataset({});
    expectTypeOf(result).toEqualTypeOf<ParseDatasetResult>();
    if (result.ok) expectTypeOf(result.dataset).toEqualTypeOf<Dataset>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly DatasetIssue[]>();
  });
  test('loadDataset accepts unknown input', () => {
    expectTypeOf(loadDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(loadDataset).returns.toEqualTypeOf<Dataset>();
  });
});
