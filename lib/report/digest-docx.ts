import { BorderStyle, Document, ExternalHyperlink, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Clipping } from '../db/types';
import { coverSize, validLogo } from './logo';
import { buildDigest, COVERAGE_COLUMNS, coverageCells, share, TONE_WORDS, type CoverageRow, type DigestItem, type DigestOptions, type ReportChart } from './digest';

/**
 * The digest as a Word document, for offices that edit the morning report before sending it on.
 * Same data model as the Markdown and HTML digests (buildDigest); the docx library writes the OOXML,
 * so titles and notes are plain text runs and cannot inject markup.
 */
const TONE_COLOURS = { negatif: 'A40000', netral: '444444', positif: '1D6B2A' } as const;
const MUTED = '555555';

function itemParagraphs(i: DigestItem): Paragraph[] {
  const title = new TextRun({ text: i.title, bold: true, style: /^https?:\/\//i.test(i.url) ? 'Hyperlink' : undefined });
  const paragraphs = [
    new Paragraph({ bullet: { level: 0 }, keepNext: true, children: [/^https?:\/\//i.test(i.url) ? new ExternalHyperlink({ link: i.url, children: [title] }) : title] }),
    new Paragraph({
      indent: { left: 360 },
      keepNext: Boolean(i.summary || i.note),
      children: [
        new TextRun({ text: `${i.outlet} · ${i.published} · Nada: `, color: MUTED }),
        i.tone ? new TextRun({ text: TONE_WORDS[i.tone], bold: true, color: TONE_COLOURS[i.tone] }) : new TextRun({ text: 'belum diklasifikasi', color: MUTED }),
        ...(i.programmes ? [new TextRun({ text: ` · Program: ${i.programmes}`, color: MUTED })] : []),
      ],
    }),
  ];
  if (i.summary) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: i.summary, italics: true })] }));
  if (i.note) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `Catatan: ${i.note}` })] }));
  return paragraphs;
}

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

function logoDocx(logo: unknown): Paragraph[] {
  const valid = validLogo(logo);
  if (!valid) return [];
  const type = valid.dataUrl.startsWith('data:image/png') ? 'png' : 'jpg';
  return [new Paragraph({ children: [new ImageRun({ type, data: valid.dataUrl, transformation: coverSize(valid), altText: { name: 'Logo', description: 'Logo kantor', title: 'Logo' } })] })];
}

function chartsDocx(charts: ReportChart[] | undefined): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const chart of charts ?? []) {
    const image = validLogo(chart.image);
    if (!image) continue;
    // 600 px wide (about 16 cm) fits the page between the margins.
    const width = Math.min(600, image.width);
    const size = { width, height: Math.round((width * image.height) / image.width) };
    paragraphs.push(
      new Paragraph({ keepNext: true, children: [new ImageRun({ type: 'png', data: image.dataUrl, transformation: size, altText: { name: chart.title, description: chart.title, title: chart.title } })] }),
      new Paragraph({ children: [new TextRun({ text: chart.title, color: MUTED, size: 18 })] }),
    );
  }
  return paragraphs.length ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Grafik')] }), ...paragraphs] : [];
}

function coverageDocx(title: string, what: string, rows: CoverageRow[], total: number): Array<Paragraph | Table> {
  if (!rows.length) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [what, ...COVERAGE_COLUMNS].map((h) => cell(h, true)) }),
        ...rows.map((row) => new TableRow({ children: [row.name, ...coverageCells(row, total)].map((v) => cell(v)) })),
      ],
    }),
  ];
}

export function digestDocument(clippings: Clipping[], options: DigestOptions): Document {
  const d = buildDigest(clippings, options);
  const count = (n: number) => `${n} (${share(n, d.total)})`;
  const summary = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['Jumlah kliping', 'Positif', 'Netral', 'Negatif', 'Belum diklasifikasi'].map((h) => cell(h, true)) }),
      new TableRow({ children: [String(d.total), count(d.tones.positif), count(d.tones.netral), count(d.tones.negatif), String(d.tones.none)].map((v) => cell(v)) }),
    ],
  });
  const children: Array<Paragraph | Table> = [
    ...logoDocx(options.logo),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Laporan Kliping Media')] }),
    new Paragraph({ children: [new TextRun({ text: d.office, bold: true, size: 28 })] }),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '1A4D8F', space: 4 } },
      children: [new TextRun({ text: `Periode: ${d.period} · Dibuat ${d.created}`, color: MUTED })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Ringkasan')] }),
    summary,
    ...chartsDocx(options.charts),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Berita negatif yang perlu ditanggapi')] }),
    ...(d.negative.length ? d.negative.flatMap(itemParagraphs) : [new Paragraph('Tidak ada berita negatif pada periode ini.')]),
    ...coverageDocx('Cakupan per program', 'Program', d.programmes, d.total),
    ...coverageDocx('Cakupan per tokoh', 'Tokoh', d.persons, d.total),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Kliping per topik')] }),
  ];
  for (const topic of d.topics) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${topic.name} (${topic.items.length})`)] }), ...topic.items.flatMap(itemParagraphs));
  }
  return new Document({
    creator: 'Kliping',
    title: `Laporan Kliping Media — ${d.office}`,
    description: `Periode: ${d.period}`,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1020, bottom: 1020, left: 1020, right: 1020 } } }, children }],
  });
}

/** The .docx file's bytes (a zip of OOXML parts), ready for a download link or a file. */
export const digestDocx = (clippings: Clipping[], options: DigestOptions): Promise<Uint8Array> => Packer.pack(digestDocument(clippings, options), 'uint8array');
