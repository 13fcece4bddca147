import { personIdsOf } from '../labels/detect';
import { effectiveTone } from '../classify/tone';
import { effectiveTopic, topicName } from '../classify/taxonomy';
import type { Tone } from '../classify/labels';
import type { Clipping } from '../db/types';
import { formatPublished } from '../format';
import type { OfficeLogo } from './logo';
import { extractiveSummary } from './summary';

/**
 * The morning digest ("Laporan Kliping Media"): one data model (buildDigest), rendered as Markdown here
 * and as printable HTML in digest-html.ts, so every format says the same thing.
 */
export interface DigestOptions {
  office: string;
  /** e.g. "22 November 2026" or "24 jam hingga …". */
  period: string;
  now?: Date;
  /** Display names of programme and person ids (the office's lists); ids are shown without them. */
  names?: { programme: (id: string) => string; person: (id: string) => string; topic?: (id: string) => string };
  /** The office logo for the cover (HTML and DOCX); checked by validLogo before use. */
  logo?: OfficeLogo | null;
  /** Chart images drawn by the page (the dashboard's charts for the period), for HTML and DOCX. */
  charts?: ReportChart[];
}

/** A chart as a PNG image with its title; images are checked like the logo before use. */
export interface ReportChart {
  title: string;
  image: OfficeLogo;
}

export interface DigestItem {
  title: string;
  url: string;
  outlet: string;
  published: string;
  tone: Tone | null;
  summary: string;
  note: string;
  /** Programme names, comma-separated; empty when none. */
  programmes: string;
}

/** One programme's or person's coverage in the period: stories and their tones (share of voice). */
export interface CoverageRow {
  name: string;
  total: number;
  tones: Record<Tone | 'none', number>;
}

export interface Digest {
  office: string;
  period: string;
  created: string;
  total: number;
  tones: Record<Tone | 'none', number>;
  negative: DigestItem[];
  topics: Array<{ name: string; items: DigestItem[] }>;
  programmes: CoverageRow[];
  persons: CoverageRow[];
}

export const TONE_WORDS: Record<Tone, string> = { positif: 'Positif', netral: 'Netral', negatif: 'Negatif' };
const toneOf = (c: Clipping) => effectiveTone(c.classification?.overall ?? null, c.toneOverride).tone;

const IDS = { programme: (id: string) => id, person: (id: string) => id };

function item(c: Clipping, names = IDS): DigestItem {
  return {
    title: c.title,
    url: c.canonicalUrl ?? c.url,
    outlet: c.outlet ?? c.outletDomain ?? '',
    published: formatPublished(c.publishedAt) ?? 'tanggal tidak diketahui',
    tone: toneOf(c),
    summary: c.kind === 'article' ? extractiveSummary(c.title, c.text) : '',
    note: c.note.trim(),
    programmes: (c.programmes ?? []).map(names.programme).join(', '),
  };
}

function coverageRows(live: Clipping[], keysOf: (c: Clipping) => string[], name: (id: string) => string): CoverageRow[] {
  const rows = new Map<string, CoverageRow>();
  for (const c of live) {
    for (const key of new Set(keysOf(c))) {
      const row = rows.get(key) ?? { name: name(key), total: 0, tones: { positif: 0, netral: 0, negatif: 0, none: 0 } };
      row.total += 1;
      row.tones[toneOf(c) ?? 'none'] += 1;
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'id'));
}

export function buildDigest(clippings: Clipping[], options: DigestOptions): Digest {
  const live = clippings.filter((c) => c.deletedAt === null).sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const tones = { positif: 0, netral: 0, negatif: 0, none: 0 };
  for (const c of live) tones[toneOf(c) ?? 'none'] += 1;
  const byTopic = new Map<string, DigestItem[]>();
  for (const c of live) {
    // The officer's topic correction wins; names follow the office's taxonomy when given.
    const id = effectiveTopic(c);
    const topic = id ? (options.names?.topic ?? ((t: string) => topicName(t, 'id')))(id) : 'Belum diklasifikasi';
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), item(c, options.names)]);
  }
  const names = options.names ?? IDS;
  return {
    office: options.office,
    period: options.period,
    created: new Intl.DateTimeFormat('id', { dateStyle: 'long', timeStyle: 'short' }).format(options.now ?? new Date()),
    total: live.length,
    tones,
    negative: live.filter((c) => toneOf(c) === 'negatif').map((c) => item(c, names)),
    programmes: coverageRows(live, (c) => c.programmes ?? [], names.programme),
    persons: coverageRows(live, personIdsOf, names.person),
    topics: [...byTopic].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'id')).map(([name, items]) => ({ name, items })),
  };
}

export const share = (n: number, total: number) => (total ? `${Math.round((100 * n) / total)}%` : '0%');
/** Markdown characters in titles and notes would change the layout; escape them. */
const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();

function markdownItem(i: DigestItem): string {
  const lines = [
    `- **[${md(i.title)}](${i.url})**  `,
    `  ${md(i.outlet)} · ${i.published} · Nada: ${i.tone ? TONE_WORDS[i.tone] : 'belum diklasifikasi'}${i.programmes ? ` · Program: ${md(i.programmes)}` : ''}`,
  ];
  if (i.summary) lines.push(`  > ${md(i.summary)}`);
  if (i.note) lines.push(`  Catatan: ${md(i.note)}`);
  return lines.join('\n');
}

/** The columns of the programme and person tables in every format. */
export const COVERAGE_COLUMNS = ['Berita', 'Porsi', 'Positif', 'Netral', 'Negatif'] as const;
export const coverageCells = (row: CoverageRow, total: number) => [String(row.total), share(row.total, total), String(row.tones.positif), String(row.tones.netral), String(row.tones.negatif)];

function coverageMarkdown(title: string, what: string, rows: CoverageRow[], total: number): string[] {
  if (!rows.length) return [];
  return [
    `## ${title}`,
    '',
    `| ${what} | ${COVERAGE_COLUMNS.join(' | ')} |`,
    `|---|${COVERAGE_COLUMNS.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${md(row.name)} | ${coverageCells(row, total).join(' | ')} |`),
    '',
  ];
}

export function digestMarkdown(clippings: Clipping[], options: DigestOptions): string {
  const d = buildDigest(clippings, options);
  const out = [
    '# Laporan Kliping Media',
    '',
    `**${md(d.office)}** · Periode: ${md(d.period)} · Dibuat ${d.created}`,
    '',
    '## Ringkasan',
    '',
    '| Jumlah kliping | Positif | Netral | Negatif | Belum diklasifikasi |',
    '|---|---|---|---|---|',
    `| ${d.total} | ${d.tones.positif} (${share(d.tones.positif, d.total)}) | ${d.tones.netral} (${share(d.tones.netral, d.total)}) | ${d.tones.negatif} (${share(d.tones.negatif, d.total)}) | ${d.tones.none} |`,
    '',
    '## Berita negatif yang perlu ditanggapi',
    '',
    ...(d.negative.length ? d.negative.map(markdownItem) : ['Tidak ada berita negatif pada periode ini.']),
    '',
    ...coverageMarkdown('Cakupan per program', 'Program', d.programmes, d.total),
    ...coverageMarkdown('Cakupan per tokoh', 'Tokoh', d.persons, d.total),
    '## Kliping per topik',
    '',
  ];
  for (const topic of d.topics) out.push(`### ${md(topic.name)} (${topic.items.length})`, '', ...topic.items.map(markdownItem), '');
  return `${out.join('\n').trimEnd()}\n`;
}
