import { describe, expect, test } from 'vitest';

import {
  DatasetError,
  NsatuError,
  loadDataset,
  parseDataset,
  type Dataset,
  type DatasetIssueCode,
} from 'nsatu';
import { applyPatches, edit, type DatasetPatch, type Recipe } from 'nsatu/edit';
import { at, caught, smallDataset } from '../fixtures/small.ts';
import { dataset, fixture, thaw } from './support.ts';

function issueCodes(run: () => unknown): DatasetIssueCode[] {
  const error = caught(run);
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).issues.map((i) => i.code);
}

function codeOf(run: () => unknown): string {
  const error = caught(run);
  return error instanceof NsatuError ? error.code : 'not an NsatuError';
}

const ds = dataset();

describe('edit', () => {
  test('returns the changed dataset, frozen, with patches and inverse patches', () => {
    const result = edit(ds, (d) => {
      at(d.nations, 1).name = 'Federal Republic of Germany';
      d.nations.push({ id: 'SWE', name: 'Sweden' });
    });
    expect(result.base).toBe(ds);
    expect(at(result.dataset.nations, 1).name).toBe('Federal Republic of Germany');
    expect(result.patches).toEqual([
      { op: 'replace', path: ['nations', 1, 'name'], value: 'Federal Republic of Germany' },
      { op: 'add', path: ['nations', 4], value: { id: 'SWE', name: 'Sweden' } },
    ]);
    expect(result.inversePatches).toEqual([
      { op: 'replace', path: ['nations', 1, 'name'], value: 'Germany' },
      { op: 'remove', path: ['nations', 4] },
    ]);
    expect(result.label).toBe('edit');
    expect(Object.isFrozen(result.dataset)).toBe(true);
    expect(Object.isFrozen(result.dataset.nations)).toBe(true);
    expect(Object.isFrozen(at(result.dataset.nations, 4))).toBe(true);
    expect(Object.isFrozen(result.patches)).toBe(true);
  });

  test('shares every table and record it did not change', () => {
    const { dataset: next } = edit(ds, (d) => {
      at(d.aid, 2).quantity = 1;
    });
    expect(next.organisations).toBe(ds.organisations);
    expect(next.aid).not.toBe(ds.aid);
    expect(next.aid[0]).toBe(ds.aid[0]);
    expect(next.aid[2]).not.toBe(ds.aid[2]);
  });

  test('returns the same dataset and no patches when nothing changes', () => {
    const reads: Recipe = (d) => {
      expect([d.aid.length, at(d.aid, 0).donor]).toEqual([4, 'DEU']);
    };
    const same = edit(ds, reads);
    expect(same.dataset).toBe(ds);
    expect(same.patches).toEqual([]);
    expect(edit(ds, (d) => void (at(d.nations, 0).name = 'Ukraine')).dataset).toBe(ds);
    // Changed and changed back.
    const undone = edit(ds, (d) => {
      d.title = 'other';
      d.title = 'fixture';
      d.aid.push({ id: 'tmp', donor: 'DEU', item: 'x', stage: 'announced' });
      d.aid.pop();
    });
    expect(undone.dataset).toBe(ds);
  });

  test('never changes its input, valid or not', () => {
    const input = dataset(1_500);
    const before = thaw(input);
    edit(input, (d) => {
      at(d.aid, 1_200).stage = 'cancelled';
      d.agreements.splice(0, 1);
      d.aid.length = 10;
    });
    caught(() =>
      edit(input, (d) => {
        at(d.relationships, 0).superior = 'nowhere';
      }),
    );
    expect(input).toEqual(before);
    expect(Object.isFrozen(at(input.aid, 1_200))).toBe(true);
  });

  test('refuses an edit that breaks integrity, listing every issue', () => {
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          at(d.relationships, 0).superior = 'nowhere';
          at(d.assignments, 0).until = '2020';
        }),
      ),
    ).toEqual(['INTERVAL_ORDER', 'UNKNOWN_REFERENCE']);
    // A cycle: NAC under SHAPE while SHAPE is under the Military Committee under NAC.
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.relationships.push({
            id: 'x',
            subordinate: 'nac',
            superior: 'shape',
            authority: 'OPCON',
          });
        }),
      ),
    ).toContain('CYCLE');
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.relationships.push({
            id: 'x',
            subordinate: 'nsatu',
            superior: 'useucom',
            authority: 'reports-to',
          });
        }),
      ),
    ).toContain('MULTIPLE_SUPERIORS');
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.assignments.push({ id: 'a9', post: 'saceur', person: 'curtis-buzzard', from: '2026' });
        }),
      ),
    ).toEqual(['MULTIPLE_HOLDERS']);
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.nations.push({ id: 'UKR', name: 'Ukraine again' });
        }),
      ),
    ).toEqual(['DUPLICATE_ID']);
    // An organisation that others name goes: the full check finds who.
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.organisations.splice(2, 1);
        }),
      ),
    ).toContain('UNKNOWN_REFERENCE');
    // A shorter lifetime leaves a tie outside it.
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          at(d.organisations, 3).until = '2025';
        }),
      ),
    ).toContain('OUTSIDE_LIFETIME');
  });

  test('refuses records and metadata of the wrong shape', () => {
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          (at(d.aid, 0) as { quantity: unknown }).quantity = '14';
        }),
      ),
    ).toEqual(['INVALID_TYPE']);
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          (d as unknown as Record<string, unknown>).extra = true;
        }),
      ),
    ).toEqual(['UNKNOWN_KEY']);
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          d.asOf = '2025-02-30';
        }),
      ),
    ).toEqual(['INVALID_DATE']);
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          (d as unknown as Record<string, unknown>).aid = 'none';
        }),
      ),
    ).toEqual(['INVALID_TYPE']);
    expect(
      issueCodes(() =>
        edit(ds, (d) => {
          delete (d as unknown as Record<string, unknown>).aid;
        }),
      ),
    ).toEqual(['REQUIRED']);
  });

  test('supports the array methods on tables, across chunks', () => {
    const big = dataset(3_000);
    const ids = (x: Dataset): string[] => x.aid.map((a) => a.id);
    const spliced = edit(big, (d) => {
      d.aid.splice(1_023, 2, { id: 'in', donor: 'DEU', item: 'x', stage: 'announced' });
    }).dataset;
    expect(ids(spliced)).toEqual([...ids(big).slice(0, 1_023), 'in', ...ids(big).slice(1_025)]);
    const shifted = edit(big, (d) => {
      d.aid.splice(4, 1);
      d.aid.unshift({ id: 'first', donor: 'DEU', item: 'x', stage: 'announced' });
    }).dataset;
    expect(ids(shifted)).toEqual(['first', ...ids(big).slice(0, 4), ...ids(big).slice(5)]);
    const sorted = edit(big, (d) => {
      d.aid.sort((a, b) => (a.id < b.id ? 1 : -1));
    }).dataset;
    expect(ids(sorted)).toEqual([...ids(big)].sort().reverse());
    const truncated = edit(big, (d) => {
      d.aid.length = 2_048;
      d.aid.push({ id: 'last', donor: 'DEU', item: 'x', stage: 'announced' });
    }).dataset;
    expect(ids(truncated)).toEqual([...ids(big).slice(0, 2_048), 'last']);
    const filtered = edit(big, (d) => {
      d.aid = d.aid.filter((a) => a.donor === 'DEU');
    });
    expect(filtered.patches).toHaveLength(1);
    expect(ids(filtered.dataset)).toEqual(
      big.aid.filter((a) => a.donor === 'DEU').map((a) => a.id),
    );
    edit(big, (d) => {
      expect(Array.isArray(d.aid)).toBe(true);
      expect(d.aid.length).toBe(3_004);
      expect([...d.aid].length).toBe(3_004);
      expect(d.aid.at(-1)?.id).toBe('bulk-2999');
      expect(JSON.parse(JSON.stringify(d.nations))).toEqual(thaw(big).nations);
      expect(Object.keys(d.persons)).toEqual(['0', '1', '2', '3', '4']);
      expect('4' in d.persons).toBe(true);
      expect(d.aid.includes(d.aid[5] as never)).toBe(true);
    });
  });

  test('reads and writes tables through property descriptors too', () => {
    const { dataset: next } = edit(ds, (d) => {
      const tables = Object.getOwnPropertyDescriptor(d, 'nations');
      expect(tables?.value).toBe(d.nations);
      expect(Object.getOwnPropertyDescriptor(d.nations, 'length')?.value).toBe(4);
      expect(Object.getOwnPropertyDescriptor(d.nations, 9)).toBeUndefined();
      Object.defineProperty(d.nations, 4, { value: { id: 'SWE', name: 'Sweden' } });
      Object.defineProperty(d.nations, 'length', { value: 5 });
      expect(Reflect.defineProperty(d.nations, 'x', { value: 1 })).toBe(false);
      expect(() => Object.defineProperty(d.nations, 0, { get: () => 1 })).toThrow(NsatuError);
      expect(Reflect.setPrototypeOf(d.nations, null)).toBe(false);
      expect(Reflect.preventExtensions(d.nations)).toBe(false);
      expect('push' in d.nations).toBe(true);
      expect(Reflect.deleteProperty(d.nations, 'push')).toBe(false);
      expect(Reflect.deleteProperty(d.nations, 99)).toBe(true);
    });
    expect(next.nations.map((n) => n.id)).toEqual(['UKR', 'DEU', 'GBR', 'USA', 'SWE']);
  });

  test('refuses holes and non-record keys in a table', () => {
    expect(
      codeOf(() =>
        edit(ds, (d) => {
          d.aid[10] = at(d.aid, 0);
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        edit(ds, (d) => {
          d.aid.length = 99;
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        edit(ds, (d) => {
          (d.aid as unknown as Record<string, unknown>).label = 'x';
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        edit(ds, (d) => {
          // eslint-disable-next-line @typescript-eslint/no-array-delete -- the hole is the point
          delete d.aid[0];
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  test('gives the recipe the frozen dataset to look things up in', () => {
    edit(ds, (draft, base) => {
      expect(base).toBe(ds);
      expect(Object.isFrozen(base.aid)).toBe(true);
      expect(draft).not.toBe(base);
    });
  });

  test('keeps a label and ignores what the recipe returns', () => {
    const recipe = Object.assign((d: Dataset) => d.nations.push({ id: 'SWE', name: 'Sweden' }), {
      label: 'Sweden',
    });
    expect(edit(ds, recipe).label).toBe('Sweden');
    expect(edit(ds, recipe, { label: 'other' }).label).toBe('other');
    expect(edit(ds, recipe).dataset.nations).toHaveLength(5);
  });

  test('lets errors thrown by the recipe through, changing nothing', () => {
    const boom = new Error('boom');
    expect(
      caught(() =>
        edit(ds, (d) => {
          d.title = 'half-done';
          throw boom;
        }),
      ),
    ).toBe(boom);
    expect(ds.title).toBe('fixture');
  });

  test('throws INVALID_ARGUMENT without a recipe', () => {
    expect(codeOf(() => edit(ds, 'nothing' as unknown as Recipe))).toBe('INVALID_ARGUMENT');
  });

  test('validates and copies a dataset it did not make, leaving it unfrozen', () => {
    const handMade = { ...thaw(ds), aid: [] } as Dataset;
    const result = edit(handMade, (d) => {
      d.title = 'x';
    });
    expect(result.base).toBe(handMade);
    expect(result.dataset.title).toBe('x');
    expect(Object.isFrozen(handMade.organisations[0])).toBe(false);
    expect(Object.isFrozen(result.dataset.organisations[0])).toBe(true);
    expect(edit(handMade, () => undefined).dataset).toBe(handMade);
    (handMade.organisations[0] as { nations?: string[] }).nations = ['ZZZ'];
    expect(issueCodes(() => edit(handMade, () => undefined))).toEqual(['UNKNOWN_REFERENCE']);
  });

  test('stays valid and fast along a chain of edits of a large table', () => {
    let current = dataset(5_000);
    for (let i = 0; i < 50; i++) {
      current = edit(current, (d) => {
        d.aid.push({
          id: `chain-${String(i)}`,
          donor: 'GBR',
          item: 'x',
          stage: 'committed',
          ...(i > 0 ? { supersedes: `chain-${String(i - 1)}` } : {}),
        });
        at(d.aid, i * 97).quantity = i;
      }).dataset;
    }
    expect(current.aid).toHaveLength(5_054);
    expect(parseDataset(current).ok).toBe(true);
    expect(
      issueCodes(() =>
        edit(current, (d) => {
          d.aid.push({ id: 'chain-7', donor: 'GBR', item: 'x', stage: 'committed' });
        }),
      ),
    ).toEqual(['DUPLICATE_ID']);
  });
});

describe('applyPatches', () => {
  const result = edit(ds, (d) => {
    at(d.coalitions, 0).members.push({ party: 'USA', role: 'member', from: '2024-05' });
    at(d.aid, 1).stage = 'cancelled';
    d.version = '2';
    d.agreements.splice(0, 1);
  });

  test('turns the edit back with its inverse patches, and forward with its patches', () => {
    expect(applyPatches(result.dataset, result.inversePatches).dataset).toEqual(ds);
    expect(applyPatches(ds, result.patches).dataset).toEqual(result.dataset);
  });

  test('returns the same dataset for no patches', () => {
    expect(applyPatches(ds, []).dataset).toBe(ds);
  });

  test('appends with the "-" index of JSON Patch', () => {
    const patch: DatasetPatch = {
      op: 'add',
      path: ['nations', '-'],
      value: { id: 'SWE', name: 'Sweden' },
    };
    expect(applyPatches(ds, [patch]).dataset.nations.at(-1)?.id).toBe('SWE');
  });

  test('never keeps the values of the patches it applies', () => {
    const value = { id: 'SWE', name: 'Sweden' };
    const next = applyPatches(ds, [{ op: 'add', path: ['nations', 4], value }]).dataset;
    expect(Object.isFrozen(value)).toBe(false);
    expect(next.nations[4]).not.toBe(value);
  });

  test('parses a patch that replaces the whole dataset', () => {
    const other = smallDataset();
    other.title = 'replaced';
    const replaced = applyPatches(ds, [
      { op: 'replace', path: [], value: other },
      { op: 'replace', path: ['version'], value: '3' },
    ]);
    expect([replaced.dataset.title, replaced.dataset.version]).toEqual(['replaced', '3']);
    expect(replaced.inversePatches).toEqual([{ op: 'replace', path: [], value: ds }]);
    expect(
      issueCodes(() => applyPatches(ds, [{ op: 'replace', path: [], value: { nations: 1 } }])),
    ).toEqual(['INVALID_TYPE']);
  });

  test('refuses malformed patches and paths that do not resolve', () => {
    expect(codeOf(() => applyPatches(ds, 'x' as unknown as DatasetPatch[]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => applyPatches(ds, [{ op: 'move', path: ['title'] } as unknown as DatasetPatch])),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => applyPatches(ds, [{ op: 'remove', path: ['aid', 40] }]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => applyPatches(ds, [{ op: 'add', path: ['aid', 5], value: {} }]))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() =>
        applyPatches(ds, [{ op: 'replace', path: ['aid', 1, 'value', 'amount'], value: 1 }]),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => applyPatches(ds, [{ op: 'add', path: ['aid', 0, '__proto__', 'x'], value: 1 }])),
    ).toBe('INVALID_ARGUMENT');
  });

  test('refuses patches whose result is invalid', () => {
    expect(
      issueCodes(() =>
        applyPatches(ds, [{ op: 'replace', path: ['aid', 0, 'donor'], value: 'ZZZ' }]),
      ),
    ).toEqual(['UNKNOWN_REFERENCE']);
  });
});

test('a loaded fixture is what the tests start from', () => {
  expect(loadDataset(fixture())).toEqual(ds);
});
