import {
  NsatuError,
  explainChain,
  fragmentation,
  summarizeAid,
  toSidc,
  type Dataset,
  type PartialDate,
} from '../index.ts';
import { toDot, toVegaLite, type VegaLiteOptions } from '../export/index.ts';
import { checkDate } from '../model/date.ts';
import { dotToSvg, loadRenderers, vegaLiteToSvg, type Renderers } from './htmlCharts.ts';
import { escapeHtml, htmlPage, linkTo, tableToHtml, type HtmlSection } from './htmlPage.ts';
import { aidCredit, nameOf, reportTables } from './report.ts';
import type { Table } from './table.ts';

/**
 * Options of {@link renderHtmlReport}.
 *
 * @internal
 */
export interface HtmlReportOptions {
  /** The date the report answers as of. Default: the dataset's `asOf`. */
  readonly asOf: PartialDate | undefined;
}

const CHART_WIDTH = 420;

type Row = Readonly<Record<string, string | number>>;

async function chartOrNote(
  r: Renderers,
  rows: readonly Row[],
  options: VegaLiteOptions,
  prefix: string,
): Promise<string> {
  if (rows.length === 0) return '<p class="note">Nothing to chart.</p>';
  const spec = toVegaLite(rows, { width: CHART_WIDTH, ...options });
  const svg = await vegaLiteToSvg(r, { ...spec, background: 'white' }, prefix);
  return `<figure role="img" aria-label="${escapeHtml(options.title ?? '')}">${svg}</figure>`;
}

function pair(chart: string, table: Table): string {
  return `<div class="pair">\n<div>${chart}</div>\n<div>${tableToHtml(table)}</div>\n</div>`;
}

function commandChart(r: Renderers, ds: Dataset, asOf: PartialDate): string {
  let dot: string;
  try {
    dot = toDot(ds, { asOf });
  } catch (error) {
    if (!(error instanceof NsatuError)) throw error;
    return `<p class="note">No chart: ${escapeHtml(error.message)}</p>`;
  }
  const sidcs = new Map<string, string>();
  for (const org of ds.organisations) {
    const sidc = toSidc(org);
    if (sidc !== undefined) sidcs.set(org.id, sidc);
  }
  const { svg, symbols } = dotToSvg(r, dot, sidcs, 'command');
  const legend = symbols.length
    ? `<div class="scroll"><table>\n<caption>NATO symbols (APP-6 / MIL-STD-2525, drawn with milsymbol)</caption>\n<thead><tr><th scope="col">symbol</th><th scope="col">organisation</th><th scope="col">SIDC</th></tr></thead>\n<tbody>\n${symbols
        .map((s) => {
          const org = ds.organisations.find((o) => o.id === s.id);
          const name = org ? `${org.name}${org.shortName ? ` (${org.shortName})` : ''}` : s.id;
          return `<tr><td class="sym">${s.svg}</td><td>${escapeHtml(name)}</td><td><code>${escapeHtml(s.sidc)}</code></td></tr>`;
        })
        .join('\n')}\n</tbody>\n</table></div>`
    : '';
  return `<figure>${svg}<figcaption>Organisations active on ${escapeHtml(asOf)} and the ties between them (laid out by Graphviz). Arrows run from subordinate to superior, labelled with the authority: bold for command authorities, solid for reporting and political control, dashed for lateral ties; a double frame marks an organisation whose head is dual-hatted.</figcaption></figure>\n${legend}`;
}

function chainSection(ds: Dataset, asOf: PartialDate, table: Table): string {
  if (!ds.organisations.some((o) => o.id === 'nsatu')) return tableToHtml(table);
  let why: string;
  try {
    why = `<ol class="why">${explainChain(ds, 'nsatu', { asOf })
      .map((line) => `<li>${escapeHtml(line)}</li>`)
      .join('\n')}</ol>`;
  } catch (error) {
    if (!(error instanceof NsatuError)) throw error;
    why = '';
  }
  return `${tableToHtml(table)}\n${why ? `<p>Why each link holds:</p>\n${why}` : ''}`;
}

