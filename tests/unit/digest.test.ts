import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../lib/db';
import { digestMarkdown } from '../../lib/report/digest';
import { articleFixture } from './db-helpers';

let id = 0;
const clipping = (tone: 'negatif' | 'netral' | 'positif' | null, topic: string | null, overrides: Partial<Clipping> = {}): Clipping => {
  const { sources, ...article } = articleFixture();
  const p = tone && { label: tone, score: 0.8, scores: { negatif: 0.1, netral: 0.1, positif: 0.1, [tone]: 0.8 } };
  id += 1;
  return {
    ...article, id, clippedAt: 0, note: '', clipSource: 'popup', fieldSources: sources, status: tone ? 'done' : 'pending', deletedAt: null,
    classification: p ? { headline: p, body: p, overall: p, topic: topic ? { label: topic, score: 0.9, scores: {} } : null, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 } : null,
    attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null, programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0, ...overrides,
  };
};

describe('digestMarkdown', () => {
  const text = 'Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam.\n\nWarga mengeluhkan bantuan yang lambat datang ke desa mereka.';
  const rows = [
    clipping('negatif', 'lingkungan', { title: 'Banjir rendam tiga desa', text }),
    clipping('positif', 'infrastruktur', { title: 'Jembatan *baru* diresmikan', note: 'Kutip di rilis [humas]' }),
    clipping('positif', 'lingkungan', { toneOverride: { tone: 'negatif', by: 'petugas', at: 1 }, title: 'Sungai tercemar' }),
    clipping(null, null, { title: 'Belum dinilai' }),
    clipping('negatif', 'hukum', { deletedAt: 5, title: 'Di tempat sampah' }),
  ];
  const digest = digestMarkdown(rows, { office: 'Diskominfo Kalsel', period: '22 November 2026', now: new Date('2026-11-22T00:00:00Z') });

  it('opens with the cover line and the tone breakdown of live clippings (officer corrections win)', () => {
    expect(digest.startsWith('# Laporan Kliping Media\n\n**Diskominfo Kalsel** · Periode: 22 November 2026')).toBe(true);
    expect(digest).toContain('| 4 | 1 (25%) | 0 (0%) | 2 (50%) | 1 |');
    expect(digest).not.toContain('Di tempat sampah');
  });

  it('lists negative stories first, then every clipping under its topic with a summary', () => {
    const negative = digest.slice(digest.indexOf('## Berita negatif'), digest.indexOf('## Kliping per topik'));
    expect(negative).toContain('Banjir rendam tiga desa');
    expect(negative).toContain('Sungai tercemar');
    expect(negative).not.toContain('Jembatan');
    expect(digest).toContain('### Lingkungan');
    expect(digest).toMatch(/### Lingkungan[^\n]* \(2\)/);
    expect(digest).toContain('> Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam.');
    expect(digest).toContain('### Belum diklasifikasi (1)');
  });

  it('escapes Markdown in titles and notes', () => {
    expect(digest).toContain('Jembatan \\*baru\\* diresmikan');
    expect(digest).toContain('Catatan: Kutip di rilis \\[humas\\]');
  });
});

describe('digestHtml', () => {
  it('renders the same digest as a printable page with every stored value escaped', async () => {
    const { digestHtml } = await import('../../lib/report/digest-html');
    const { JSDOM } = await import('jsdom');
    const rows = [
      clipping('negatif', 'lingkungan', { title: 'Banjir <script>alert(1)</script> & longsor', note: '"penting"' }),
      clipping('positif', 'infrastruktur', { title: 'Jembatan diresmikan', canonicalUrl: 'javascript:alert(1)' }),
    ];
    const html = digestHtml(rows, { office: 'Diskominfo <Kalsel>', period: 'hari ini', now: new Date('2026-11-22T00:00:00Z') });
    expect(html).not.toContain('<script>');
    expect(html).toContain('@media print');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('Laporan Kliping Media');
    expect(doc.querySelector('.cover strong')?.textContent).toBe('Diskominfo <Kalsel>');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Ringkasan', 'Berita negatif yang perlu ditanggapi', 'Kliping per topik']);
    expect(doc.querySelector('li strong')?.textContent).toBe('Banjir <script>alert(1)</script> & longsor');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).not.toContain('javascript:alert(1)');
    expect(doc.querySelector('table')?.textContent).toContain('1 (50%)');
  });
});

