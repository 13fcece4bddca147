import { describe, expect, it } from 'vitest';
import { detectMentions, personMatcher, programmeMatcher } from '../../lib/labels/detect';
import { hashedFeatures, labelTerms } from '../../lib/labels/features';
import { NONE, predict, trainLearner, type Example } from '../../lib/labels/learner';
import { AliasMatcher } from '../../lib/labels/mentions';
import { NeighbourIndex } from '../../lib/labels/neighbours';
import { nameWithoutTitles, personAliases } from '../../lib/labels/person-names';
import { suggestLabels, type SuggestionSources, type SuggestionTarget } from '../../lib/labels/suggest';
import { applyTopicEdits, DEFAULT_TOPICS } from '../../lib/labels/topics';
import type { Person, Programme } from '../../lib/labels/types';

const programme = (id: string, code: string, name: string, aliases: string[] = [], extra: Partial<Programme> = {}): Programme => ({
  id, code, name, aliases, description: '', colour: '#1a4d8f', agency: '', activeFrom: '', activeTo: '', archived: false, ...extra,
});
const person = (id: string, name: string, aliases: string[] = [], extra: Partial<Person> = {}): Person => ({ id, name, position: '', aliases, archived: false, ...extra });

describe('alias matching', () => {
  const mbg = new AliasMatcher([{ key: 'mbg', aliases: ['MBG', 'makan bergizi gratis'] }]);
  const count = (text: string) => mbg.find(text).get('mbg')?.count ?? 0;

  it('matches whole words only: an acronym inside another word is not the programme', () => {
    expect(count('Program MBG dimulai')).toBe(1);
    expect(count('Sekolah SMBG dan MBGX tidak termasuk, begitu pula kombgu')).toBe(0);
    expect(count('mbg')).toBe(1);
  });

  it('folds case and diacritics, and tolerates particles and hyphenated prefixes', () => {
    expect(count('Makan Bergizi Gratis di sekolah, lalu mbg di pesantren')).toBe(2);
    expect(count('Makan Bergizi Gratis (MBG) di sekolah')).toBe(1); // name and code side by side: one mention
    expect(count('pelaksanaan MBG-nya lambat, MBGnya juga, MBGlah yang ditunggu')).toBe(3);
    expect(count('anggaran ke-MBG naik')).toBe(1);
    expect(count('makan bergizi gratisnya')).toBe(1);
    expect(count('makan bergizi')).toBe(0); // a phrase needs all its words
  });

  it('counts the longest alias once where aliases overlap', () => {
    const matcher = new AliasMatcher([{ key: 'a', aliases: ['sekolah', 'sekolah rakyat'] }]);
    expect(matcher.find('Sekolah Rakyat dibuka, sekolah lain menyusul').get('a')).toEqual({ count: 2, alias: 'sekolah rakyat' });
  });
});

describe('person names', () => {
  it('strips leading titles and trailing degrees', () => {
    expect(nameWithoutTitles('H. Sahbirin Noor, S.Sos., M.H.')).toBe('Sahbirin Noor');
    expect(nameWithoutTitles('Prof. Dr. Ir. H. Muhammad Nuh, DEA')).toBe('Muhammad Nuh');
    expect(nameWithoutTitles('H.Sahbirin Noor')).toBe('Sahbirin Noor');
    expect(nameWithoutTitles('Hj. Ani')).toBe('Ani');
    expect(nameWithoutTitles('Haris Azhar')).toBe('Haris Azhar'); // a name that starts with H is not a title
  });

  it('finds a person named with or without titles and by alias, counting headline and body apart (title + name side by side once)', () => {
    const matcher = personMatcher([person('birin', 'H. Sahbirin Noor, S.Sos., M.H.', ['Paman Birin', 'Gubernur Kalsel'])]);
    expect(personAliases({ name: 'H. Sahbirin Noor, S.Sos., M.H.', aliases: [] })).toContain('Sahbirin Noor');
    const mentions = detectMentions(matcher, 'Paman Birin Resmikan Jembatan', 'Gubernur Kalsel H. Sahbirin Noor meresmikan... Sahbirin Noor berharap... Birina bukan dia.');
    expect(mentions).toEqual([{ personId: 'birin', title: 1, body: 2 }]);
  });

  it('leaves archived persons out', () => {
    expect(detectMentions(personMatcher([person('x', 'Budi Santoso', [], { archived: true })]), 'Budi Santoso', '')).toEqual([]);
  });
});

