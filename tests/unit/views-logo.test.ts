import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../lib/report/filter';
import { coverSize, logoProblem, validLogo } from '../../lib/report/logo';
import { filterOfView, readViews, saveView, withView } from '../../lib/report/views';

const at = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).getTime();

describe('saved views', () => {
  it('keeps an open-ended range as "the last N days", so the view moves with the calendar', () => {
    const view = saveView(' Negatif minggu ini ', { ...EMPTY_FILTER, tones: ['negatif'], from: at(2026, 11, 16, 0), to: null }, at(2026, 11, 22));
    expect(view).toMatchObject({ name: 'Negatif minggu ini', lastDays: 7, filter: { from: null, tones: ['negatif'] } });
    expect(filterOfView(view, at(2026, 12, 1)).from).toBe(at(2026, 11, 25, 0));
  });

  it('keeps a closed range as it is', () => {
    const filter = { ...EMPTY_FILTER, from: at(2026, 11, 1, 0), to: at(2026, 11, 8, 0) };
    expect(filterOfView(saveView('Pekan 1', filter), at(2027, 1, 1))).toEqual(filter);
  });

  it('reads stored views defensively and fills filter fields added since', () => {
    const old = { name: 'Lama', filter: { tones: ['positif'] }, lastDays: null };
    expect(readViews([old, { name: '' }, null, 'x'])).toEqual([{ name: 'Lama', filter: { ...EMPTY_FILTER, tones: ['positif'] }, lastDays: null }]);
    expect(readViews('bukan daftar')).toEqual([]);
  });

  it('replaces a view of the same name (case-insensitive) and keeps names in order', () => {
    const a = saveView('MBG', EMPTY_FILTER);
    const b = saveView('Banjir', EMPTY_FILTER);
    const a2 = saveView('mbg', { ...EMPTY_FILTER, programmes: ['mbg'] });
    expect(withView(withView([a], b), a2).map((v) => v.name)).toEqual(['Banjir', 'mbg']);
  });
});

describe('office logo', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  it('accepts only PNG or JPEG data URLs with a size', () => {
    expect(validLogo({ dataUrl: png, width: 200, height: 100 })).toEqual({ dataUrl: png, width: 200, height: 100 });
    expect(validLogo({ dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=', width: 1, height: 1 })).toBeNull();
    expect(validLogo({ dataUrl: 'javascript:alert(1)', width: 1, height: 1 })).toBeNull();
    expect(validLogo({ dataUrl: `${png}" onerror="x`, width: 1, height: 1 })).toBeNull();
    expect(validLogo({ dataUrl: png, width: 0, height: 1 })).toBeNull();
  });

  it('says why a file cannot be the logo', () => {
    expect(logoProblem('image/gif', 10)).toEqual({ key: 'officeLogoWrongType' });
    expect(logoProblem('image/png', 400 * 1024)).toEqual({ key: 'officeLogoTooBig', arg: '400' });
    expect(logoProblem('image/jpeg', 1000)).toBeNull();
  });

  it('fits the cover at 64 px high, at most 240 px wide', () => {
    expect(coverSize({ dataUrl: png, width: 200, height: 100 })).toEqual({ width: 128, height: 64 });
    expect(coverSize({ dataUrl: png, width: 1000, height: 100 })).toEqual({ width: 240, height: 24 });
  });

  it('puts the logo on the cover of the HTML and DOCX reports, and nothing for an invalid one', async () => {
    const { digestHtml } = await import('../../lib/report/digest-html');
    const { digestDocx } = await import('../../lib/report/digest-docx');
    const { unzipSync } = await import('fflate');
    const options = { office: 'Diskominfo', period: 'hari ini', logo: { dataUrl: png, width: 1, height: 1 } };
    expect(digestHtml([], options)).toContain(`<header class="cover"><img class="logo" src="${png}" width="64" height="64" alt="Logo">`);
    expect(digestHtml([], { ...options, logo: { dataUrl: 'javascript:x', width: 1, height: 1 } })).not.toContain('<img');
    const files = unzipSync(await digestDocx([], options));
    expect(Object.keys(files).some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
  });
});

describe('charts in the report', () => {
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  it('places each valid chart image with its title after the summary, in HTML and DOCX; invalid images are dropped', async () => {
    const { digestHtml } = await import('../../lib/report/digest-html');
    const { digestDocx } = await import('../../lib/report/digest-docx');
    const { unzipSync, strFromU8 } = await import('fflate');
    const charts = [
      { title: 'Topik <b>', image: { dataUrl: png, width: 800, height: 360 } },
      { title: 'Rusak', image: { dataUrl: 'data:text/html;base64,PGI+', width: 800, height: 360 } },
    ];
    const html = digestHtml([], { office: 'X', period: 'hari ini', charts });
    expect(html).toContain('<h2>Grafik</h2><figure class="chart"><img src="data:image/png;base64,');
    expect(html).toContain('alt="Topik &lt;b&gt;"><figcaption>Topik &lt;b&gt;</figcaption>');
    expect(html).not.toContain('Rusak');
    expect(html.indexOf('<h2>Grafik</h2>')).toBeLessThan(html.indexOf('<h2>Berita negatif'));
    const files = unzipSync(await digestDocx([], { office: 'X', period: 'hari ini', charts }));
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    expect(strFromU8(files['word/document.xml']!)).toContain('Grafik');
    expect(digestHtml([], { office: 'X', period: 'hari ini', charts: [] })).not.toContain('Grafik');
  });
});
