import Papa from 'papaparse';
import type { Programme } from './types';

/**
 * The programme list an office shares with its officers: JSON (exact) or CSV (made or edited in a
 * spreadsheet). Aliases in CSV are separated by semicolons.
 */
export const PROGRAMME_LIST_FORMAT = 'kliping-programmes';

/** A list that cannot be read: the message is shown to the officer as is. */
export class ProgrammeListError extends Error {}

export type ProgrammeDraft = Omit<Programme, 'id'> & { id?: string };

const CSV_COLUMNS = ['kode', 'nama', 'alias', 'deskripsi', 'warna', 'instansi', 'mulai', 'selesai', 'diarsipkan'] as const;
const DEFAULT_COLOUR = '#1a4d8f';

export function programmesToJson(programmes: Programme[]): string {
  return JSON.stringify({ format: PROGRAMME_LIST_FORMAT, version: 1, programmes }, null, 2);
}

export function programmesToCsv(programmes: Programme[]): string {
  const rows = programmes.map((p) => [p.code, p.name, p.aliases.join('; '), p.description, p.colour, p.agency, p.activeFrom, p.activeTo, p.archived ? 'ya' : '']);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** papaparse's escapeFormulae prefixes a quote; a spreadsheet round trip keeps it. */
const unescapeCell = (value: string) => value.replace(/^'(?=[=+\-@\t\r])/, '').trim();

function draft(fields: Record<string, unknown>, where: string): ProgrammeDraft {
  const text = (key: string) => (typeof fields[key] === 'string' ? unescapeCell(fields[key] as string) : '');
  const code = text('code');
  const name = text('name');
  if (!code || !name) throw new ProgrammeListError(`${where}: kode dan nama program wajib diisi.`);
  for (const key of ['activeFrom', 'activeTo']) {
    if (text(key) && !DATE.test(text(key))) throw new ProgrammeListError(`${where}: tanggal "${text(key)}" harus berbentuk TTTT-BB-HH.`);
  }
  const aliases = Array.isArray(fields.aliases) ? fields.aliases.filter((a): a is string => typeof a === 'string') : text('aliases').split(';');
  return {
    ...(typeof fields.id === 'string' && fields.id ? { id: fields.id } : {}),
    code, name, aliases: aliases.map((a) => a.trim()).filter(Boolean), description: text('description'), colour: text('colour') || DEFAULT_COLOUR,
    agency: text('agency'), activeFrom: text('activeFrom'), activeTo: text('activeTo'), archived: fields.archived === true || /^(ya|yes|true|1)$/i.test(text('archived')),
  };
}

/** Reads a programme list file (JSON or CSV, detected from its content). Problems are reported in Indonesian. */
export function parseProgrammeList(content: string): ProgrammeDraft[] {
  const text = content.replace(/^\uFEFF/, '').trim();
  if (!text) throw new ProgrammeListError('Berkas daftar program kosong.');
  let drafts: ProgrammeDraft[];
  if (text.startsWith('{') || text.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new ProgrammeListError('Berkas daftar program rusak: isinya bukan JSON yang sah.');
    }
    const list = Array.isArray(data) ? data : (data as { format?: string; programmes?: unknown })?.format === PROGRAMME_LIST_FORMAT ? (data as { programmes: unknown }).programmes : null;
    if (!Array.isArray(list)) throw new ProgrammeListError('Berkas ini bukan daftar program Kliping.');
    drafts = list.map((item, i) => draft((item ?? {}) as Record<string, unknown>, `Program ke-${i + 1}`));
  } else {
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
    const missing = ['kode', 'nama'].filter((column) => !parsed.meta.fields?.includes(column));
    if (missing.length) throw new ProgrammeListError(`Berkas CSV tidak punya kolom ${missing.map((c) => `"${c}"`).join(' dan ')}. Kolom yang dikenal: ${CSV_COLUMNS.join(', ')}.`);
    drafts = parsed.data.map((row, i) =>
      draft({ code: row.kode, name: row.nama, aliases: row.alias ?? '', description: row.deskripsi, colour: row.warna, agency: row.instansi, activeFrom: row.mulai, activeTo: row.selesai, archived: row.diarsipkan }, `Baris ${i + 2}`),
    );
  }
  const codes = new Set<string>();
  for (const d of drafts) {
    if (codes.has(d.code.toLowerCase())) throw new ProgrammeListError(`Kode "${d.code}" muncul dua kali dalam berkas.`);
    codes.add(d.code.toLowerCase());
  }
  return drafts;
}
