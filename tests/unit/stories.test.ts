import { describe, expect, it } from 'vitest';
import { estimatedJaccard, groupStories, minHash, shingles, shingleWords } from '../../lib/report/stories';

// A provincial press release as outlets receive it, and the ways they republish it.
const RELEASE = [
  'Pemerintah Provinsi Kalimantan Selatan menyalurkan program Makan Bergizi Gratis kepada 12.000 siswa sekolah dasar di Kabupaten Banjar pada Senin pagi.',
  'Gubernur Kalimantan Selatan mengatakan penyaluran tahap pertama ini melibatkan 40 dapur umum yang dikelola koperasi desa dan kelompok ibu rumah tangga setempat.',
  'Menurut dia, setiap siswa menerima satu porsi makanan berisi nasi, lauk, sayur, buah dan susu yang disusun oleh ahli gizi dari dinas kesehatan provinsi.',
  'Kepala Dinas Pendidikan Kalimantan Selatan menambahkan, sekolah diminta mencatat kehadiran siswa dan melaporkan setiap kendala distribusi melalui aplikasi pemantauan.',
  'Program ini ditargetkan menjangkau seluruh sekolah dasar di tiga belas kabupaten dan kota pada pertengahan tahun depan, dengan anggaran dari pemerintah pusat dan daerah.',
].join('\n\n');
const paragraphs = RELEASE.split('\n\n');

const stories = [
  { id: 1, title: 'Pemprov Kalsel Salurkan Makan Bergizi Gratis untuk 12.000 Siswa', text: RELEASE },
  // Republished with a new headline, an own lead sentence, and the last paragraph cut.
  { id: 2, title: 'MBG Mulai Dibagikan di Banjar', text: ['BANJARMASIN - Ribuan siswa di Banjar menyambut gembira.', ...paragraphs.slice(0, 4)].join('\n\n') },
  // Lightly edited: two words changed, paragraphs reordered at the end.
  { id: 3, title: 'Makan Bergizi Gratis Sasar 12 Ribu Siswa SD di Banjar', text: [...paragraphs.slice(0, 3), paragraphs[4], paragraphs[3]].join('\n\n').replace('Senin pagi', 'Senin (21/11)').replace('ahli gizi', 'pakar gizi') },
  // The same event reported in the outlet's own words: a different story, not a copy.
  {
    id: 4,
    title: 'Orang Tua Siswa di Banjar Soroti Menu MBG',
    text: 'Sejumlah orang tua murid di Kabupaten Banjar mempertanyakan kecukupan porsi makanan yang dibagikan pada hari pertama. Mereka berharap pemerintah provinsi menambah lauk dan memastikan makanan tiba sebelum jam istirahat. Dinas pendidikan menyatakan akan mengevaluasi distribusi setelah pekan pertama berjalan.',
  },
  { id: 5, title: 'Banjir Rendam Tiga Desa di Hulu Sungai Tengah', text: 'Banjir merendam tiga desa di Kabupaten Hulu Sungai Tengah sejak Jumat malam. Warga mengeluhkan bantuan yang lambat datang ke desa mereka. Badan Penanggulangan Bencana Daerah mengirim perahu karet dan dapur umum ke lokasi.' },
  // Too short to judge (a quote clipping): never grouped.
  { id: 6, title: 'Kutipan', text: 'Makan Bergizi Gratis' },
];

describe('groupStories', () => {
  it('puts the republished copies of one release in one story and leaves other reports alone', () => {
    expect(groupStories(stories)).toEqual([[1, 2, 3]]);
  });

  it('finds the story whatever the order of the input', () => {
    expect(groupStories([...stories].reverse())).toEqual([[1, 2, 3]]);
  });
});

describe('MinHash', () => {
  const exact = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
  it('estimates the Jaccard index of the shingle sets closely', () => {
    const sets = stories.slice(0, 5).map((s) => shingles(s.title, s.text));
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        expect(Math.abs(estimatedJaccard(minHash(sets[i]!), minHash(sets[j]!)) - exact(sets[i]!, sets[j]!))).toBeLessThan(0.15);
      }
    }
  });

  it('shingles words case- and accent-insensitively, ignoring punctuation', () => {
    expect(shingleWords('Café DI Banjar,', 'hari—ini!')).toEqual(['cafe', 'di', 'banjar', 'hari', 'ini']);
    expect(shingles('Café DI Banjar,', 'hari—ini!')).toEqual(shingles('cafe di banjar', 'hari ini'));
    expect(shingles('cafe di banjar', 'hari ini').size).toBe(2);
    expect(shingles('banjar di cafe', 'hari ini')).not.toEqual(shingles('cafe di banjar', 'hari ini')); // word order counts
  });
});
