import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { parseDisplayDate, parseMachineDate, reconcilePublished } from '../../lib/extract/dates';
import { findVisibleDate } from '../../lib/extract/visible-date';

describe('parseMachineDate', () => {
  it('keeps an explicit offset', () => {
    expect(parseMachineDate('2022-12-10T13:19:56+07:00')?.iso).toBe('2022-12-10T13:19:56+07:00');
    expect(parseMachineDate('2016-02-16T13:01:52+0700')?.iso).toBe('2016-02-16T13:01:52+07:00');
    expect(parseMachineDate('2025-11-20T09:15:00+08:00')?.iso).toBe('2025-11-20T09:15:00+08:00');
  });
  it('expresses UTC at the outlet offset (WIB by default)', () => {
    expect(parseMachineDate('2016-02-16T02:10:56Z')).toMatchObject({ iso: '2016-02-16T09:10:56+07:00', local: '2016-02-16T02:10:56', hadZone: true, utc: true });
    expect(parseMachineDate('2016-02-16T02:10:56.000Z', 8 * 60)?.iso).toBe('2016-02-16T10:10:56+08:00');
  });
  it('takes a time without zone as local time', () => {
    expect(parseMachineDate('2015-06-19 03:40:00')).toMatchObject({ iso: '2015-06-19T03:40:00+07:00', hadZone: false, utc: false });
    expect(parseMachineDate('2015-11-05 T10:08:58Z')?.iso).toBe('2015-11-05T17:08:58+07:00');
  });
  it('rejects what is not a date', () => {
    expect(parseMachineDate('kemarin')).toBeNull();
    expect(parseMachineDate('2015-02-30T10:00:00Z')).toBeNull();
  });
});

describe('parseDisplayDate', () => {
  it.each([
    ['Sabtu, 10 Des 2022 13:19 WIB', '2022-12-10T13:19:00+07:00'],
    ['Kamis, 05/11/2015 10:08 WIB', '2015-11-05T10:08:00+07:00'],
    ['Rabu, 4 November 2015 | 21:04 WIB', '2015-11-04T21:04:00+07:00'],
    ['02/11/2023, 21:34 WIB', '2023-11-02T21:34:00+07:00'],
    ['pada 20 Des 2021, 09:59 WIB', '2021-12-20T09:59:00+07:00'],
    ['Jumat , 17 February 2017, 13:16 WIB', '2017-02-17T13:16:00+07:00'],
    ['Kamis, 5 November 2015 - 15:56 wib', '2015-11-05T15:56:00+07:00'],
    ['Kamis, 20 Nov 2025 09:15 WITA', '2025-11-20T09:15:00+08:00'],
    ['Senin, 3 Maret 2025 08.30 WIT', '2025-03-03T08:30:00+09:00'],
    ['16 Juni 2021 10:49', '2021-06-16T10:49:00+07:00'],
  ])('%s', (text, iso) => expect(parseDisplayDate(text)).toBe(iso));

  it('uses the outlet zone when none is printed', () => {
    expect(parseDisplayDate('16 Juni 2021 10:49', { offsetMinutes: 8 * 60 })).toBe('2021-06-16T10:49:00+08:00');
  });
  it('reads relative times against the clip time', () => {
    const now = new Date('2025-11-20T03:00:00Z');
    expect(parseDisplayDate('17 menit yang lalu', { now })).toBe('2025-11-20T09:43:00+07:00');
    expect(parseDisplayDate('2 jam lalu', { now })).toBe('2025-11-20T08:00:00+07:00');
    expect(parseDisplayDate('17 menit yang lalu')).toBeNull();
  });
  it('rejects impossible dates', () => {
    expect(parseDisplayDate('31 Februari 2020 10:00 WIB')).toBeNull();
  });
});

