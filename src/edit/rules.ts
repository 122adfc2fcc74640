/*
 * The integrity rules of src/dataset/integrity.ts that concern one record, as yes/no questions over
 * id lookups, so an edit checks the records it added without a pass over the others. They only
 * decide; when one fails, the edit runs the full check for the complete list of issues.
 * test/edit/validate.prop.test.ts proves the two agree.
 */
import type { DatasetTable } from '../dataset/schema.ts';
import type { Agreement } from '../model/agreement.ts';
import type { AidRecord } from '../model/aid.ts';
import type { Coalition } from '../model/coalition.ts';
import { compareDates } from '../model/date.ts';
import {
  ENDED_DATE_UNKNOWN,
  intervalEnd,
  intervalStart,
  isReversed,
  type Validity,
} from '../model/interval.ts';
import type { Nation } from '../model/nation.ts';
import type { Organisation } from '../model/organisation.ts';
import type { Assignment, Person, Post } from '../model/post.ts';
import type { Relationship } from '../model/relationship.ts';
import type { Source } from '../model/source.ts';
import type { TrainingProgramme } from '../model/training.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import type { Lookups } from './changes.ts';

interface Cited {
  readonly sources?: readonly string[] | undefined;
}

/**
 * Whether a record's explicit bounds lie within those of what it refers to (integrity's
 * `lifetime`).
 *
 * @internal
 */
export function within(inner: Validity, outer: Validity): boolean {
  if (
    inner.from !== undefined &&
    outer.from !== undefined &&
    intervalStart(inner) < intervalStart(outer)
  ) {
    return false;
  }
  if (outer.until === undefined || outer.until === ENDED_DATE_UNKNOWN) return true;
  if (inner.until === undefined) return false;
  return inner.until === ENDED_DATE_UNKNOWN || intervalEnd(inner) <= intervalEnd(outer);
}

/**
 * The yes/no integrity checks of single records against the edited dataset's lookups.
 *
 * @internal
 */
export class Rules {
  constructor(private readonly lookups: Lookups) {}

  private has(table: DatasetTable, id: string | undefined): boolean {
    return id === undefined || this.lookups.has(table, id);
  }

  private all(table: DatasetTable, ids: readonly string[] | undefined): boolean {
    return ids === undefined || ids.every((id) => this.lookups.has(table, id));
  }

  private party(id: string | undefined): boolean {
    return this.has('nations', id) || this.has('organisations', id);
  }

  private cites(record: Cited): boolean {
    return this.all('sources', record.sources);
  }

  // Whether one record of a table passes every rule that concerns it alone.
  record(table: DatasetTable, row: object): boolean {
    switch (table) {
      case 'sources': {
        const s = row as Source;
        return (
          s.date === undefined || s.accessed === undefined || compareDates(s.accessed, s.date) >= 0
        );
      }
      case 'nations': {
        const n = row as Nation;
        return this.cites(n) && (n.udcg === undefined || !isReversed(n.udcg));
      }
      case 'organisations': {
        const o = row as Organisation;
        return (
          this.cites(o) &&
          !isReversed(o) &&
          this.all('nations', o.nations) &&
          this.has('nations', o.location?.country)
        );
      }
      case 'posts': {
        const p = row as Post;
        const org = this.lookups.get('organisations', p.organisation) as Organisation | undefined;
        return this.cites(p) && !isReversed(p) && org !== undefined && within(p, org);
      }
      case 'persons': {
        const p = row as Person;
        return this.cites(p) && this.has('nations', p.nation);
      }
      case 'assignments': {
        const a = row as Assignment;
        const post = this.lookups.get('posts', a.post) as Post | undefined;
        return (
          this.cites(a) &&
          !isReversed(a) &&
          post !== undefined &&
          this.has('persons', a.person) &&
          within(a, post)
        );
      }
      case 'relationships':
        return this.relationship(row as Relationship);
      case 'coalitions': {
        const c = row as Coalition;
        return (
          this.cites(c) &&
          !isReversed(c) &&
          this.has('organisations', c.coordinatingBody) &&
          c.members.every((m) => this.cites(m) && !isReversed(m) && this.party(m.party))
        );
      }
      case 'agreements': {
        const a = row as Agreement;
        return (
          this.cites(a) &&
          a.parties.every((p) => this.party(p)) &&
          !isReversed({ from: a.signed, until: a.until })
        );
      }
      case 'trainingProgrammes': {
        const t = row as TrainingProgramme;
        return (
          this.cites(t) &&
          !isReversed(t) &&
          this.party(t.lead) &&
          this.has('organisations', t.organisation) &&
          this.all('nations', t.hosts) &&
          (t.partners ?? []).every((p) => this.party(p)) &&
          (t.trainees ?? []).every((r) => this.cites(r))
        );
      }
      case 'ammunitionFamilies':
        return this.cites(row);
      case 'weaponSystems': {
        const w = row as WeaponSystem;
        return (
          this.cites(w) &&
          this.all('ammunitionFamilies', w.ammunition) &&
          (w.variants ?? []).every(
            (v) => this.cites(v) && this.all('ammunitionFamilies', v.ammunition),
          )
        );
      }
      case 'aid':
        return this.aid(row as AidRecord);
    }
  }

  private relationship(r: Relationship): boolean {
    if (r.subordinate === r.superior || !this.cites(r) || isReversed(r)) return false;
    const sub = this.lookups.get('organisations', r.subordinate) as Organisation | undefined;
    const sup = this.lookups.get('organisations', r.superior) as Organisation | undefined;
    return (
      sub !== undefined &&
      sup !== undefined &&
      this.has('posts', r.capacity) &&
      within(r, sub) &&
      within(r, sup)
    );
  }

  private aid(a: AidRecord): boolean {
    if (
      !this.cites(a) ||
      !this.party(a.donor) ||
      !this.party(a.recipient) ||
      !this.has('coalitions', a.coalition) ||
      !this.has('aid', a.supersedes)
    ) {
      return false;
    }
    if (a.system === undefined) return true;
    const system = this.lookups.get('weaponSystems', a.system) as WeaponSystem | undefined;
    if (system === undefined) return false;
    return a.variant === undefined || (system.variants ?? []).some((v) => v.id === a.variant);
  }
}
