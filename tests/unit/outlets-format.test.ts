import { describe, expect, it } from 'vitest';
import registry from '../../lib/extract/outlets.json';
import { lookupOutlet } from '../../lib/extract/outlets';
import { formatPublished } from '../../lib/format';

describe('outlet registry', () => {
  it.each([
    ['news.detik.com', 'detikcom', 'nasional'],
    ['regional.kompas.com', 'Kompas.com', 'nasional'],
    ['jabar.tribunnews.com', 'Tribunnews.com', 'nasional'],
    ['kalsel.antaranews.com', 'ANTARA Kalsel', 'regional'],
    ['banjarmasinpost.co.id', 'Banjarmasin Post', 'regional'],
  ])('%s → %s (%s)', (host, name, type) => expect(lookupOutlet(host)).toMatchObject({ name, type }));

  it('names each government site by its own host', () => {
    expect(lookupOutlet('diskominfo.kalselprov.go.id')).toEqual({ name: 'diskominfo.kalselprov.go.id', type: 'pemerintah', domain: 'go.id' });
  });
  it('records the province of regional outlets', () => expect(lookupOutlet('kalsel.antaranews.com')?.province).toBe('Kalimantan Selatan'));
  it('does not match a domain that merely ends with the same letters', () => expect(lookupOutlet('notdetik.com')).toBeNull());
  it('uses only known outlet types', () => {
    for (const entry of Object.values(registry.outlets)) expect(['nasional', 'regional', 'pemerintah', 'internasional']).toContain(entry.type);
  });
});

describe('formatPublished', () => {
  it('shows the outlet zone label', () => {
    expect(formatPublished('2025-11-20T09:15:00+08:00', 'id')).toMatch(/Kamis, 20 November 2025.*09\.15 WITA$/);
    expect(formatPublished('2022-12-10T13:19:56+07:00', 'id')).toMatch(/Sabtu, 10 Desember 2022.*13\.19 WIB$/);
    expect(formatPublished('2025-03-03T08:30:00+09:00', 'en')).toMatch(/Monday, March 3, 2025.*08:30 AM WIT$/);
  });
  it('returns null for a missing or broken date', () => {
    expect(formatPublished(null)).toBeNull();
    expect(formatPublished('kemarin')).toBeNull();
  });
});
