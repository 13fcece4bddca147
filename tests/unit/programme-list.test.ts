import { describe, expect, it } from 'vitest';
import { parseProgrammeList, ProgrammeListError, programmesToCsv, programmesToJson } from '../../lib/labels/programme-list';
import type { Programme } from '../../lib/labels/types';

const list: Programme[] = [
  { id: 'mbg', code: 'MBG', name: 'Makan Bergizi Gratis', aliases: ['makan siang gratis', 'program makan gratis'], description: 'Program "gizi", anak sekolah', colour: '#c0392b', agency: 'Badan Gizi Nasional', activeFrom: '2025-01-06', activeTo: '', archived: false },
  { id: 'ckg', code: '=CKG', name: 'Cek Kesehatan Gratis', aliases: [], description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '2026-12-31', archived: true },
];

describe('the shared programme list', () => {
  it('round-trips through JSON exactly', () => {
    expect(parseProgrammeList(programmesToJson(list))).toEqual(list);
  });

  it('round-trips through CSV (spreadsheet-safe: BOM, quoted commas, formula prefix undone), ids left to the importer', () => {
    const csv = programmesToCsv(list);
    expect(csv.startsWith('\uFEFFkode,nama,alias')).toBe(true);
    expect(csv).toContain("'=CKG");
    expect(parseProgrammeList(csv)).toEqual(list.map(({ id: _id, ...rest }) => rest));
  });

  it('reads a list typed in a spreadsheet with only code and name (Excel in Indonesian saves with semicolons)', () => {
    expect(parseProgrammeList('Kode;Nama;Alias\r\nSR;Sekolah Rakyat;"SR; sekolah rakyat terintegrasi"\r\n')).toEqual([
      { code: 'SR', name: 'Sekolah Rakyat', aliases: ['SR', 'sekolah rakyat terintegrasi'], description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false },
    ]);
    expect(parseProgrammeList('Kode,Nama\nSR,Sekolah Rakyat\n')).toEqual([
      { code: 'SR', name: 'Sekolah Rakyat', aliases: [], description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false },
    ]);
  });

  it('refuses a broken file with the reason in Indonesian', () => {
    expect(() => parseProgrammeList('')).toThrow(new ProgrammeListError('Berkas daftar program kosong.'));
    expect(() => parseProgrammeList('{"format":"lain"}')).toThrow('Berkas ini bukan daftar program Kliping.');
    expect(() => parseProgrammeList('{oops')).toThrow('bukan JSON yang sah');
    expect(() => parseProgrammeList('nama,alias\nSekolah Rakyat,SR')).toThrow('Berkas CSV tidak punya kolom "kode".');
    expect(() => parseProgrammeList('kode,nama\nSR,')).toThrow('Baris 2: kode dan nama program wajib diisi.');
    expect(() => parseProgrammeList('kode,nama,mulai\nSR,Sekolah Rakyat,1/1/2025')).toThrow('harus berbentuk TTTT-BB-HH');
    expect(() => parseProgrammeList('kode,nama\nSR,Sekolah Rakyat\nsr,Lain')).toThrow('Kode "sr" muncul dua kali dalam berkas.');
  });
});