describe('taxonomy', () => {
  it('ships every topic id with an Indonesian name and a description, and applies edits on top', () => {
    expect(DEFAULT_TOPICS).toHaveLength(17);
    expect(DEFAULT_TOPICS.every((t) => t.name && t.description.length > 10)).toBe(true);
    const edited = applyTopicEdits([{ id: 'pangan', name: 'Ketahanan Pangan', keywords: ['beras'] }, { id: 'hiburan', hidden: true }]);
    expect(edited.find((t) => t.id === 'pangan')).toMatchObject({ name: 'Ketahanan Pangan', keywords: ['beras'], hidden: false });
    expect(edited.find((t) => t.id === 'hiburan')?.hidden).toBe(true);
    expect(edited.map((t) => t.id)).toEqual(DEFAULT_TOPICS.map((t) => t.id));
  });
});

/** A separable synthetic set: each class has its own vocabulary, with shared filler words. */
function synthetic(n: number, seed = 1): Example[] {
  let s = seed;
  const random = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const vocab: Record<string, string[]> = {
    mbg: ['gizi', 'makan', 'dapur', 'menu', 'siswa', 'susu'],
    jalan: ['aspal', 'jalan', 'jembatan', 'proyek', 'kontraktor', 'tol'],
    banjir: ['banjir', 'tanggul', 'hujan', 'pengungsi', 'sungai', 'evakuasi'],
  };
  const filler = ['pemerintah', 'provinsi', 'warga', 'kata', 'tahun', 'daerah', 'kepala', 'dinas'];
  return Array.from({ length: n }, (_, i) => {
    const label = Object.keys(vocab)[i % 3]!;
    const words = Array.from({ length: 12 }, () => (random() < 0.35 ? vocab[label]![Math.floor(random() * 6)]! : filler[Math.floor(random() * filler.length)]!));
    return { id: i + 1, features: hashedFeatures(words), labels: [`programme:${label}`] };
  });
}

describe('the officer learner', () => {
  it('learns a separable set: held-back accuracy rises with more labels and ends well above chance', () => {
    const few = trainLearner(synthetic(15));
    const many = trainLearner(synthetic(300));
    expect(many.accuracy.programme!.tested).toBe(60);
    expect(many.accuracy.programme!.accuracy).toBeGreaterThan(0.9);
    expect(many.accuracy.programme!.accuracy).toBeGreaterThan(few.accuracy.programme?.accuracy ?? 1 / 3);
  });

  it('is deterministic and warm-starts from previous weights', () => {
    const data = synthetic(120);
    expect(trainLearner(data).heads['programme:mbg']!.weights).toEqual(trainLearner(data).heads['programme:mbg']!.weights);
    const first = trainLearner(data.slice(0, 60));
    const updated = trainLearner(data, first);
    const p = predict(updated, hashedFeatures(['gizi', 'dapur', 'menu', 'makan']));
    expect(Math.max(...p.values())).toBe(p.get('programme:mbg'));
  });

  it('learns "no programme" from stories seen without one, with no head of its own', () => {
    const labelled = synthetic(90).filter((e) => e.labels[0] !== 'programme:banjir');
    const none = synthetic(90).filter((e) => e.labels[0] === 'programme:banjir').map((e) => ({ ...e, id: e.id + 1000, labels: [`programme:${NONE}`] }));
    const flood = hashedFeatures(['banjir', 'tanggul', 'hujan', 'pengungsi']);
    const without = Math.max(...predict(trainLearner(labelled), flood).values());
    const model = trainLearner([...labelled, ...none]);
    expect(Object.keys(model.heads).sort()).toEqual(['programme:jalan', 'programme:mbg']);
    expect(Math.max(...predict(model, flood).values())).toBeLessThan(Math.min(0.3, without));
    expect(model.accuracy.programme!.tested).toBe(labelled.filter((e) => e.id % 5 === 0).length);
  });

  it('measures accuracy again only once the labels changed by a tenth', () => {
    const data = synthetic(200);
    const first = trainLearner(data.slice(0, 100));
    expect(trainLearner(data.slice(0, 105), first).measuredOn).toBe(100);
    expect(trainLearner(data.slice(0, 120), first).measuredOn).toBe(120);
  });

  it('trains tone heads only from tone corrections (uncorrected clippings teach no tone)', () => {
    const data: Example[] = synthetic(30).map((e, i) => ({ ...e, labels: i % 2 ? [...e.labels, i % 4 === 1 ? 'tone:negatif' : 'tone:positif'] : e.labels }));
    const model = trainLearner(data);
    expect(model.heads['tone:negatif']!.positives).toBe(8);
    expect(model.heads['tone:netral']).toBeUndefined();
  });
});

