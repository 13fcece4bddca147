import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { cleanPersonName, findBylines, looksLikeOrganisation } from '../../lib/extract/byline';

const bylines = (afterHeadline: string, beforeHeadline = '') => {
  const doc = documentFromHtml(`<body>${beforeHeadline}<h1>Judul berita</h1>${afterHeadline}</body>`, 'https://contoh.id/');
  return findBylines(doc, doc.querySelector('h1'));
};

describe('findBylines', () => {
  it.each([
    ['<div class="byline">Pewarta: Monalisa</div>', 'Monalisa'],
    ['<div>Oleh : <b>Maya Sofia</b></div>', 'Maya Sofia'],
    ['<div class="by-author">By Silvanus Alvin on 18 Jun 2015 at 06:25 WIB</div>', 'Silvanus Alvin'],
    ['<span>Reporter : <a href="/r/rizka">Rizka Nur Laily M</a></span>', 'Rizka Nur Laily M'],
    ['<table><tr><td>Penulis</td><td>: Kontributor Lhokseumawe, Masriadi</td></tr></table>', 'Masriadi'],
    ['<div class="nmreporter"><div>Dewi Kania</div><span>Jurnalis</span></div>', 'Dewi Kania'],
    ['<div class="author"><strong>Fino Yurio Kristo</strong> - detikinet</div>', 'Fino Yurio Kristo'],
  ])('reads the writer from %s', (html, writer) => expect(bylines(html).writer).toBe(writer));

  it('reads the editor separately', () => {
    expect(bylines('<div>Red: Yudha Manggala P Putra</div>')).toEqual({ writer: null, editor: 'Yudha Manggala P Putra' });
    expect(bylines('<table><tr><td>Editor</td><td>: Ervan Hardoko</td></tr></table>').editor).toBe('Ervan Hardoko');
  });
  it('takes the byline nearest the headline, not a later "Reporter:" line', () => {
    expect(bylines('<div>Oleh Liputan6.com</div><p>Isi berita.</p><p>Reporter: Afifah Cinthia Pasha</p>').writer).toBe('Liputan6.com');
  });
  it('ignores bylines above the headline (other stories)', () => {
    expect(bylines('<p>Isi.</p>', '<div>Oleh Penulis Lain</div>').writer).toBeNull();
  });
  it.each([
    ['<div class="photo-author">KOMPAS.COM/MASRIADI</div>'],
    ['<div class="author">Facebook</div>'],
    ['<div class="author">Dok.Saleh Husin</div>'],
    ['<div class="reporter">JATIM</div>'],
  ])('does not take a photo credit or label for a writer: %s', (html) => expect(bylines(html).writer).toBeNull());
});

describe('cleanPersonName and looksLikeOrganisation', () => {
  it('keeps team bylines', () => expect(cleanPersonName('Tim detikBali')).toBe('Tim detikBali'));
  it('rejects text that is not a name', () => {
    expect(cleanPersonName('12 komentar')).toBeNull();
    expect(cleanPersonName('lihat semua berita dari penulis ini dan yang lain juga')).toBeNull();
  });
  it.each(['Kompas Cyber Media', 'PT. VIVA MEDIA BARU - VIVA.co.id', 'Liputan6.com', 'https://www.facebook.com/detikdotcom'])(
    'treats %s as an organisation',
    (name) => expect(looksLikeOrganisation(name)).toBe(true),
  );
  it('treats a person as a person', () => expect(looksLikeOrganisation('Isna Rifka Sri Rahayu')).toBe(false));
});
