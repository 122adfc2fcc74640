// edit: one domain recipe on a dataset of 100,000 aid records and 10,000 organisations (issue 9),
// with its re-validation, against a full `parseDataset` of the result and against the same change
// written by hand with spreads plus the same incremental check. Extras: other recipes, the first
// edit of a freshly loaded dataset, the whole-dataset integrity check in place of the incremental
// one, and immer on the flat dataset (what the chunked editing form avoids).
import { isDeepStrictEqual } from 'node:util';

import { Immer, enablePatches } from 'immer';

import {
  loadDataset,
  parseDataset,
  type AidRecord,
  type Dataset,
  type DatasetTable,
} from '../src/index.ts';
// The editing modules directly, so the benchmark does not depend on the entry's export list.
import { advanceAidStage, recordAid } from '../src/edit/aid.ts';
import { joinCoalition } from '../src/edit/coalitions.ts';
import { edit, type Recipe } from '../src/edit/edit.ts';
import { addRelationship } from '../src/edit/relationships.ts';
import { checkIntegrity } from '../src/dataset/integrity.ts';
import { tableChanges, type ChangeHint } from '../src/edit/changes.ts';
import { editIsValid } from '../src/edit/validate.ts';
import { generateDataset, type DatasetSize } from './generate.ts';
import type { Benchmark, Mode } from './harness.ts';

const SEED = 1337;

const SIZES: Record<Mode, DatasetSize> = {
  full: { aid: 100_000, organisations: 10_000, relationships: 10_000 },
  smoke: { aid: 200, organisations: 60, relationships: 60 },
};

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

function fail(what: string): never {
  throw new Error(`edit bench: ${what}`);
}

/** The hand-written change: the delivery record, spread from the commitment. */
function delivery(old: AidRecord, date: string): AidRecord {
  const record: AidRecord = {
    ...old,
    id: `${old.id}-delivered`,
    stage: 'delivered',
    date,
    supersedes: old.id,
  };
  delete record.sources;
  delete record.note;
  delete record.confidence;
  delete record.correction;
  return record;
}

/** The same incremental check the edit runs; the hand-written change knows it appended one record. */
function check(ds: Dataset, next: Dataset): Dataset {
  const hints = new Map<DatasetTable, ChangeHint>([['aid', { start: ds.aid.length, tail: 0 }]]);
  if (!editIsValid(ds, next, tableChanges(ds, next, hints))) fail('the change is invalid');
  return next;
}

export const editBench: Benchmark = {
  name: 'edit',
  description:
    'Editing: `edit(ds, advanceAidStage(…))` with its incremental re-validation, against a full `parseDataset` of the result (target: at most a tenth of it) and against the same change written by hand with spreads plus the same incremental check (target: within 3×).',
  target: { baseline: 'spreads', max: 3 },
  setup(mode) {
    const { input } = generateDataset(SEED, SIZES[mode]);
    const ds = loadDataset(input);
    const superseded = new Set(ds.aid.map((a) => a.supersedes));
    const index = ds.aid.findIndex(
      (a) => a.stage === 'committed' && a.date !== undefined && !superseded.has(a.id),
    );
    const old = ds.aid[index] ?? fail('no commitment to advance');
    const date = '2025-12';
    const recipe = advanceAidStage(old.id, { date });

    // Check before timing: the edit is valid and equals the hand-written change.
    const result = edit(ds, recipe).dataset;
    const byHand = check(
      ds,
      Object.freeze({
        ...ds,
        aid: Object.freeze([...ds.aid, Object.freeze(delivery(old, date))]),
      }) as Dataset,
    );
    if (!isDeepStrictEqual(result, byHand)) fail('edit and the hand-written change differ');
    if (!parseDataset(result).ok) fail('the edited dataset does not parse');

    // Other recipes: an aid record, a coalition member, a tie on a line no tie uses yet (so the
    // reporting lines are re-checked), between two bodies that never end.
    const lasting = ds.organisations.filter((o) => o.until === undefined);
    const [first, second] = [lasting[0], lasting.at(-2)];
    const coalition = ds.coalitions[0];
    const recipes: Record<string, Recipe> = {
      recordAid: recordAid({
        id: 'bench-aid',
        donor: 'DEU',
        item: 'Generators',
        quantity: 500,
        stage: 'committed',
        date: '2025-11',
      }),
      ...(coalition === undefined
        ? {}
        : { joinCoalition: joinCoalition(coalition.id, 'eu', { from: '2025-10' }) }),
      ...(first === undefined || second === undefined
        ? {}
        : { addRelationship: addRelationship(second.id, first.id, 'LOGCON', { from: '2025-01' }) }),
    };
    for (const r of Object.values(recipes)) edit(ds, r); // throws if a recipe does not apply

    enablePatches();
    const immer = new Immer({ autoFreeze: true });

    return {
      data:
        `${count(ds.aid.length)} aid records, ${count(ds.organisations.length)} organisations, ` +
        `${count(ds.relationships.length)} relationships, ${count(ds.sources.length)} sources (the parse ` +
        `benchmark's dataset); the recipe appends the delivery of commitment ${old.id}; seed ${SEED}`,
      tasks: {
        nsatu: {
          label: 'edit(ds, advanceAidStage(id, { date }))',
          run: () => edit(ds, recipe),
        },
        baselines: {
          parse: {
            label: 'parseDataset(result)',
            run: () => parseDataset(result),
          },
          spreads: {
            label: 'spreads + the same incremental check',
            run: () => {
              const record = ds.aid[index] as AidRecord;
              const next = Object.freeze({
                ...ds,
                aid: Object.freeze([...ds.aid, Object.freeze(delivery(record, date))]),
              }) as Dataset;
              return check(ds, next);
            },
          },
        },
        extras: {
          parseAgain: {
            label: 'parseDataset(result), timed again to read the first ratio the other way',
            run: () => parseDataset(result),
            versus: 'nsatu',
          },
          check: {
            label: 'the incremental check alone',
            run: () => check(ds, result),
            part: true,
          },
          fullCheck: {
            label: 'edit with checkIntegrity(result) in place of the incremental check',
            run: () => {
              const next = edit(ds, recipe).dataset;
              if (checkIntegrity(next).length > 0) fail('integrity issues');
              return next;
            },
            versus: 'parse',
          },
          cold: {
            label: 'the first edit of a freshly loaded dataset',
            prepare: () => loadDataset(input),
            run: (fresh) => edit(fresh as Dataset, recipe),
            versus: 'parse',
          },
          immerFlat: {
            label: 'immer produceWithPatches on the flat dataset (no validation)',
            run: () =>
              immer.produceWithPatches(ds, (draft) => {
                draft.aid.push(delivery(ds.aid[index] as AidRecord, date));
              }),
            versus: 'nsatu',
          },
          ...Object.fromEntries(
            Object.entries(recipes).map(([name, r]) => [
              name,
              { label: `edit(ds, ${name}(…))`, run: () => edit(ds, r), versus: 'parse' },
            ]),
          ),
        },
      },
    };
  },
};
