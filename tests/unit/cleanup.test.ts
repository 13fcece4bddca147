import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../cli/dom';
import { cleanArticleBody, splitDateline, splitEditorInitials } from '../../lib/extract/cleanup';
import { elementToText } from '../../lib/extract/text';

const STORY = '<p>Pemerintah provinsi meresmikan jembatan baru yang menghubungkan dua kecamatan di Tanah Laut.</p>';
function cleaned(html: string) {
  const root = documentFromHtml(`<body><div id="r">${STORY}${html}${STORY}</div></body>`, 'https://contoh.id/').getElementById('r')!;
  const report = cleanArticleBody(root);
  return { text: elementToText(root), removed: report.removed };
}

describe('cleanArticleBody removes what is not the story', () => {
  it.each([
    ['an inline "Baca juga" link box', '<p><strong>Baca juga: <a href="/x">Menhub Lobi Sri Mulyani</a></strong></p>', 'baca-juga'],
    ['an upper-case "BACA JUGA" box', '<div>BACA JUGA<br><a href="/a">Satu</a><br><a href="/b">Dua</a></div>', 'baca-juga'],
    ['a "Baca:" link (tribun)', '<p><strong>Baca: <a href="/y">Jawaban Soal SMP</a></strong></p>', 'baca-juga'],
    ['"Lihat juga Video"', '<p><strong>Lihat juga Video: Cekcok Polisi dengan Ketua RT</strong></p>', 'baca-juga'],
    ['"Simak juga"', '<p>Simak juga: <a href="/v">Video banjir</a></p>', 'baca-juga'],
    ['an ADVERTISEMENT label', '<div>ADVERTISEMENT</div>', 'advertisement'],
    ['SCROLL TO CONTINUE WITH CONTENT', '<div>SCROLL TO CONTINUE WITH CONTENT</div>', 'scroll-label'],
    ['SCROLL TO RESUME CONTENT', '<div>SCROLL TO RESUME CONTENT</div>', 'scroll-label'],
    ['"Lanjutkan Membaca ↓"', '<p>Lanjutkan Membaca ↓</p>', 'scroll-label'],
    ['"3 dari 5 halaman"', '<div><p>3 dari 5 halaman</p></div>', 'pagination-label'],
    ['a rating widget', '<ul><li>Rate artikel ini</li><li><a href="#">Suka</a></li></ul>', 'rating-widget'],
    ['a tag line', '<div>Tags: <a href="/t/a">banjir</a> <a href="/t/b">jembatan</a></div>', 'rating-widget'],
    ['a newsletter box', '<div><p>Jangan sampai ketinggalan berita terkini, langganan newsletter kami sekarang!</p></div>', 'newsletter'],
    ['a copyright line', '<p>COPYRIGHT © ANTARA 2015</p>', 'copyright'],
    ['a photo credit', '<p>Sate Lalat Pamekasan. ©2021 Merdeka.com/Instagram @bupatipamekasanofc</p>', 'photo-credit'],
    ['a long caption ending in its credit', `<p>${'Petugas mengawasi sebaran abu vulkanik di kantor BMKG. '.repeat(5)}(ANTARA FOTO/Budi Setya)</p>`, 'photo-credit'],
    ['a figcaption', '<figure><img src="x.jpg"><figcaption>Gubernur meninjau lokasi.</figcaption></figure>', 'caption'],
    ['a related-stories list', '<ul><li><a href="/1">Telkomsel Targetkan 40 Kota</a></li><li><a href="/2">Ubisoft Pastikan Rilis</a></li></ul>', 'link-list'],
    ['insert links separated by <br>', '<p><a href="/1">HEART BEAT buat Brandon</a><br><a href="/2">Sivia Blink tampil</a></p>', 'link-list'],
  ])('%s', (_name, html, rule) => {
    const { text, removed } = cleaned(html);
    expect(removed).toContain(rule);
    expect(text.split('\n\n')).toHaveLength(2);
  });

  it('removes a "Jangan Lewatkan!" heading together with the links under it', () => {
    const { text } = cleaned('<h2>Jangan Lewatkan!</h2><p><a href="/a">FOTO: Chris Hemsworth Jual Rumah</a></p>');
    expect(text).not.toMatch(/Lewatkan|Hemsworth/);
  });

  it.each([
    ['a paragraph that mentions a link inside prose', '<p>Menurut <a href="/bps">data BPS</a>, angka kemiskinan turun dua persen dibanding tahun lalu di provinsi ini.</p>'],
    ['a paragraph that starts with "Bacaan"', '<p>Bacaan doa ini dibacakan oleh ulama setempat saat peresmian jembatan berlangsung khidmat.</p>'],
    ['a subheading', '<h3>Persaingan</h3>'],
    ['a long paragraph that begins like a label', `<p>Simak juga penjelasan kepala dinas berikut. ${'Ia menegaskan anggaran sudah disiapkan sejak awal tahun. '.repeat(10)}</p>`],
  ])('keeps %s', (_name, html) => {
    const { text, removed } = cleaned(html);
    expect(removed).toEqual([]);
    expect(text.split('\n\n')).toHaveLength(3);
  });
});

