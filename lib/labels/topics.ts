import { TOPIC_IDS, TOPIC_NAMES, type TopicId } from '../classify/taxonomy';

/**
 * The government topic taxonomy as the officer sees it: the model predicts these ids; the office may
 * rename a topic, add keywords that point to it, or hide it from lists. Only the office's changes are
 * stored (db `topics` table); the defaults below fill in the rest.
 */
export interface Topic {
  id: TopicId;
  name: string;
  description: string;
  keywords: string[];
  hidden: boolean;
}

export type TopicEdit = Partial<Omit<Topic, 'id'>> & { id: TopicId };

const DESCRIPTIONS: Record<TopicId, string> = {
  pemerintahan: 'Kebijakan, pelayanan publik, birokrasi, ASN dan kegiatan pimpinan daerah.',
  politik: 'Partai, pemilu dan pilkada, DPR/DPRD, koalisi dan dinamika politik.',
  hukum: 'Perkara, korupsi, peradilan, peraturan dan penegakan hukum.',
  keamanan: 'Kriminalitas, ketertiban, terorisme, TNI/Polri dan bencana keamanan.',
  ekonomi: 'Anggaran, investasi, harga, UMKM, pajak, perdagangan dan lapangan kerja.',
  infrastruktur: 'Jalan, jembatan, transportasi, air bersih, listrik dan pembangunan fisik.',
  pendidikan: 'Sekolah, guru, kampus, beasiswa dan penerimaan murid.',
  kesehatan: 'Rumah sakit, puskesmas, penyakit, gizi, stunting dan jaminan kesehatan.',
  sosial: 'Bantuan sosial, kemiskinan, kesejahteraan, disabilitas dan masyarakat.',
  lingkungan: 'Banjir, kebakaran hutan, sampah, pencemaran dan iklim.',
  pangan: 'Pertanian, perikanan, beras, pupuk, ketahanan dan harga pangan.',
  budaya: 'Adat, seni, sejarah, pariwisata budaya dan keagamaan.',
  olahraga: 'Kompetisi, atlet, klub dan fasilitas olahraga.',
  teknologi: 'Digitalisasi, internet, aplikasi layanan dan keamanan siber.',
  internasional: 'Hubungan luar negeri dan peristiwa di negara lain.',
  hiburan: 'Selebritas, film, musik dan gaya hidup.',
  lainnya: 'Berita yang tidak masuk topik lain.',
};

export const DEFAULT_TOPICS: Topic[] = TOPIC_IDS.map((id) => ({ id, name: TOPIC_NAMES[id].id, description: DESCRIPTIONS[id], keywords: [], hidden: false }));

/** The taxonomy with the office's edits applied, in the default order. */
export function applyTopicEdits(edits: TopicEdit[]): Topic[] {
  const byId = new Map(edits.map((edit) => [edit.id, edit]));
  return DEFAULT_TOPICS.map((topic) => ({ ...topic, ...byId.get(topic.id), id: topic.id }));
}
