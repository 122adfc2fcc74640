/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return -- the hostile-input table deliberately writes wrong types into untyped copies of the fixture */
import { describe, expect, test } from 'vitest';

import {
  DatasetError,
  formatIssue,
  loadDataset,
  parseDataset,
  type DatasetInput,
  type DatasetIssueCode,
  type JsonPath,
} from 'nsatu';
import { caught, smallDataset, deepChain } from '../fixtures/small.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- mutations reach into arbitrary places with arbitrary values
type Draft = Record<string, any>;

const nation = (id: unknown, name: string) => ({ id, name });

function mutated(change: (d: Draft) => void): unknown {
  const d = smallDataset() as Draft;
  change(d);
  return d;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Every object and array reachable from a value, the value included. */
function nodesOf(root: unknown): object[] {
  const nodes: object[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    nodes.push(node);
    stack.push(...(Object.values(node) as unknown[]));
  }
  return nodes;
}

function issuesOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.issues;
}

describe('parseDataset', () => {
  test('accepts the fixture and fills missing tables', () => {
    const result = parseDataset(smallDataset());
    expect(result.ok).toBe(true);
    expect(parseDataset({}).ok).toBe(true);
    const empty = parseDataset({});
    expect(empty.ok && empty.dataset.aid).toEqual([]);
  });

  test('returns a deeply frozen copy and never mutates its input', () => {
    const input = deepFreeze(smallDataset());
    const snapshot = JSON.stringify(input);
    const result = parseDataset(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(result.dataset).not.toBe(input);
    const nodes = nodesOf(result.dataset);
    expect(nodes).toContain(result.dataset.weaponSystems[0]?.variants?.[0]);
    expect(nodes.filter((node) => !Object.isFrozen(node))).toEqual([]);
  });

  test('leaves an unfrozen input unfrozen', () => {
    const input = smallDataset();
    parseDataset(input);
    expect(Object.isFrozen(input.organisations[0])).toBe(false);
  });

  test('round-trips through JSON exactly', () => {
    const first = loadDataset(smallDataset());
    const second = loadDataset(JSON.parse(JSON.stringify(first)));
    expect(second).toEqual(first);
  });

  test('never throws, whatever the input', () => {
    const junk: unknown[] = [
      undefined,
      null,
      0,
      'dataset',
      [],
      [[]],
      new Map(),
      new Date(),
      () => 1,
      Symbol('x'),
      Object.create(null),
      { organisations: 'many' },
      { organisations: [null, 1, 'x', []] },
      { organisations: { 0: { id: 'a' } } },
    ];
    for (const input of junk) {
      const run = () => parseDataset(input);
      expect(run).not.toThrow();
    }
    expect(parseDataset(null).ok).toBe(false);
    expect(parseDataset([]).ok).toBe(false);
  });

  test('never throws on rows that are missing from a JS array', () => {
    const system = { id: 'w', name: 'W', category: 'sp-artillery', capability: 'artillery' };
    const input = { nations: [undefined], weaponSystems: [{ ...system, variants: [undefined] }] };
    expect(issuesOf(input)).toEqual([
      { code: 'REQUIRED', path: ['nations', 0], message: 'Required object is missing' },
      {
        code: 'REQUIRED',
        path: ['weaponSystems', 0, 'variants', 0],
        message: 'Required object is missing',
      },
    ]);
  });

  // The value an issue describes is read from own data properties, never through getters or
  // traps: a proxy may read one way and describe its properties another.
  test.each([null, undefined])(
    'never throws on a proxy whose table reads as an array but is described as %s',
    (described) => {
      const proxy = new Proxy(
        {},
        {
          get: (_, key) => (key === 'nations' ? [{ id: 'UKR', name: 5 }] : undefined),
          getOwnPropertyDescriptor: (_, key) =>
            key === 'nations'
              ? { value: described, writable: true, enumerable: true, configurable: true }
              : undefined,
        },
      );
      expect(issuesOf(proxy)).toEqual([
        { code: 'REQUIRED', path: ['nations', 0, 'name'], message: 'Required string is missing' },
      ]);
    },
  );

  test('reports all problems in one pass, sorted by path', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.nations[0].name = 5;
        d.organisations[1].kind = 'club';
        d.aid[0].system = 'no-such-system';
        d.relationships.push({ id: 'x', subordinate: 'nac', superior: 'nac', authority: 'OPCON' });
      }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'INVALID_TYPE',
      'INVALID_VALUE',
      'CYCLE',
      'UNKNOWN_REFERENCE',
    ]);
  });

  test('does not report knock-on unknown references to a record that failed its shape', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.organisations[3].kind = 'club';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([expect.stringContaining('$.organisations[3].kind')]);
  });

  // Found by test/dataset/integrity.prop.test.ts: a second weapon system with a taken id but no
  // variants hid the first one's variants, so aid naming one of them was reported as well.
  test('does not report knock-on unknown variants of a system whose id is taken twice', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.weaponSystems.push({ ...d.weaponSystems[0], variants: undefined });
      }),
    );
    expect(issues.map(formatIssue)).toEqual([expect.stringContaining('$.weaponSystems[1].id')]);
  });

  test('does not take an id that is not a string for the id of a refused record', () => {
    const issues = issuesOf({ nations: [nation(5, 'A'), nation(5, 'B')] });
    expect(issues.map(formatIssue)).toEqual([
      '$.nations[0].id: Expected string, got a number [INVALID_TYPE]',
      '$.nations[1].id: Expected string, got a number [INVALID_TYPE]',
    ]);
  });

  test('knows the variants of a weapon system that failed its shape', () => {
    const issues = issuesOf(
      mutated((d) => {
        const variants = [{ id: 'pzh-2000-ua', name: 'PzH 2000 UA' }];
        d.weaponSystems.push({ ...d.weaponSystems[0], name: 5, variants });
        d.aid[0].variant = 'pzh-2000-ua';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      '$.weaponSystems[1].id: Duplicate id "pzh-2000" in weaponSystems [DUPLICATE_ID]',
      '$.weaponSystems[1].name: Expected string, got a number [INVALID_TYPE]',
    ]);
  });

  test('knows variants only of weapon systems, not of other refused records', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.nations[1].variants = [{ id: 'pzh-2000-ua' }];
        d.aid[0].variant = 'pzh-2000-ua';
      }),
    );
    expect(issues.map(formatIssue)).toEqual([
      '$.nations[1].variants: Unknown key "variants" [UNKNOWN_KEY]',
      '$.aid[0].variant: "pzh-2000-ua" is not a variant of weapon system "pzh-2000" [UNKNOWN_REFERENCE]',
    ]);
  });

  // Found by test/dataset/integrity.prop.test.ts: a second post with a taken id lent its own
  // lifetime to the first one's holders, reported as outside it.
  test('does not report knock-on lifetimes of a post whose id is taken twice', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.posts.push({ ...d.posts[1], id: 'saceur' });
      }),
    );
    expect(issues.map(formatIssue)).toEqual([expect.stringContaining('$.posts[3].id')]);
  });

  test('is safe against prototype pollution', () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":true},"organisations":[{"id":"a","name":"A","kind":"command","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]}',
    ) as unknown;
    const issues = issuesOf(input);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_KEY', ['__proto__']],
      ['UNKNOWN_KEY', ['organisations', 0, '__proto__']],
      ['UNKNOWN_KEY', ['organisations', 0, 'constructor']],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('handles deeply nested junk without recursion trouble', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { nested: deep };
    const issues = issuesOf({
      organisations: [{ id: 'a', name: 'A', kind: 'command', junk: deep }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('UNKNOWN_KEY');
    let deepArray: unknown = [];
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    expect(issuesOf({ organisations: deepArray })[0]?.code).toBe('INVALID_TYPE');
  });
});

