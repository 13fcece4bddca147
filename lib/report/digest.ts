import { effectiveTone } from '../classify/tone';
import { topicName } from '../classify/taxonomy';
import type { Tone } from '../classify/labels';
import type { Clipping } from '../db/types';
import { formatPublished } from '../format';
import { extractiveSummary } from './summary';

/** The morning digest ("Laporan Kliping Media") as Markdown: pastes into Word, e-mail or a chat. */
export interface DigestOptions {
  office: string;
  /** e.g. "22 November 2026" or "1–7 November 2026". */
  period: string;
  now?: Date;
}

const TONE_WORDS: Record<Tone, string> = { positif: 'Positif', netral: 'Netral', negatif: 'Negatif' };
const toneOf = (c: Clipping) => effectiveTone(c.classification?.overall ?? null, c.toneOverride).tone;
/** Markdown characters in titles and notes would change the layout; escape them. */
const md = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
const pct = (n: number, total: number) => (total ? `${Math.round((100 * n) / total)}%` : '0%');

function entry(c: Clipping): string {
  const tone = toneOf(c);
  const when = formatPublished(c.publishedAt) ?? 'tanggal tidak diketahui';
  const lines = [`- **[${md(c.title)}](${c.canonicalUrl ?? c.url})**  `, `  ${md(c.outlet ?? c.outletDomain ?? '')} · ${when} · Nada: ${tone ? TONE_WORDS[tone] : 'belum diklasifikasi'}`];
  const summary = c.kind === 'article' ? extractiveSummary(c.title, c.text) : '';
  if (summary) lines.push(`  > ${md(summary)}`);
  if (c.note.trim()) lines.push(`  Catatan: ${md(c.note)}`);
  return lines.join('\n');
}

export function digestMarkdown(clippings: Clipping[], options: DigestOptions): string {
  const live = clippings.filter((c) => c.deletedAt === null);
  const counts = { positif: 0, netral: 0, negatif: 0, none: 0 };
  for (const c of live) counts[toneOf(c) ?? 'none'] += 1;
  const total = live.length;
  const out = [
    '# Laporan Kliping Media',
    '',
    `**${md(options.office)}** · Periode: ${md(options.period)} · Dibuat ${new Intl.DateTimeFormat('id', { dateStyle: 'long', timeStyle: 'short' }).format(options.now ?? new Date())}`,
    '',
    '## Ringkasan',
    '',
    `| Jumlah kliping | Positif | Netral | Negatif | Belum diklasifikasi |`,
    `|---|---|---|---|---|`,
    `| ${total} | ${counts.positif} (${pct(counts.positif, total)}) | ${counts.netral} (${pct(counts.netral, total)}) | ${counts.negatif} (${pct(counts.negatif, total)}) | ${counts.none} |`,
    '',
  ];
  const negative = live.filter((c) => toneOf(c) === 'negatif');
  out.push('## Berita negatif yang perlu ditanggapi', '', ...(negative.length ? negative.map(entry) : ['Tidak ada berita negatif pada periode ini.']), '');

  const byTopic = new Map<string, Clipping[]>();
  for (const c of live) {
    const topic = c.classification?.topic ? topicName(c.classification.topic.label, 'id') : 'Belum diklasifikasi';
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), c]);
  }
  out.push('## Kliping per topik', '');
  for (const [topic, items] of [...byTopic].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'id'))) {
    out.push(`### ${md(topic)} (${items.length})`, '', ...items.sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '')).map(entry), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