describe('suggestions', () => {
  const programmes = [
    programme('mbg', 'MBG', 'Makan Bergizi Gratis', ['makan siang gratis']),
    programme('sr', 'SR', 'Sekolah Rakyat'),
    programme('old', 'KOP', 'Koperasi Desa Merah Putih', [], { archived: true }),
    programme('later', 'CKG', 'Cek Kesehatan Gratis', [], { activeFrom: '2027-01-01' }),
  ];
  const sources = (extra: Partial<SuggestionSources> = {}): SuggestionSources => ({
    programmes, programmeAliases: programmeMatcher(programmes), topicKeywords: new AliasMatcher([{ key: 'pangan', aliases: ['beras'] }]), neighbours: null, learner: null, ...extra,
  });
  const target = (title: string, text: string, extra: Partial<SuggestionTarget> = {}): SuggestionTarget => {
    const terms = labelTerms(title, text);
    return { title, text, terms, features: hashedFeatures(terms), at: Date.parse('2026-11-20'), programmes: [], tone: 'netral', topic: 'pendidikan', ...extra };
  };

  it('offers alias matches with the reason, headline matches first; never an archived or inactive programme', () => {
    const found = suggestLabels(target('Menu MBG di Banjarmasin dikeluhkan', 'Sekolah Rakyat juga. Koperasi Desa Merah Putih dan Cek Kesehatan Gratis disebut. Harga beras naik.'), sources());
    expect(found.map((s) => `${s.group}:${s.value}`)).toEqual(['programme:mbg', 'programme:sr', 'topic:pangan']);
    expect(found[0]!.reasons).toEqual([{ kind: 'alias', alias: 'MBG', where: 'title', count: 1 }]);
    expect(found[1]!.reasons).toEqual([{ kind: 'alias', alias: 'Sekolah Rakyat', where: 'body', count: 1 }]);
  });

  it('does not offer what the clipping already has', () => {
    expect(suggestLabels(target('MBG', '', { programmes: ['mbg'] }), sources())).toEqual([]);
  });

  it('offers the labels of similar labelled clippings with how many there are', () => {
    const docs = Array.from({ length: 4 }, (_, i) => ({ id: i + 1, terms: labelTerms(`Dapur umum ${i}`, 'dapur gizi siswa menu sehat susu telur'), labels: ['programme:mbg'] }));
    docs.push({ id: 9, terms: labelTerms('Ruang kelas baru', 'ruang kelas guru asrama murid'), labels: ['programme:sr'] });
    const found = suggestLabels(target('Dapur baru', 'menu gizi siswa susu dan telur'), sources({ neighbours: new NeighbourIndex(docs) }));
    expect(found[0]).toMatchObject({ group: 'programme', value: 'mbg', reasons: [{ kind: 'similar', count: 4 }] });
    expect(found.some((s) => s.value === 'sr')).toBe(false);
  });

  it('suggests a tone only where the officer learner is sure and disagrees with the model', () => {
    const examples: Example[] = Array.from({ length: 40 }, (_, i) => ({
      id: i + 1, features: hashedFeatures(i % 2 ? ['keluhan', 'menu', 'basi', `x${i}`] : ['meriah', 'lancar', 'senang', `y${i}`]), labels: [i % 2 ? 'tone:negatif' : 'tone:positif'],
    }));
    const learner = trainLearner(examples);
    const complaint = { ...target('', ''), features: hashedFeatures(['keluhan', 'menu', 'basi']) };
    expect(suggestLabels({ ...complaint, tone: 'positif' }, sources({ learner }))).toMatchObject([{ group: 'tone', value: 'negatif', reasons: [{ kind: 'learner' }] }]);
    expect(suggestLabels({ ...complaint, tone: 'negatif' }, sources({ learner }))).toEqual([]);
  });
});
