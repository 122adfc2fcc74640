import type { Dataset } from '../dataset/schema.ts';
import type { AidRecord, AidStage } from '../model/aid.ts';
import type { Coalition, CoalitionMember } from '../model/coalition.ts';
import type { Assignment } from '../model/post.ts';
import { OperationalAuthorityValues, type Relationship } from '../model/relationship.ts';
import type { EntityChange } from './diff.ts';
import { idLookup } from './ids.ts';

/**
 * A reporting line: the operational one (command authorities, `reports-to`, `political-control`),
 * or the administrative or logistic one.
 *
 * @example
 * ```ts
 * import type { ReportingLine } from 'nsatu/edit';
 *
 * const line: ReportingLine = 'ADCON';
 * line // => 'ADCON'
 * ```
 *
 * @category Editing
 */
export type ReportingLine = 'operational' | 'ADCON' | 'LOGCON';

/**
 * What a set of changes means, found by {@link diff}:
 *
 * - `holder-changed`: the people whose tenure of `post` ended or went (`from`) and began or came
 *   (`to`);
 * - `reparented`: `subordinate`'s superiors on a reporting `line` before (`from`) and after (`to`);
 * - `lead-changed`: a coalition's leads that stopped (`from`) and started (`to`);
 * - `membership-changed`: parties that `joined` or `left` a coalition as members;
 * - `stage-changed`: aid record `aid` went `from` one stage `to` another, in place or as a new
 *   record that `supersedes` the old one.
 *
 * Lists are sorted.
 *
 * @example
 * ```ts
 * import type { DiffEvent } from 'nsatu/edit';
 *
 * const event: DiffEvent = { kind: 'lead-changed', coalition: 'coalition-armour', from: [], to: ['POL'] };
 * event.kind // => 'lead-changed'
 * ```
 *
 * @category Editing
 */
export type DiffEvent =
  | {
      /** A post changed hands. */
      readonly kind: 'holder-changed';
      /** Id of the post. */
      readonly post: string;
      /** Ids of the people whose tenure ended or went. */
      readonly from: readonly string[];
      /** Ids of the people whose tenure began or came. */
      readonly to: readonly string[];
    }
  | {
      /** A body changed superior on a reporting line. */
      readonly kind: 'reparented';
      /** Id of the body. */
      readonly subordinate: string;
      /** The reporting line. */
      readonly line: ReportingLine;
      /** Its superiors before. */
      readonly from: readonly string[];
      /** Its superiors after. */
      readonly to: readonly string[];
    }
  | {
      /** A coalition's leads changed. */
      readonly kind: 'lead-changed';
      /** Id of the coalition. */
      readonly coalition: string;
      /** Parties that stopped leading. */
      readonly from: readonly string[];
      /** Parties that started leading. */
      readonly to: readonly string[];
    }
  | {
      /** A coalition's members changed. */
      readonly kind: 'membership-changed';
      /** Id of the coalition. */
      readonly coalition: string;
      /** Parties that became members. */
      readonly joined: readonly string[];
      /** Parties that stopped being members. */
      readonly left: readonly string[];
    }
  | {
      /** An aid record moved to another stage. */
      readonly kind: 'stage-changed';
      /** Id of the record at the new stage. */
      readonly aid: string;
      /** Id of the record it advances, when the new stage is a new record. */
      readonly supersedes?: string;
      /** The stage before. */
      readonly from: AidStage;
      /** The stage after. */
      readonly to: AidStage;
    };

const OPERATIONAL: ReadonlySet<string> = new Set(OperationalAuthorityValues);

function lineOf(authority: string): ReportingLine | undefined {
  if (OPERATIONAL.has(authority)) return 'operational';
  return authority === 'ADCON' || authority === 'LOGCON' ? authority : undefined;
}

/** Ended and started facts of one key (a post, a body on a line, a coalition role). */
class Turnover {
  private readonly entries = new Map<string, { ended: Set<string>; started: Set<string> }>();
  readonly order: string[] = [];

  private entry(key: string): { ended: Set<string>; started: Set<string> } {
    let e = this.entries.get(key);
    if (e === undefined) {
      e = { ended: new Set(), started: new Set() };
      this.entries.set(key, e);
      this.order.push(key);
    }
    return e;
  }

  ended(key: string, who: string): void {
    this.entry(key).ended.add(who);
  }

  started(key: string, who: string): void {
    this.entry(key).started.add(who);
  }

  // The sorted lists of one key, when they differ.
  turned(key: string): { from: string[]; to: string[] } | undefined {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    const from = [...e.ended].filter((x) => !e.started.has(x)).sort();
    const to = [...e.started].filter((x) => !e.ended.has(x)).sort();
    return from.length + to.length === 0 ? undefined : { from, to };
  }
}

