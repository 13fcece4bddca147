import type { ClippingPrediction, Tone, ToneOverride } from '../classify';
import type { ExtractedArticle } from '../extract';
import type { PersonMention } from '../labels/types';

/** The officer's correction of the topic: wins over the model, like a tone correction. */
export interface TopicOverride {
  topic: string;
  by: string;
  at: number;
}

export type ClassificationStatus = 'pending' | 'done' | 'failed';
export type ClipSource = 'popup' | 'context-menu' | 'shortcut' | 'cli' | 'import';

export interface Clipping extends Omit<ExtractedArticle, 'sources'> {
  id: number;
  /** Epoch milliseconds. */
  clippedAt: number;
  note: string;
  clipSource: ClipSource;
  /** Which metadata source each field came from (JSON-LD, OpenGraph…), for tracing a wrong value. */
  fieldSources: ExtractedArticle['sources'];
  status: ClassificationStatus;
  /** Epoch milliseconds when moved to the trash; null while the clipping is live. */
  deletedAt: number | null;
  /** The model's predictions, once the queue has classified the clipping. */
  classification: ClippingPrediction | null;
  /** Classification tries so far, when the next may start (epoch ms), and why the last one failed. */
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** The officer's correction of the tone: wins over the model and survives re-classification. */
  toneOverride: ToneOverride | null;
  /** Programme ids the officer labelled the clipping with (never set by a suggestion on its own). */
  programmes: string[];
  /** Free-form tags, as the officer typed them. */
  tags: string[];
  /** Key persons named in the headline and body, with counts; detected at save and when persons change. */
  mentions: PersonMention[];
  topicOverride: TopicOverride | null;
  /** Epoch ms of the officer's last labelling (programmes, tags, tone or topic); 0 when never. */
  labelledAt: number;
  /** Words and their roots for full-text search; derived from title and text by the database hooks. */
  searchTerms?: string[];
  /**
   * Derived index fields of schema versions 4–5 (person ids, publication instant, effective tone and topic).
   * No longer written since version 6 (the cards answer those filters); they may linger in older rows and
   * are left out of backups.
   */
  persons?: string[];
  publishedMs?: number;
  tone?: Tone;
  topic?: string;
}