describe('reconcilePublished (machine metadata against the printed date)', () => {
  const machine = (value: string, generic = false) => ({ parsed: parseMachineDate(value)!, generic });

  it('corrects local time wrongly labelled UTC (detik meta pubdate)', () => {
    expect(reconcilePublished(machine('2015-11-05 T10:08:58Z'), '2015-11-05T10:08:00+07:00')).toEqual({
      iso: '2015-11-05T10:08:58+07:00',
      from: 'machine-zone-corrected',
    });
  });
  it('corrects a wrong offset (merdeka -07:00) using the printed zone', () => {
    expect(reconcilePublished(machine('2021-06-16T10:49:00-07:00'), '2021-06-16T10:49:00+07:00')?.iso).toBe('2021-06-16T10:49:00+07:00');
  });
  it('keeps a genuine UTC time, expressed in the printed zone', () => {
    expect(reconcilePublished(machine('2016-02-16T02:10:56Z'), '2016-02-16T09:10:00+07:00')).toEqual({
      iso: '2016-02-16T09:10:56+07:00',
      from: 'machine',
    });
    expect(reconcilePublished(machine('2025-11-20T01:15:00Z'), '2025-11-20T09:15:00+08:00')?.iso).toBe('2025-11-20T09:15:00+08:00');
  });
  it('prefers the printed date over a generic <time> element that disagrees (sidebar)', () => {
    expect(reconcilePublished(machine('2015-06-17T21:50:56+07:00', true), '2015-06-18T06:25:00+07:00')?.iso).toBe('2015-06-18T06:25:00+07:00');
  });
  it('trusts declared metadata over a printed date that disagrees (e.g. an update time)', () => {
    expect(reconcilePublished(machine('2021-01-23T13:30:00+07:00'), '2021-01-24T08:00:00+07:00')?.iso).toBe('2021-01-23T13:30:00+07:00');
  });
  it('uses whichever exists alone', () => {
    expect(reconcilePublished(null, '2015-11-04T21:04:00+07:00')).toEqual({ iso: '2015-11-04T21:04:00+07:00', from: 'visible' });
    expect(reconcilePublished(machine('2022-12-10T13:19:56+07:00'), null)?.iso).toBe('2022-12-10T13:19:56+07:00');
    expect(reconcilePublished(null, null)).toBeNull();
  });
  it('reads an offset followed by a stray Z (merdeka 2015)', () => {
    expect(parseMachineDate('2015-06-19T03:40:00+07:00Z')?.iso).toBe('2015-06-19T03:40:00+07:00');
  });
});

describe('findVisibleDate', () => {
  const page = (html: string) => {
    const doc = documentFromHtml(`<body>${html}</body>`, 'https://contoh.id/');
    return findVisibleDate(doc, doc.querySelector('h1'), { now: new Date('2025-11-20T03:00:00Z') });
  };
  it('takes the date under the headline, not the sidebar above it', () => {
    expect(page('<ul><li>Rabu, 04/11/2015 23:45 WIB Berita lain</li></ul><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>f</p><p>g</p><h1>Judul</h1><div class="author">Fino</div><div class="date">Kamis, 05/11/2015 10:08 WIB</div>')).toBe(
      '2015-11-05T10:08:00+07:00',
    );
  });
  it('takes a date printed just above the headline (okezone, republika)', () => {
    expect(page('<div><time class="tgl">Kamis, 5 November 2015 - 15:56 wib</time></div><div><h1>Judul</h1></div><p>Isi</p><ul><li><span>Kamis, 05 November 2015 16:09 WIB</span></li></ul>')).toBe(
      '2015-11-05T15:56:00+07:00',
    );
  });
  it('reads "17 menit yang lalu" next to the headline but not in a far sidebar', () => {
    expect(page('<h1>Judul</h1><span>17 menit yang lalu</span>')).toBe('2025-11-20T09:43:00+07:00');
    const far = Array.from({ length: 40 }, (_, i) => `<p>Paragraf ${i}</p>`).join('');
    expect(page(`<h1>Judul</h1>${far}<span>3 jam yang lalu</span>`)).toBeNull();
  });
});
