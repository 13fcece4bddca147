import { parseDisplayDate, type DisplayDateOptions } from './dates';
import { shortTextBlocks, shortTextBlocksBefore } from './page-text';

const HAS_TIME = /\b\d{1,2}[:.]\d{2}\b/;
const RELATIVE = /\b(lalu|ago)\b/i;
const MAX_BLOCKS = 2500;
/** "2 jam lalu" counts only right by the headline: sidebars are full of relative times. */
const MAX_BLOCKS_FOR_RELATIVE = 25;

/** Some templates print the date just above the headline (okezone, republika); only this close counts. */
const MAX_BLOCKS_BEFORE = 6;

const absoluteDate = (text: string, options: DisplayDateOptions) =>
  HAS_TIME.test(text) ? parseDisplayDate(text, { offsetMinutes: options.offsetMinutes }) : null;

/**
 * The publication time printed on the page: the date with a time of day nearest to the headline,
 * after it or just above it. Related-story lists and sidebars sit further away.
 */
export function findVisibleDate(doc: Document, headline: Element | null, options: DisplayDateOptions = {}): string | null {
  let after: { date: string; distance: number } | null = null;
  let relative: string | null = null;
  let distance = 0;
  for (const { text } of shortTextBlocks(doc, headline, 120)) {
    if (++distance > MAX_BLOCKS) break;
    const parsed = absoluteDate(text, options);
    if (parsed) {
      after = { date: parsed, distance };
      break;
    }
    if (!relative && distance <= MAX_BLOCKS_FOR_RELATIVE && RELATIVE.test(text)) relative = parseDisplayDate(text, options);
  }
  if (headline) {
    distance = 0;
    for (const { text } of shortTextBlocksBefore(doc, headline, 120)) {
      if (++distance > MAX_BLOCKS_BEFORE || (after && distance >= after.distance)) break;
      const parsed = absoluteDate(text, options);
      if (parsed) return parsed;
    }
  }
  return after?.date ?? relative;
}