/**
 * Sorts a record's versions into ended and started: a removed record ended, an added one started;
 * a changed one ended when it gained an end (or its key changed) and started when it lost one.
 */
function turnover<T extends { readonly until?: string | undefined }>(
  before: T | undefined,
  after: T | undefined,
  keyOf: (record: T) => string | undefined,
  whoOf: (record: T) => string,
  into: Turnover,
): void {
  const kb = before === undefined ? undefined : keyOf(before);
  const ka = after === undefined ? undefined : keyOf(after);
  const moved =
    kb !== ka || (before !== undefined && after !== undefined && whoOf(before) !== whoOf(after));
  if (before !== undefined && kb !== undefined) {
    if (after === undefined || moved || (before.until === undefined && after.until !== undefined)) {
      into.ended(kb, whoOf(before));
    }
  }
  if (after !== undefined && ka !== undefined) {
    if (
      before === undefined ||
      moved ||
      (before.until !== undefined && after.until === undefined)
    ) {
      into.started(ka, whoOf(after));
    }
  }
}

/** Coalition member entries matched by party, role and start. */
function memberTurnover(
  before: Coalition | undefined,
  after: Coalition | undefined,
  into: Turnover,
): void {
  const key = (m: CoalitionMember): string => `${m.party}|${m.role}|${m.from ?? ''}`;
  const previous = new Map((before?.members ?? []).map((m) => [key(m), m]));
  const next = new Map((after?.members ?? []).map((m) => [key(m), m]));
  const id = (after ?? before)?.id as string;
  for (const [k, m] of previous) {
    turnover(
      m,
      next.get(k),
      (x) => `${id}|${x.role}`,
      (x) => x.party,
      into,
    );
  }
  for (const [k, m] of next) {
    if (!previous.has(k))
      turnover(
        undefined,
        m,
        (x) => `${id}|${x.role}`,
        (x) => x.party,
        into,
      );
  }
}

/**
 * Derives the events of a list of entity changes; `b` is the later dataset (for the records an
 * aid record advances).
 *
 * @internal
 */
export function diffEvents(changes: readonly EntityChange[], b: Dataset): DiffEvent[] {
  const holders = new Turnover();
  const lines = new Turnover();
  const members = new Turnover();
  const stages: DiffEvent[] = [];
  const coalitions = new Set<string>();
  for (const change of changes) {
    const before = change.kind === 'added' ? undefined : change.before;
    const after = change.kind === 'removed' ? undefined : change.after;
    switch (change.table) {
      case 'assignments':
        turnover(
          before as Assignment | undefined,
          after as Assignment | undefined,
          (a) => a.post,
          (a) => a.person,
          holders,
        );
        break;
      case 'relationships': {
        const keyOf = (r: Relationship): string | undefined => {
          const line = lineOf(r.authority);
          return line === undefined ? undefined : `${r.subordinate}|${line}`;
        };
        turnover(
          before as Relationship | undefined,
          after as Relationship | undefined,
          keyOf,
          (r) => r.superior,
          lines,
        );
        break;
      }
      case 'coalitions':
        // Entries of a coalition that came or went as a whole are in its own change.
        if (change.kind === 'changed') {
          memberTurnover(before as Coalition, after as Coalition, members);
          coalitions.add(change.id);
        }
        break;
      case 'aid': {
        const record = after as AidRecord | undefined;
        if (record === undefined) break;
        if (before !== undefined) {
          const old = before as AidRecord;
          if (old.stage !== record.stage) {
            stages.push({
              kind: 'stage-changed',
              aid: record.id,
              from: old.stage,
              to: record.stage,
            });
          }
        } else if (record.supersedes !== undefined) {
          const at = idLookup(b.aid).get(record.supersedes);
          const old = at === undefined ? undefined : b.aid[at];
          if (old !== undefined && old.stage !== record.stage) {
            stages.push({
              kind: 'stage-changed',
              aid: record.id,
              supersedes: old.id,
              from: old.stage,
              to: record.stage,
            });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  const events: DiffEvent[] = [];
  for (const post of [...holders.order].sort()) {
    const turned = holders.turned(post);
    if (turned) events.push({ kind: 'holder-changed', post, ...turned });
  }
  for (const key of [...lines.order].sort()) {
    const turned = lines.turned(key);
    const [subordinate, line] = key.split('|') as [string, ReportingLine];
    if (turned && turned.from.length > 0 && turned.to.length > 0) {
      events.push({ kind: 'reparented', subordinate, line, ...turned });
    }
  }
  for (const coalition of [...coalitions].sort()) {
    const leads = members.turned(`${coalition}|lead`);
    if (leads) events.push({ kind: 'lead-changed', coalition, ...leads });
    const plain = members.turned(`${coalition}|member`);
    if (plain) {
      events.push({ kind: 'membership-changed', coalition, joined: plain.to, left: plain.from });
    }
  }
  return events.concat(stages);
}
