import { describe, expect, it } from 'vitest';
import { parseDisplayDate, parseMachineDate } from '../../lib/extract/dates';

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
