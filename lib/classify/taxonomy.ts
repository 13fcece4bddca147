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