describe('splitDateline', () => {
  it.each([
    ['Jakarta - Polisi masih mendalami kasus.', 'Jakarta -'],
    ['JAKARTA, KOMPAS.com - Menteri Perhubungan mengatakan.', 'JAKARTA, KOMPAS.com -'],
    ['Liputan6.com, Jakarta - Operator seluler menargetkan.', 'Liputan6.com, Jakarta -'],
    ['Liputan6.com, Jakarta Menteri Keuangan menyatakan.', 'Liputan6.com, Jakarta'],
    ['Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan dibatalkan.', 'Mataram, NTB (ANTARA News) -'],
    ['REPUBLIKA.CO.ID, JAKARTA -- Aktris Marcella Zalianty.', 'REPUBLIKA.CO.ID, JAKARTA --'],
    ['LHOKSEUMAWE, KOMPAS.com – Polres menyerahkan tersangka.', 'LHOKSEUMAWE, KOMPAS.com –'],
  ])('%s', (text, dateline) => {
    const result = splitDateline(text);
    expect(result.dateline).toBe(dateline);
    expect(result.text.startsWith(dateline)).toBe(false);
    expect(result.text.length).toBeGreaterThan(10);
  });

  it('takes a dateline that stands in its own paragraph (detik)', () => {
    expect(splitDateline('Jakarta -\n\nPolisi masih mendalami kasus.')).toEqual({ dateline: 'Jakarta -', text: 'Polisi masih mendalami kasus.' });
  });
  it('drops the short caption and byline lines before the dateline', () => {
    const text = 'Oleh Tommy Kurnia pada 23 Jan 2021, 13:30 WIB\n\nDiperbarui 23 Jan 2021\n\nLiputan6.com, Jakarta - Hong Kong lockdown.\n\nParagraf dua.';
    expect(splitDateline(text)).toEqual({ dateline: 'Liputan6.com, Jakarta -', text: 'Hong Kong lockdown.\n\nParagraf dua.' });
  });
  it('leaves a story without a dateline alone', () => {
    const text = 'Pemerintah provinsi meresmikan jembatan - yang menghubungkan dua kecamatan - pada Senin.';
    expect(splitDateline(text)).toEqual({ dateline: null, text });
  });
});

describe('splitEditorInitials', () => {
  it('takes the initials off the last paragraph as metadata', () => {
    expect(splitEditorInitials('Satu.\n\nDua sebagai penutup. (Mvi/Ali)')).toEqual({ initials: 'mvi/ali', text: 'Satu.\n\nDua sebagai penutup.' });
    expect(splitEditorInitials('Satu.\n\n(ren)')).toEqual({ initials: 'ren', text: 'Satu.' });
  });
  it('drops a promotion that follows the sign-off', () => {
    expect(splitEditorInitials('Isi berita.\n\n(mdk/rka)\n\nBanyak orang hebat di sekitar kita. Yuk daftarkan!')).toEqual({
      initials: 'mdk/rka',
      text: 'Isi berita.',
    });
  });
  it('does not mistake an abbreviation in parentheses mid-text for a sign-off', () => {
    const text = 'Badan Pusat Statistik (BPS) mencatat inflasi.\n\nParagraf dua.\n\nParagraf tiga.\n\nParagraf empat.';
    expect(splitEditorInitials(text)).toEqual({ initials: null, text });
  });
});
