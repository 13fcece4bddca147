import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../lib/db';
import { CSV_COLUMNS, clippingsToCsv } from '../../lib/report/csv';
import { articleFixture } from './db-helpers';

const clipping = (overrides: Partial<Clipping>): Clipping => {
  const { sources, ...article } = articleFixture();
  return {
    ...article, id: 1, clippedAt: Date.UTC(2025, 10, 21, 1, 0), note: '', clipSource: 'popup', fieldSources: sources, status: 'pending',
    deletedAt: null, classification: null, attempts: 0, nextAttemptAt: 0, lastError: null, toneOverride: null, programmes: [], tags: [], mentions: [], topicOverride: null, labelledAt: 0, ...overrides,
  };
};

describe('clippingsToCsv', () => {
  it('starts with a UTF-8 byte-order mark and round-trips Indonesian text, quotes and line breaks', () => {
    const csv = clippingsToCsv([clipping({ title: 'Gubernur: "Jalan rusak, segera diperbaiki"\nBaris dua', note: 'Perlu tanggapan; cepat' })]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed[1]![3]).toBe('Gubernur: "Jalan rusak, segera diperbaiki"\nBaris dua');
    expect(parsed[1]![11]).toBe('Perlu tanggapan; cepat');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = clippingsToCsv([clipping({ title: '=HYPERLINK("http://jahat.example","klik")', note: '+62 811', author: '@admin' })]);
    const row = Papa.parse<string[]>(csv.slice(1).trim()).data[1]!;
    expect(row[3]).toBe(`'=HYPERLINK("http://jahat.example","klik")`);
    expect(row[11]).toBe(`'+62 811`);
    expect(row[5]).toBe(`'@admin`);
  });

  it('writes the officer tone over the model and names the topic in Indonesian', () => {
    const p = { label: 'positif' as const, score: 0.8, scores: { negatif: 0.1, netral: 0.1, positif: 0.8 } };
    const classification = { headline: p, body: p, overall: p, topic: { label: 'lingkungan', score: 0.9, scores: {} }, model: { tone: 't', topic: 'p', version: 'v' }, ms: 1 };
    const rows = Papa.parse<string[]>(
      clippingsToCsv([clipping({ classification }), clipping({ classification, toneOverride: { tone: 'negatif', by: 'petugas', at: 1 } })]).slice(1).trim(),
    ).data;
    expect(rows[1]!.slice(6, 11)).toEqual(['positif', 'model', 'positif', 'positif', expect.stringMatching(/Lingkungan/)]);
    expect(rows[2]!.slice(6, 8)).toEqual(['negatif', 'petugas']);
  });
});