function sourcesSection(ds: Dataset): string {
  const items = ds.sources.map((s) => {
    const parts = [
      `${s.publisher === undefined ? '' : `${escapeHtml(s.publisher)}: `}${linkTo(s.title, s.url)}${s.date === undefined ? '' : ` (${escapeHtml(s.date)})`}.`,
    ];
    if (s.url !== undefined && !/^https?:\/\//i.test(s.url)) parts.push(escapeHtml(s.url));
    if (s.citation !== undefined) parts.push(`Cite: ${escapeHtml(s.citation)}`);
    if (s.licence !== undefined) parts.push(`Licence: ${escapeHtml(s.licence)}`);
    return `<li>${parts.join(' ')}</li>`;
  });
  const licence = ds.licence === undefined ? '' : ` Licence: ${escapeHtml(ds.licence)}.`;
  const credit = aidCredit(ds);
  return [
    `<p>Every record of the dataset cites its sources; these are all ${String(ds.sources.length)} of them.${licence}</p>`,
    credit ? `<p>${escapeHtml(credit)}</p>` : '',
    `<ol class="sources">\n${items.join('\n')}\n</ol>`,
  ].join('\n');
}

function topDonors(ds: Dataset, asOf: PartialDate): Row[] {
  if (!ds.aid.some((a) => a.stage === 'allocated')) return [];
  // As the report's table orders them: by EUR, then by id.
  return summarizeAid(ds, { by: ['donor'], stage: 'allocated', asOf })
    .map((r) => ({ donor: r.donor, eur: (r.value as Record<string, number>).EUR ?? 0 }))
    .sort((a, b) => b.eur - a.eur || (a.donor < b.donor ? -1 : 1))
    .slice(0, 10)
    .filter((r) => r.eur > 0)
    .map((r) => ({ donor: nameOf(ds, r.donor), 'EUR bn': Math.round(r.eur / 1e7) / 100 }));
}

/**
 * Renders the report as one self-contained HTML page that needs no network to view: the command
 * chart (Graphviz, with NATO symbols from milsymbol), NSATU's chain and why each link holds, post
 * holders, coalitions, agreements, training, aid by donor and by stage and fragmentation per
 * capability (Vega charts and tables), and the sources. Inline CSS, no scripts; every dataset
 * string escaped; the same dataset and date always give the same bytes.
 *
 * The rendering libraries are optional packages loaded here only, with dynamic `import()`.
 *
 * @internal
 */
export async function renderHtmlReport(ds: Dataset, options: HtmlReportOptions): Promise<string> {
  const given = options.asOf ?? ds.asOf;
  if (given === undefined) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      'asOf is required: the dataset has no asOf of its own',
    );
  }
  const asOf = checkDate('asOf', given);
  const r = await loadRenderers();
  const t = reportTables(ds, asOf);
  const stages = summarizeAid(ds, { by: ['stage'], asOf }).map((s) => ({
    stage: s.stage,
    records: s.records,
  }));
  const spread = fragmentation(ds, { by: 'capability', asOf }).flatMap((f) =>
    f.effectiveTypes === null
      ? []
      : [{ capability: f.key, 'effective types': Math.round(f.effectiveTypes * 100) / 100 }],
  );
  const credit = aidCredit(ds);
  const byDonor = await chartOrNote(
    r,
    topDonors(ds, asOf),
    { x: 'EUR bn', y: 'donor', title: 'Military allocations, top 10 donors (EUR bn)' },
    'donors',
  );
  const byStage = await chartOrNote(
    r,
    stages,
    { x: 'records', y: 'stage', title: 'Aid records by stage' },
    'stages',
  );
  const bySpread = await chartOrNote(
    r,
    spread,
    { x: 'effective types', y: 'capability', title: 'Effective number of weapon types' },
    'fragmentation',
  );
  const sections: HtmlSection[] = [
    { id: 'chart', heading: 'Command chart', body: commandChart(r, ds, asOf) },
    { id: 'chain', heading: "NSATU's reporting chain", body: chainSection(ds, asOf, t.chain) },
    { id: 'posts', heading: 'Post holders', body: tableToHtml(t.posts) },
    { id: 'coalitions', heading: 'Coalitions and leads', body: tableToHtml(t.coalitions) },
    { id: 'agreements', heading: 'Security agreements', body: tableToHtml(t.agreements) },
    { id: 'training', heading: 'Training', body: tableToHtml(t.training) },
    {
      id: 'aid',
      heading: 'Aid',
      body: [
        pair(byDonor, t.aidByDonor),
        pair(byStage, t.aidByStage),
        credit ? `<p class="note">${escapeHtml(credit)} See the sources below.</p>` : '',
      ].join('\n'),
    },
    { id: 'fragmentation', heading: 'Fragmentation', body: pair(bySpread, t.weaponTypes) },
    { id: 'dataset', heading: 'Dataset', body: tableToHtml(t.overview) },
    { id: 'sources', heading: 'Sources', body: sourcesSection(ds) },
  ];
  const title = `${ds.title ?? 'nsatu dataset'}: report as of ${asOf}`;
  const meta = `Dataset version ${ds.version ?? '-'}, data as of ${ds.asOf ?? '-'}; report as of ${asOf}.`;
  return htmlPage(title, meta, sections);
}
