/** The default government topic taxonomy: ids the topic model predicts (display names in the UI). */
export const TOPIC_IDS = [
  'pemerintahan', 'politik', 'hukum', 'keamanan', 'ekonomi', 'infrastruktur', 'pendidikan', 'kesehatan', 'sosial',
  'lingkungan', 'pangan', 'budaya', 'olahraga', 'teknologi', 'internasional', 'hiburan', 'lainnya',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** Checks that a topic model predicts taxonomy ids; returns the message for the officer when not. */
export function unknownTopicLabels(labels: string[]): string[] {
  const known = new Set<string>(TOPIC_IDS);
  return labels.filter((label) => !known.has(label));
}

/** Display names, Indonesian first. (The editable taxonomy with descriptions comes with programme labels.) */
export const TOPIC_NAMES: Record<TopicId, { id: string; en: string }> = {
  pemerintahan: { id: 'Pemerintahan', en: 'Government' },
  politik: { id: 'Politik', en: 'Politics' },
  hukum: { id: 'Hukum', en: 'Law' },
  keamanan: { id: 'Keamanan', en: 'Security' },
  ekonomi: { id: 'Ekonomi', en: 'Economy' },
  infrastruktur: { id: 'Infrastruktur', en: 'Infrastructure' },
  pendidikan: { id: 'Pendidikan', en: 'Education' },
  kesehatan: { id: 'Kesehatan', en: 'Health' },
  sosial: { id: 'Sosial', en: 'Social affairs' },
  lingkungan: { id: 'Lingkungan', en: 'Environment' },
  pangan: { id: 'Pangan', en: 'Food' },
  budaya: { id: 'Budaya', en: 'Culture' },
  olahraga: { id: 'Olahraga', en: 'Sport' },
  teknologi: { id: 'Teknologi', en: 'Technology' },
  internasional: { id: 'Internasional', en: 'International' },
  hiburan: { id: 'Hiburan', en: 'Entertainment' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

/** The topic a clipping is filed under: the officer's correction, else the model's prediction. */
export function effectiveTopic(c: { classification?: { topic?: { label: string } | null } | null; topicOverride?: { topic: string } | null }): string | null {
  return c.topicOverride?.topic ?? c.classification?.topic?.label ?? null;
}

export function topicName(id: string, locale: string): string {
  const names = TOPIC_NAMES[id as TopicId];
  if (!names) return id;
  return locale.startsWith('id') ? names.id : names.en;
}
