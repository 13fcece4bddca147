import type { Clipping } from '../db/types';
import { coverSize, validLogo } from './logo';
import { buildDigest, COVERAGE_COLUMNS, coverageCells, share, TONE_WORDS, type CoverageRow, type DigestItem, type DigestOptions, type ReportChart } from './digest';

/**
 * The digest as a self-contained HTML page designed for printing (the browser's "Simpan sebagai PDF").
 * Every value is text escaped here: stored article HTML is never included.
 */
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`);
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? escape(url) : '#');

const STYLE = `
body { font: 11pt/1.45 "Noto Sans", Arial, sans-serif; color: #111; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 20pt; margin: 0 0 .25rem; } h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.5rem; } h3 { font-size: 12pt; }
.chart { margin: .75rem 0; break-inside: avoid; } .chart img { max-width: 100%; height: auto; } .chart figcaption { font-size: 9pt; color: #555; }
.cover .logo { display: block; margin-bottom: .5rem; }
.cover { border-bottom: 3px solid #1a4d8f; padding-bottom: .75rem; } .muted { color: #555; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: .25rem .6rem; text-align: left; }
ul { padding-left: 1.1rem; } li { margin-bottom: .6rem; break-inside: avoid; } blockquote { margin: .2rem 0 0; color: #333; }
.tone-negatif { color: #a40000; font-weight: 600; } .tone-positif { color: #1d6b2a; font-weight: 600; }
a { color: #1a4d8f; } @page { margin: 18mm; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 8pt; color: #555; word-break: break-all; } h2 { break-after: avoid; } }
`;

function itemHtml(i: DigestItem): string {
  const tone = i.tone ? `<span class="tone-${i.tone}">${TONE_WORDS[i.tone]}</span>` : 'belum diklasifikasi';
  return `<li><a href="${safeUrl(i.url)}"><strong>${escape(i.title)}</strong></a><br><span class="muted">${escape(i.outlet)} · ${escape(i.published)}</span> · Nada: ${tone}${i.programmes ? ` · Program: ${escape(i.programmes)}` : ''}${
    i.summary ? `<blockquote>${escape(i.summary)}</blockquote>` : ''
  }${i.note ? `<div>Catatan: ${escape(i.note)}</div>` : ''}</li>`;
}

function logoHtml(logo: unknown): string {
  const valid = validLogo(logo);
  if (!valid) return '';
  const { width, height } = coverSize(valid);
  return `<img class="logo" src="${valid.dataUrl}" width="${width}" height="${height}" alt="Logo">`;
}

function chartsHtml(charts: ReportChart[] | undefined): string {
  const valid = (charts ?? []).flatMap((c) => {
    const image = validLogo(c.image);
    return image ? [{ title: c.title, image }] : [];
  });
  if (!valid.length) return '';
  return `<h2>Grafik</h2>${valid
    .map(({ title, image }) => `<figure class="chart"><img src="${image.dataUrl}" width="${Math.min(640, image.width)}" alt="${escape(title)}"><figcaption>${escape(title)}</figcaption></figure>`)
    .join('\n')}`;
}

function coverageHtml(title: string, what: string, rows: CoverageRow[], total: number): string {
  if (!rows.length) return '';
  return `<h2>${title}</h2><table><tr><th>${what}</th>${COVERAGE_COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr>${rows
    .map((row) => `<tr><td>${escape(row.name)}</td>${coverageCells(row, total).map((v) => `<td>${v}</td>`).join('')}</tr>`)
    .join('')}</table>\n`;
}

export function digestHtml(clippings: Clipping[], options: DigestOptions): string {
  const d = buildDigest(clippings, options);
  const cell = (n: number) => `<td>${n} (${share(n, d.total)})</td>`;
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Laporan Kliping Media — ${escape(d.office)}</title><style>${STYLE}</style></head>
<body>
<header class="cover">${logoHtml(options.logo)}<h1>Laporan Kliping Media</h1><div><strong>${escape(d.office)}</strong></div><div class="muted">Periode: ${escape(d.period)} · Dibuat ${escape(d.created)}</div></header>
<h2>Ringkasan</h2>
<table><tr><th>Jumlah kliping</th><th>Positif</th><th>Netral</th><th>Negatif</th><th>Belum diklasifikasi</th></tr>
<tr><td>${d.total}</td>${cell(d.tones.positif)}${cell(d.tones.netral)}${cell(d.tones.negatif)}<td>${d.tones.none}</td></tr></table>
${chartsHtml(options.charts)}
<h2>Berita negatif yang perlu ditanggapi</h2>
${d.negative.length ? `<ul>${d.negative.map(itemHtml).join('\n')}</ul>` : '<p>Tidak ada berita negatif pada periode ini.</p>'}
${coverageHtml('Cakupan per program', 'Program', d.programmes, d.total)}${coverageHtml('Cakupan per tokoh', 'Tokoh', d.persons, d.total)}
<h2>Kliping per topik</h2>
${d.topics.map((t) => `<h3>${escape(t.name)} (${t.items.length})</h3><ul>${t.items.map(itemHtml).join('\n')}</ul>`).join('\n')}
</body></html>
`;
}