interface HostileCase {
  readonly name: string;
  readonly input: unknown;
  readonly code: DatasetIssueCode;
  readonly path: JsonPath;
}

const huge = 'x'.repeat(1_000_000);

const hostile: HostileCase[] = [
  {
    name: 'a table that is not an array',
    input: mutated((d) => (d.nations = {})),
    code: 'INVALID_TYPE',
    path: ['nations'],
  },
  {
    name: 'a record that is not an object',
    input: mutated((d) => (d.nations[1] = 'DEU')),
    code: 'INVALID_TYPE',
    path: ['nations', 1],
  },
  {
    name: 'a number where a string belongs',
    input: mutated((d) => (d.organisations[0].name = 42)),
    code: 'INVALID_TYPE',
    path: ['organisations', 0, 'name'],
  },
  {
    name: 'an array where an object belongs',
    input: mutated((d) => (d.organisations[3].location = [])),
    code: 'INVALID_TYPE',
    path: ['organisations', 3, 'location'],
  },
  {
    name: 'a missing required field',
    input: mutated((d) => delete d.posts[0].organisation),
    code: 'REQUIRED',
    path: ['posts', 0, 'organisation'],
  },
  {
    name: 'a missing id',
    input: mutated((d) => delete d.persons[0].id),
    code: 'REQUIRED',
    path: ['persons', 0, 'id'],
  },
  {
    name: 'an unknown key at the top',
    input: mutated((d) => (d.extra = 1)),
    code: 'UNKNOWN_KEY',
    path: ['extra'],
  },
  {
    name: 'an unknown key deep inside',
    input: mutated((d) => (d.coalitions[0].members[0].weight = 1)),
    code: 'UNKNOWN_KEY',
    path: ['coalitions', 0, 'members', 0, 'weight'],
  },
  {
    name: 'a constructor key',
    input: mutated((d) => (d.aid[0].constructor = 'x')),
    code: 'UNKNOWN_KEY',
    path: ['aid', 0, 'constructor'],
  },
  {
    name: 'a huge string',
    input: mutated((d) => (d.organisations[0].name = huge)),
    code: 'TOO_BIG',
    path: ['organisations', 0, 'name'],
  },
  {
    name: 'a huge id',
    input: mutated((d) => (d.sources[1].id = 'a'.repeat(200))),
    code: 'TOO_BIG',
    path: ['sources', 1, 'id'],
  },
  {
    name: 'an empty name',
    input: mutated((d) => (d.organisations[0].name = '')),
    code: 'TOO_SMALL',
    path: ['organisations', 0, 'name'],
  },
  {
    name: 'an id that is not kebab-case',
    input: mutated((d) => (d.organisations[0].id = 'North_Atlantic')),
    code: 'INVALID_FORMAT',
    path: ['organisations', 0, 'id'],
  },
  {
    name: 'a nation code in lower case',
    input: mutated((d) => (d.nations[0].id = 'ukr')),
    code: 'INVALID_FORMAT',
    path: ['nations', 0, 'id'],
  },
  {
    name: 'an unknown enum value',
    input: mutated((d) => (d.relationships[0].authority = 'command')),
    code: 'INVALID_VALUE',
    path: ['relationships', 0, 'authority'],
  },
  {
    name: '2024-02-30',
    input: mutated((d) => (d.organisations[0].from = '2024-02-30')),
    code: 'INVALID_DATE',
    path: ['organisations', 0, 'from'],
  },
  {
    name: '2024-13',
    input: mutated((d) => (d.assignments[0].from = '2024-13')),
    code: 'INVALID_DATE',
    path: ['assignments', 0, 'from'],
  },
  {
    name: '24-07-10',
    input: mutated((d) => (d.agreements[0].signed = '24-07-10')),
    code: 'INVALID_FORMAT',
    path: ['agreements', 0, 'signed'],
  },
  {
    name: 'a bad until',
    input: mutated((d) => (d.assignments[0].until = 'soon')),
    code: 'INVALID_DATE',
    path: ['assignments', 0, 'until'],
  },
  {
    name: 'NaN quantity',
    input: mutated((d) => (d.aid[0].quantity = Number.NaN)),
    code: 'INVALID_NUMBER',
    path: ['aid', 0, 'quantity'],
  },
  {
    name: 'Infinity amount',
    input: mutated((d) => (d.aid[2].value.amount = Number.POSITIVE_INFINITY)),
    code: 'INVALID_NUMBER',
    path: ['aid', 2, 'value', 'amount'],
  },
  {
    name: '-Infinity pledge',
    input: mutated((d) => (d.agreements[0].pledges[0].value.amount = Number.NEGATIVE_INFINITY)),
    code: 'INVALID_NUMBER',
    path: ['agreements', 0, 'pledges', 0, 'value', 'amount'],
  },
  {
    name: '-0 amount',
    input: mutated((d) => (d.aid[2].value.amount = -0)),
    code: 'INVALID_NUMBER',
    path: ['aid', 2, 'value', 'amount'],
  },
  {
    name: 'a negative quantity outside a correction',
    input: mutated((d) => (d.aid[0].quantity = -3)),
    code: 'NEGATIVE_AMOUNT',
    path: ['aid', 0, 'quantity'],
  },
  {
    name: 'a negative amount outside a correction',
    input: mutated((d) => (d.aid[2].value.amount = -3)),
    code: 'NEGATIVE_AMOUNT',
    path: ['aid', 2, 'value', 'amount'],
  },
  {
    name: 'a negative pledge',
    input: mutated((d) => (d.agreements[0].pledges[0].value.amount = -1)),
    code: 'TOO_SMALL',
    path: ['agreements', 0, 'pledges', 0, 'value', 'amount'],
  },
  {
    name: 'mixed currencies in one field',
    input: mutated((d) => (d.aid[2].value.currency = 'EUR/USD')),
    code: 'INVALID_FORMAT',
    path: ['aid', 2, 'value', 'currency'],
  },
  {
    name: 'two amounts in one money field',
    input: mutated(
      (d) =>
        (d.aid[2].value = [
          { amount: 1, currency: 'EUR' },
          { amount: 1, currency: 'USD' },
        ]),
    ),
    code: 'INVALID_TYPE',
    path: ['aid', 2, 'value'],
  },
  {
    name: 'an unknown currency',
    input: mutated((d) => (d.aid[2].value.currency = 'XYZ')),
    code: 'INVALID_VALUE',
    path: ['aid', 2, 'value', 'currency'],
  },
  {
    name: 'an aid record with nothing given',
    input: mutated((d) => (d.aid[0] = { id: 'x', donor: 'DEU', stage: 'committed' })),
    code: 'REQUIRED',
    path: ['aid', 0, 'item'],
  },
  {
    name: 'a duplicate id',
    input: mutated((d) => d.organisations.push({ ...d.organisations[0] })),
    code: 'DUPLICATE_ID',
    path: ['organisations', 8, 'id'],
  },
  {
    name: 'a duplicate variant id',
    input: mutated((d) => d.weaponSystems[0].variants.push({ id: 'pzh-2000-nl', name: 'again' })),
    code: 'DUPLICATE_ID',
    path: ['weaponSystems', 0, 'variants', 1, 'id'],
  },
  {
    name: 'a dangling superior',
    input: mutated((d) => (d.relationships[0].superior = 'nowhere')),
    code: 'UNKNOWN_REFERENCE',
    path: ['relationships', 0, 'superior'],
  },
  {
    name: 'a dangling source',
    input: mutated((d) => (d.organisations[0].sources = ['nope'])),
    code: 'UNKNOWN_REFERENCE',
    path: ['organisations', 0, 'sources', 0],
  },
  {
    name: 'a dangling donor',
    input: mutated((d) => (d.aid[0].donor = 'FRA')),
    code: 'UNKNOWN_REFERENCE',
    path: ['aid', 0, 'donor'],
  },
  {
    name: 'a variant of another system',
    input: mutated((d) => (d.aid[0].variant = 'leopard-2a6')),
    code: 'UNKNOWN_REFERENCE',
    path: ['aid', 0, 'variant'],
  },
  {
    name: 'a dangling capacity post',
    input: mutated((d) => (d.relationships[2].capacity = 'commander-useucom')),
    code: 'UNKNOWN_REFERENCE',
    path: ['relationships', 2, 'capacity'],
  },
  {
    name: 'a dangling ammunition family',
    input: mutated((d) => (d.weaponSystems[0].ammunition = ['152mm-soviet'])),
    code: 'UNKNOWN_REFERENCE',
    path: ['weaponSystems', 0, 'ammunition', 0],
  },
  {
    name: 'a self-loop',
    input: mutated((d) => (d.relationships[0].superior = 'military-committee')),
    code: 'CYCLE',
    path: ['relationships', 0, 'superior'],
  },
  {
    name: 'a 2-cycle',
    input: mutated((d) =>
      d.relationships.push({
        id: 'nac-mc',
        subordinate: 'nac',
        superior: 'military-committee',
        authority: 'OPCON',
      }),
    ),
    code: 'CYCLE',
    path: ['relationships', 0, 'superior'],
  },
  {
    name: 'an interval ending before it starts',
    input: mutated((d) => (d.assignments[0].until = '2021')),
    code: 'INTERVAL_ORDER',
    path: ['assignments', 0, 'until'],
  },
  {
    name: 'an agreement expiring before signature',
    input: mutated((d) => (d.agreements[0].until = '2023')),
    code: 'INTERVAL_ORDER',
    path: ['agreements', 0, 'until'],
  },
  {
    name: 'a tie before its subordinate existed',
    input: mutated((d) => (d.relationships[2].from = '2024-06')),
    code: 'OUTSIDE_LIFETIME',
    path: ['relationships', 2, 'from'],
  },
  {
    name: 'two superiors on one line at one time',
    input: mutated((d) =>
      d.relationships.push({
        id: 'nsatu-eucom',
        subordinate: 'nsatu',
        superior: 'useucom',
        authority: 'reports-to',
        from: '2025',
      }),
    ),
    code: 'MULTIPLE_SUPERIORS',
    path: ['relationships', 6, 'superior'],
  },
  {
    name: 'two holders of a one-holder post',
    input: mutated((d) =>
      d.assignments.push({ id: 'a6', post: 'saceur', person: 'curtis-buzzard', from: '2025-01' }),
    ),
    code: 'MULTIPLE_HOLDERS',
    path: ['assignments', 5, 'person'],
  },
];

