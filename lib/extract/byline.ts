import { shortTextBlocks } from './page-text';

const WRITER_LABEL = String.raw`penulis|pewarta|reporter|wartawan|jurnalis|kontributor|ditulis oleh|oleh|by`;
const EDITOR_LABEL = String.raw`editor|penyunting|redaktur|red`;
const LABELLED = new RegExp(String.raw`^(${WRITER_LABEL}|${EDITOR_LABEL})\s*:?\s*(.*)$`, 'i');
const LABEL_ONLY = new RegExp(String.raw`^(${WRITER_LABEL}|${EDITOR_LABEL})\s*:?$`, 'i');
const TRAILING_LABEL = new RegExp(String.raw`^(.*?)\s+(${WRITER_LABEL})$`, 'i');
const IS_EDITOR = new RegExp(String.raw`^(${EDITOR_LABEL})$`, 'i');
const BYLINE_CLASS = /author|penulis|reporter|byline|jurnalis|writer|pewarta/i;

/** Author-ish strings that name an organisation, not a person ("Kompas Cyber Media", "PT. VIVA…"). */
export function looksLikeOrganisation(name: string): boolean {
  return /\b(PT|CV|Cyber Media|Media Baru|Media Group|Redaksi|Network)\b|\.(com|co\.id|id|net)\b|^https?:/i.test(name);
}

/** Photo credits and social networks that sit in author-like markup. */
const NOT_A_BYLINE = /[\/@©]|^dok\b|^(facebook|twitter|instagram|youtube|tiktok|getty images|reuters|afp|ap|antara foto|istimewa|shutterstock)$/i;

/**
 * A person's name out of a byline: "Kontributor Lhokseumawe, Masriadi" → "Masriadi",
 * "Silvanus Alvin on 18 Jun 2015 at 06:25 WIB" → "Silvanus Alvin", "Fino Yurio Kristo - detikinet" → "Fino Yurio Kristo".
 */
export function cleanPersonName(raw: string): string | null {
  let name = raw
    .replace(/^\s*[:\-–]\s*/, '')
    .replace(/^kontributor\s+[^,]+,\s*/i, '')
    .split(/\s+(?:on|pada|\||-|–|—)\s+|\s*\|\s*|,\s*(?=\p{L}+\s+\d)/u)[0]!
    .replace(/[,;]+$/, '')
    .trim();
  name = name.replace(/\s*-\s*detik\w*$/i, '');
  if (!name || name.length > 60 || /\d{2}/.test(name) || NOT_A_BYLINE.test(name)) return null;
  // A lone upper-case word is a section or region label ("JATIM"), not a person.
  if (!/\s/.test(name) && name === name.toUpperCase() && !/\./.test(name)) return null;
  if (!/^[\p{Lu}]/u.test(name) && !/^tim\s/i.test(name)) return null;
  if (name.split(/\s+/).length > 7) return null;
  return name;
}

export interface Bylines {
  /** Writers named on the page near the headline, first one first. */
  writer: string | null;
  /** The editor, when the page names one (an author of last resort: old kompas, republika). */
  editor: string | null;
}

/** Reads the printed byline ("Penulis: …", "Oleh …", "Red: …", "<name> Jurnalis") after the headline. */
export function findBylines(doc: Document, headline: Element | null): Bylines {
  let writer: string | null = null;
  let editor: string | null = null;
  let scanned = 0;
  for (const { element, text } of shortTextBlocks(doc, headline, 120)) {
    if (++scanned > 1500 || (writer && editor)) break;
    let label: string | undefined;
    let rest: string | undefined;
    const labelled = LABELLED.exec(text);
    if (labelled && labelled[2]) [, label, rest] = labelled;
    else if (LABEL_ONLY.test(text)) {
      // A table row or definition list: the label in one cell, ": Name" in the next.
      label = LABEL_ONLY.exec(text)![1];
      rest = (element.nextElementSibling?.textContent ?? '').trim();
    } else if (BYLINE_CLASS.test(`${element.className} ${element.parentElement?.className ?? ''}`)) {
      const trailing = TRAILING_LABEL.exec(text);
      [label, rest] = trailing ? [trailing[2], trailing[1]] : ['oleh', text];
    }
    if (!label || !rest) continue;
    const name = cleanPersonName(rest);
    if (!name) continue;
    if (IS_EDITOR.test(label)) editor ??= name;
    else writer ??= name;
  }
  return { writer, editor };
}