describe('digestDocx', () => {
  it('writes a Word file whose document.xml carries the same sections, text-escaped, with safe links only', async () => {
    const { digestDocx } = await import('../../lib/report/digest-docx');
    const { unzipSync, strFromU8 } = await import('fflate');
    const { JSDOM } = await import('jsdom');
    const rows = [
      clipping('negatif', 'lingkungan', { title: 'Banjir <w:p> & longsor', note: 'Tanggapi hari ini', text: 'Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam.\n\nWarga mengeluhkan bantuan.' }),
      clipping('positif', 'infrastruktur', { title: 'Jembatan diresmikan', canonicalUrl: 'javascript:alert(1)' }),
    ];
    const bytes = await digestDocx(rows, { office: 'Diskominfo Kalsel', period: 'hari ini', now: new Date('2026-11-22T00:00:00Z') });
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip, as Word expects
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/_rels/document.xml.rels']));
    const xml = new JSDOM(strFromU8(files['word/document.xml']!), { contentType: 'text/xml' }).window.document;
    const paragraphs = [...xml.getElementsByTagName('w:p')].map((p) => [...p.getElementsByTagName('w:t')].map((t) => t.textContent).join(''));
    const at = (text: string) => paragraphs.indexOf(text);
    expect(paragraphs[0]).toBe('Laporan Kliping Media');
    expect(paragraphs[1]).toBe('Diskominfo Kalsel');
    expect(at('Berita negatif yang perlu ditanggapi')).toBeGreaterThan(0);
    expect(at('Kliping per topik')).toBeGreaterThan(at('Berita negatif yang perlu ditanggapi'));
    expect(at('Lingkungan (1)')).toBeGreaterThan(at('Kliping per topik'));
    expect(paragraphs).toContain('Banjir <w:p> & longsor'); // a title is a text run, not markup
    expect(paragraphs).toContain('Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam.');
    expect(paragraphs).toContain('Catatan: Tanggapi hari ini');
    const cells = [...xml.getElementsByTagName('w:tc')].map((c) => c.textContent);
    expect(cells).toEqual(['Jumlah kliping', 'Positif', 'Netral', 'Negatif', 'Belum diklasifikasi', '2', '1 (50%)', '0 (0%)', '1 (50%)', '0']);
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect(rels).toContain('Target="https://');
    expect(rels).not.toContain('javascript:');
  });
});

describe('coverage per programme and per person', () => {
  const mention = (personId: string) => [{ personId, title: 1, body: 0 }];
  const rows = [
    clipping('negatif', 'pendidikan', { title: 'Menu MBG basi', programmes: ['mbg'], mentions: mention('rahmat') }),
    clipping('positif', 'pendidikan', { title: 'MBG menjangkau 24 ribu siswa', programmes: ['mbg', 'sr'] }),
    clipping('netral', 'sosial', { title: 'Sekolah Rakyat dibuka', programmes: ['sr'], mentions: mention('rahmat') }),
    clipping('positif', 'sosial', { title: 'Tanpa program' }),
  ];
  const names = { programme: (id: string) => ({ mbg: 'MBG · Makan Bergizi Gratis', sr: 'SR · Sekolah Rakyat' })[id] ?? id, person: (id: string) => (id === 'rahmat' ? 'Dr. Rahmat Hidayat' : id) };
  const options = { office: 'Diskominfo', period: 'hari ini', now: new Date('2026-11-22T00:00:00Z'), names };

  it('gives each programme and person its stories, share of all stories and tones, in every format', async () => {
    const markdown = digestMarkdown(rows, options);
    expect(markdown).toContain('## Cakupan per program\n\n| Program | Berita | Porsi | Positif | Netral | Negatif |');
    expect(markdown).toContain('| MBG · Makan Bergizi Gratis | 2 | 50% | 1 | 0 | 1 |');
    expect(markdown).toContain('| SR · Sekolah Rakyat | 2 | 50% | 1 | 1 | 0 |');
    expect(markdown).toContain('| Dr. Rahmat Hidayat | 2 | 50% | 0 | 1 | 1 |');
    expect(markdown).toContain('Nada: Positif · Program: MBG · Makan Bergizi Gratis, SR · Sekolah Rakyat');
    const { digestHtml } = await import('../../lib/report/digest-html');
    expect(digestHtml(rows, options)).toContain('<h2>Cakupan per tokoh</h2><table><tr><th>Tokoh</th><th>Berita</th>');
    const { digestDocx } = await import('../../lib/report/digest-docx');
    const { strFromU8, unzipSync } = await import('fflate');
    const xml = strFromU8(unzipSync(await digestDocx(rows, options))['word/document.xml']!);
    expect(xml).toContain('Cakupan per program');
    expect(xml).toContain('Cakupan per tokoh');
    expect(xml).toContain('MBG · Makan Bergizi Gratis');
  });

  it('leaves the sections out when no clipping has a programme or names a person', () => {
    const markdown = digestMarkdown([rows[3]!], options);
    expect(markdown).not.toContain('Cakupan per');
  });
});

describe('topics in the report', () => {
  it("files a clipping under the officer's topic correction, named as the office's taxonomy names it", () => {
    const corrected = clipping('netral', 'ekonomi', { title: 'Harga beras naik', topicOverride: { topic: 'pangan', by: 'petugas', at: 1 } });
    const markdown = digestMarkdown([corrected], { office: 'X', period: 'hari ini', names: { programme: (id) => id, person: (id) => id, topic: (id) => (id === 'pangan' ? 'Ketahanan Pangan' : id) } });
    expect(markdown).toContain('### Ketahanan Pangan (1)');
    expect(markdown).not.toContain('Ekonomi');
  });
});
