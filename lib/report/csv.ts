import Papa from 'papaparse';
import { effectiveTone } from '../classify/tone';
import { effectiveTopic, topicName } from '../classify/taxonomy';
import type { Clipping } from '../db/types';

/**
 * Clippings as a spreadsheet-safe CSV: UTF-8 with a byte-order mark (so Excel shows Indonesian text
 * correctly), one row per clipping, and cells that start with = + - @ (or tab/CR) prefixed with a quote
 * so that a headline can never run as a formula (papaparse's escapeFormulae).
 */
export const CSV_COLUMNS = [
  'Tanggal terbit',
  'Media',
  'Jenis media',
  'Judul',
  'Tautan',
  'Penulis',
  'Nada',
  'Nada dari',
  'Nada judul',
  'Nada isi',
  'Topik',
  'Catatan',
  'Dikliping',
] as const;

export function clippingsToCsv(clippings: Clipping[]): string {
  const rows = clippings.map((c) => {
    const tone = effectiveTone(c.classification?.overall ?? null, c.toneOverride);
    return [
      c.publishedAt ?? '',
      c.outlet,
      c.outletType ?? '',
      c.title,
      c.canonicalUrl ?? c.url,
      c.author ?? '',
      tone.tone ?? '',
      tone.source === 'officer' ? 'petugas' : tone.source === 'model' ? 'model' : '',
      c.classification?.headline?.label ?? '',
      c.classification?.body?.label ?? '',
      effectiveTopic(c) ? topicName(effectiveTopic(c)!, 'id') : '',
      c.note,
      new Date(c.clippedAt).toISOString(),
    ];
  });
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
