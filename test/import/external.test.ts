/*
 * The two real third-party files in shared/external (beside the repo, as ../shared in CI): the
 * Kiel Institute's Ukraine Support Tracker (allocations by donor and month) and Protect Ukraine
 * Now's heavy-weapon commitments. See shared/external/README.md for sources and citations.
 */
import { readFileSync } from 'node:fs';

import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';

import { AidRecordSchema, type WeaponSystem } from 'nsatu';
import { fromCsv, type CsvNation } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';
import {
  KIEL_COLUMNS,
  KIEL_FILE,
  PUN_FILE,
  kielOptions,
  readExternal,
} from '../fixtures/external.ts';

/** The file's rows as objects, read straight with csv-parse, for expected values. */
const rowsOf = (text: string): Record<string, string>[] =>
  parse<Record<string, string>>(text, { columns: true, bom: true });

/** The Kiel file's iso column, empty for the EU. */
const codeOf = (row: Record<string, string>): string =>
  row.iso === undefined || row.iso === '' ? 'eu' : row.iso;

describe('fromCsv on the Kiel Ukraine Support Tracker (release 29)', () => {
  const text = readExternal(KIEL_FILE);
  const rows = rowsOf(text);
  const options = kielOptions(defaultDataset().nations);
  const { records, problems, rows: count } = fromCsv(text, options);

  test('reads every row into a valid record, without problems', () => {
    expect(rows).toHaveLength(591);
    expect(count).toBe(591);
    expect(problems).toEqual([]);
    expect(records).toHaveLength(591);
    for (const record of records) expect(AidRecordSchema.safeParse(record).success).toBe(true);
  });

  test('resolves every donor to the code in its iso column (or eu)', () => {
    expect(records.map((r) => r.donor)).toEqual(rows.map(codeOf));
  });

  test('gives every record a value in EUR, the stage allocated and a month', () => {
    for (const record of records) {
      expect(record.value?.currency).toBe('EUR');
      expect(record.stage).toBe('allocated');
      expect(record.date).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(records[0]?.id).toBe('kiel-r29-2');
  });

  test('sums per donor equal the sums of the value column, within a cent', () => {
    const expected = new Map<string, number>();
    for (const row of rows) {
      const donor = codeOf(row);
      expected.set(donor, (expected.get(donor) ?? 0) + Number(row.value));
    }
    const actual = new Map<string, number>();
    for (const record of records) {
      actual.set(record.donor, (actual.get(record.donor) ?? 0) + (record.value?.amount ?? 0));
    }
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [donor, sum] of expected)
      expect(Math.abs((actual.get(donor) ?? 0) - sum)).toBeLessThan(0.01);
  });

  test('reads the source billions column with valueScale 1e9 to the same amounts', () => {
    const billions = fromCsv(text, {
      ...options,
      columns: { ...KIEL_COLUMNS, value: 'military_eur_bn_raw' },
      valueScale: 1e9,
    });
    expect(billions.problems).toEqual([]);
    const amounts = billions.records.map((r) => r.value?.amount);
    expect(amounts).toEqual(rows.map((row) => Number(row.value)));
  });
});

describe('fromCsv on the Protect Ukraine Now heavy-weapon commitments', () => {
  const text = readExternal(PUN_FILE);
  const rows = rowsOf(text);
  const weapons = JSON.parse(
    readFileSync(new URL('../../data/weapons.json', import.meta.url), 'utf8'),
  ) as { weaponSystems: WeaponSystem[] };
  // Argentina is not in the embedded dataset's nations.
  const nations: CsvNation[] = [
    ...defaultDataset().nations,
    { id: 'ARG', name: 'Argentina', iso2: 'AR' },
  ];
  const deliberatelyUnresolved = new Set(['Diehl Kinetic Defence Vehicle', 'Wolfram']);
  const options = {
    columns: { ...KIEL_COLUMNS, donor: 'donor_code' },
    stage: 'committed',
    catalog: weapons.weaponSystems,
    nations,
    idPrefix: 'pun',
  } as const;
  const { records, problems, rows: count } = fromCsv(text, options);

  test('reads every row into a valid committed record with a quantity', () => {
    expect(rows).toHaveLength(231);
    expect(count).toBe(231);
    expect(records).toHaveLength(231);
    for (const [i, record] of records.entries()) {
      expect(AidRecordSchema.safeParse(record).success).toBe(true);
      expect(record.stage).toBe('committed');
      expect(record.quantity).toBe(Number(rows[i]?.quantity));
      expect(record.item).toBe(rows[i]?.item_raw);
      expect(record.value).toBeUndefined();
    }
  });

  test('resolves every item but the deliberately unresolved ones, which are warnings', () => {
    const unresolved = records.filter((r) => r.system === undefined).map((r) => r.item);
    expect(new Set(unresolved)).toEqual(deliberatelyUnresolved);
    expect(problems.every((p) => p.severity === 'warning' && p.code === 'UNRESOLVED_WEAPON')).toBe(
      true,
    );
    expect(problems.map((p) => p.raw)).toEqual(unresolved);
    // Each warning points at the row's physical line: header on line 1, no multi-line cells.
    for (const problem of problems) expect(rows[problem.line - 2]?.item_raw).toBe(problem.raw);
  });

  test('reads donors from the alpha-2 donor_code column as from the donor names', () => {
    const byName = fromCsv(text, { ...options, columns: KIEL_COLUMNS });
    expect(byName.problems).toEqual(problems);
    expect(records.map((r) => r.donor)).toEqual(byName.records.map((r) => r.donor));
    expect(new Set(records.map((r) => r.donor))).toContain('ARG');
    expect(records.every((r) => /^[A-Z]{3}$/.test(r.donor))).toBe(true);
  });
});
