import type { ClippingPrediction } from '../classify/engine';
import type { Tone } from '../classify/labels';
import type { ExtractedArticle } from '../extract';
import { detectMentions, personMatcher } from '../labels/detect';
import type { KlipingDB } from './schema';
import type { Clipping, ClipSource } from './types';

/** Who corrected a tone. One browser profile is one officer; named accounts come with settings. */
export const OFFICER = 'petugas';

export type SaveResult =
  | { status: 'saved'; id: number }
  | { status: 'duplicate'; id: number };

/** A clipping is live unless it is in the trash. */
const isLive = (c: Clipping | undefined): c is Clipping & { deletedAt: null } => !!c && c.deletedAt === null;

export async function findByUrlKey(db: KlipingDB, urlKey: string): Promise<Clipping | undefined> {
  const found = await db.clippings.where('urlKey').equals(urlKey).first();
  return isLive(found) ? found : undefined;
}

/**
 * Stores an extracted article. The same article (same normalised URL) is never stored twice: the
 * existing clipping is reported instead. A trashed clipping of the same URL is brought back with the
 * fresh extraction, since the officer asked for it again.
 */
export async function saveClipping(
  db: KlipingDB,
  article: ExtractedArticle,
  options: {
    note?: string;
    clipSource: ClipSource;
    now?: number;
    classification?: ClippingPrediction | null;
    toneOverride?: Tone | null;
    officer?: string;
    /** Labels the officer chose while clipping (accepted suggestions included). */
    programmes?: string[];
    tags?: string[];
    /** The officer's topic choice while clipping. */
    topic?: string | null;
  },
): Promise<SaveResult> {
  return db.transaction('rw', db.clippings, db.persons, async () => {
    const existing = await db.clippings.where('urlKey').equals(article.urlKey).first();
    if (isLive(existing)) return { status: 'duplicate', id: existing.id };
    const { sources, ...fields } = article;
    const now = options.now ?? Date.now();
    const programmes = [...new Set(options.programmes ?? [])];
    const tags = [...new Set((options.tags ?? []).map((tag) => tag.trim()).filter(Boolean))];
    const row: Omit<Clipping, 'id'> = {
      ...fields,
      fieldSources: sources,
      clippedAt: now,
      note: options.note?.trim() ?? '',
      clipSource: options.clipSource,
      status: options.classification ? 'done' : 'pending',
      deletedAt: null,
      classification: options.classification ?? null,
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      toneOverride: options.toneOverride ? { tone: options.toneOverride, by: options.officer ?? OFFICER, at: now } : null,
      programmes,
      tags,
      mentions: detectMentions(personMatcher(await db.persons.toArray()), article.title, article.text),
      topicOverride: options.topic ? { topic: options.topic, by: options.officer ?? OFFICER, at: now } : null,
      labelledAt: programmes.length || tags.length || options.toneOverride || options.topic ? now : 0,
    };
    if (existing) {
      await db.clippings.put({ ...row, id: existing.id });
      return { status: 'saved', id: existing.id };
    }
    const id = await db.clippings.add(row as Clipping);
    return { status: 'saved', id };
  });
}

export async function getClipping(db: KlipingDB, id: number): Promise<Clipping | undefined> {
  const found = await db.clippings.get(id);
  return isLive(found) ? found : undefined;
}

/** Newest first, trash excluded. */
export async function listClippings(db: KlipingDB, limit = 500): Promise<Clipping[]> {
  return db.clippings
    .orderBy('clippedAt')
    .reverse()
    .filter((c) => c.deletedAt === null)
    .limit(limit)
    .toArray();
}

export async function moveToTrash(db: KlipingDB, id: number, now = Date.now()): Promise<void> {
  await db.clippings.update(id, { deletedAt: now });
}

export async function restoreFromTrash(db: KlipingDB, id: number): Promise<void> {
  await db.clippings.update(id, { deletedAt: null });
}

export async function updateNote(db: KlipingDB, id: number, note: string): Promise<void> {
  await db.clippings.update(id, { note: note.trim() });
}

/** Removes for good what has been in the trash longer than `olderThanMs`. */
export async function emptyTrash(db: KlipingDB, olderThanMs: number, now = Date.now()): Promise<number> {
  return db.clippings.where('deletedAt').below(now - olderThanMs).delete();
}
