import { browser } from 'wxt/browser';
import { findByUrlKey, saveClipping, type KlipingDB } from '../db';
import type { ClipSource } from '../db/types';
import { quoteOf, type PageCapture } from '../extract';
import type { ClipOutcome, PreviewResponse } from './messages';

const UNREACHABLE_MESSAGE =
  'Kliping tidak dapat membaca halaman ini. Halaman bawaan peramban, toko ekstensi dan berkas lokal tidak bisa dikliping; buka artikelnya di tab biasa lalu coba lagi.';
const NO_SELECTION_MESSAGE = 'Tidak ada teks yang dipilih (minimal lima kata). Pilih kalimat di artikel, lalu coba lagi.';

/** Runs the extractor inside the tab (the officer's own session, no refetch) and returns what it saw. */
export async function captureTab(tabId: number): Promise<PageCapture | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-page.js'] });
    return (injection?.result as PageCapture | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function previewTab(db: KlipingDB, tabId: number): Promise<PreviewResponse> {
  const capture = await captureTab(tabId);
  if (!capture) return { kind: 'unreachable', message: UNREACHABLE_MESSAGE };
  const existing = capture.result.ok ? await findByUrlKey(db, capture.result.article.urlKey) : undefined;
  return { kind: 'captured', capture, existingId: existing?.id ?? null };
}

/**
 * Clips a tab in one step (context menu, shortcut): extract, then save unless already clipped.
 * With `selectionOnly`, the selected text is saved as a quote of the page.
 */
export async function clipTab(
  db: KlipingDB,
  tabId: number,
  clipSource: ClipSource,
  selectionOnly = false,
): Promise<ClipOutcome> {
  const capture = await captureTab(tabId);
  if (!capture) return { kind: 'unreachable', message: UNREACHABLE_MESSAGE };
  let article;
  if (selectionOnly) {
    if (!capture.selection) return { kind: 'not-article', message: NO_SELECTION_MESSAGE };
    article = quoteOf(capture.result.ok ? capture.result.article : capture.bookmark, capture.selection);
  } else if (capture.result.ok) article = capture.result.article;
  else return { kind: 'not-article', message: capture.result.message };
  try {
    const saved = await saveClipping(db, article, { clipSource });
    return { kind: saved.status, id: saved.id, title: article.title };
  } catch (error) {
    return { kind: 'failed', message: storageErrorMessage(error) };
  }
}

/** Explains a storage failure in words the officer can act on. */
export function storageErrorMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (/Quota/i.test(name) || /quota/i.test(String(error)))
    return 'Penyimpanan peramban penuh, kliping belum tersimpan. Kosongkan ruang disk lalu coba lagi; halaman ini tetap terbuka.';
  return `Kliping belum tersimpan karena kesalahan penyimpanan (${name || String(error)}). Coba lagi.`;
}