describe('parseDataset on hostile input', () => {
  test.each(hostile)('refuses $name with $code at its path', ({ input, code, path }) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => ({ code: i.code, path: i.path }))).toContainEqual({ code, path });
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message.length).toBeLessThan(500);
    }
  });
});

describe('parseDataset integrity over time', () => {
  test('reports what outlives the organisation it belongs to, with its path and why', () => {
    const issuesWith = (tieUntil: string | undefined) => {
      const d = smallDataset();
      const nsatu = d.organisations[3];
      const tie = d.relationships[2];
      if (nsatu === undefined || tie === undefined) throw new Error('fixture changed');
      d.organisations[3] = { ...nsatu, until: '2026' };
      d.relationships[2] = tieUntil === undefined ? tie : { ...tie, until: tieUntil };
      const result = parseDataset(d);
      return result.ok
        ? []
        : result.issues.map(({ code, path, message }) => ({ code, path, message }));
    };
    const others = [
      ['posts', 1, 'organisation'],
      ['relationships', 3, 'subordinate'],
      ['relationships', 5, 'subordinate'],
    ].map(([table, index, what]) => ({
      code: 'OUTSIDE_LIFETIME',
      path: [table, index],
      message: `Ongoing, but ${String(what)} "nsatu" ended 2026`,
    }));
    const tie = (path: (string | number)[], message: string) => ({
      code: 'OUTSIDE_LIFETIME',
      path,
      message,
    });
    expect(issuesWith(undefined)).toEqual([
      others[0],
      tie(['relationships', 2], 'Ongoing, but subordinate "nsatu" ended 2026'),
      ...others.slice(1),
    ]);
    expect(issuesWith('2027')).toEqual([
      others[0],
      tie(['relationships', 2, 'until'], 'Lasts until 2027, after subordinate "nsatu" ended 2026'),
      ...others.slice(1),
    ]);
    // Ending with it, or at an unknown date, is within its lifetime.
    expect(issuesWith('2026')).toEqual(others);
    expect(issuesWith('unknown')).toEqual(others);
  });
  test('accepts a change of superior when the intervals only touch', () => {
    const input = mutated((d) => {
      d.relationships[4].until = '2025-01';
      d.relationships.push({
        id: 'x',
        subordinate: 'sag-u',
        superior: 'nsatu',
        authority: 'reports-to',
        from: '2025-01',
      });
    });
    expect(parseDataset(input).ok).toBe(true);
  });
  test('accepts a reversal of a tie when the two never coexist', () => {
    const input = mutated((d) => {
      d.relationships.push({
        id: 'old',
        subordinate: 'sag-u',
        superior: 'nsatu',
        authority: 'OPCON',
        from: '2024-12',
        until: '2025',
      });
      d.relationships.push({
        id: 'new',
        subordinate: 'nsatu',
        superior: 'sag-u',
        authority: 'OPCON',
        from: '2025',
      });
    });
    expect(parseDataset(input).ok).toBe(true);
  });
  test('finds a cycle that exists only for part of the time', () => {
    const input = mutated((d) => {
      d.relationships.push({
        id: 'old',
        subordinate: 'sag-u',
        superior: 'nsatu',
        authority: 'OPCON',
        from: '2024-12',
        until: '2025-06',
      });
      d.relationships.push({
        id: 'new',
        subordinate: 'nsatu',
        superior: 'sag-u',
        authority: 'OPCON',
        from: '2025',
      });
    });
    const issues = issuesOf(input);
    expect(issues.map((i) => i.code)).toEqual(['CYCLE']);
    expect(issues[0]?.message).toContain('2025-01-01');
    expect(issues[0]?.related).toHaveLength(1);
  });
  test('keeps parallel lines apart: ADCON and operational ties may point different ways', () => {
    const input = mutated((d) => {
      d.relationships.push({
        id: 'x',
        subordinate: 'useucom',
        superior: 'sag-u',
        authority: 'ADCON',
        from: '2025',
      });
    });
    expect(parseDataset(input).ok).toBe(true);
  });
  test('finds a cycle across operational authorities', () => {
    const input = mutated((d) => {
      d.relationships.push({ id: 'x', subordinate: 'nac', superior: 'shape', authority: 'TACON' });
    });
    expect(issuesOf(input).map((i) => i.code)).toEqual(['CYCLE']);
  });
  test('finds a cycle a thousand ties long', () => {
    const n = 1000;
    const organisations = Array.from({ length: n }, (_, i) => ({
      id: `o${String(i)}`,
      name: `O${String(i)}`,
      kind: 'command' as const,
    }));
    const relationships = organisations.map((o, i) => ({
      id: `r${String(i)}`,
      subordinate: o.id,
      superior: `o${String((i + 1) % n)}`,
      authority: 'reports-to' as const,
    }));
    const issues = issuesOf({ organisations, relationships });
    expect(issues.map((i) => i.code)).toEqual(['CYCLE']);
    expect(issues[0]?.related).toHaveLength(n - 1);
  });
  test('resolves a chain 200,000 ties deep without recursion', () => {
    const n = 200_000;
    const { organisations, relationships } = deepChain(n);
    expect(parseDataset({ organisations, relationships }).ok).toBe(true);
  });
  test('allows an acting holder beside the substantive one', () => {
    const input = mutated((d) => {
      d.assignments.push({
        id: 'a6',
        post: 'saceur',
        person: 'curtis-buzzard',
        from: '2025-01',
        until: '2025-02',
        acting: true,
      });
    });
    expect(parseDataset(input).ok).toBe(true);
  });
});

describe('loadDataset', () => {
  test('returns the dataset when valid', () => {
    expect(loadDataset(smallDataset() satisfies DatasetInput).organisations).toHaveLength(8);
  });
  test('throws DatasetError with every issue', () => {
    const input = mutated((d) => {
      d.nations[0].id = 'ukr';
      d.organisations[0].kind = 'club';
    });
    const error = caught(() => loadDataset(input));
    expect(error).toBeInstanceOf(DatasetError);
    const e = error as DatasetError;
    expect(e.code).toBe('INVALID_DATASET');
    expect(e.issues.length).toBeGreaterThanOrEqual(2);
    expect(e.message).toContain('more');
  });
});
