import { describe, expect, it } from 'vitest';
import { extractiveSummary, sentences } from '../../lib/report/summary';

describe('sentences', () => {
  it('does not split at titles, abbreviations or thousands separators', () => {
    expect(sentences('Gubernur H. Sahbirin Noor meresmikan jembatan senilai Rp 1.500 miliar. Warga menyambut gembira. Dr. Ani hadir.')).toEqual([
      'Gubernur H. Sahbirin Noor meresmikan jembatan senilai Rp 1.500 miliar.',
      'Warga menyambut gembira.',
      'Dr. Ani hadir.',
    ]);
  });
});

describe('extractiveSummary', () => {
  const body = [
    'Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam setelah hujan deras.',
    'Foto: dokumentasi warga.',
    'Cuaca pagi ini cerah berawan dan angin bertiup pelan dari arah barat laut menuju pesisir.',
    'Warga mengeluhkan bantuan logistik dari pemerintah kabupaten yang lambat datang ke desa mereka.',
    'Seorang pedagang mengatakan harga sayur di pasar naik sedikit karena pasokan terlambat tiba.',
    'BPBD menyatakan banjir di tiga desa itu mulai surut dan bantuan logistik dikirim hari ini.',
  ].join('\n\n');

  it('keeps the lead and the sentences that share the headline words, in their order, within the length', () => {
    const summary = extractiveSummary('Banjir Rendam Tiga Desa, Warga Keluhkan Bantuan Lambat', body, 3, 60);
    expect(summary.startsWith('Banjir merendam tiga desa')).toBe(true);
    expect(summary).toContain('Warga mengeluhkan bantuan logistik');
    expect(summary).not.toContain('Foto:');
    expect(summary).not.toContain('Cuaca pagi ini');
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it('returns an empty summary for text without real sentences', () => {
    expect(extractiveSummary('Judul', 'Foto: Antara.\n\nBaca juga')).toBe('');
  });
});
