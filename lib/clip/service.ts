import { browser } from 'wxt/browser';
import { findByUrlKey, saveClipping, type KlipingDB } from '../db';
import type { ClipSource } from '../db/types';
import type { ExtractResult } from '../extract';
import type { ClipOutcome, PreviewResponse } from './messages';

const UNREACHABLE_MESSAGE =
  'Kliping tidak dapat membaca halaman ini. Halaman bawaan peramban, toko ekstensi dan berkas lokal tidak bisa dikliping; buka artikelnya di tab biasa lalu coba lagi.';

/** Runs the extractor inside the tab (the officer's own session, no refetch) and returns its result. */
export async function extractFromTab(tabId: number): Promise<ExtractResult | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract-page.js'] });
    return (injection?.result as ExtractResult | undefined) ?? null;
  } catch {
    return null;
  }
}

export async function previewTab(db: KlipingDB, tabId: number): Promise<PreviewResponse> {
  const result = await extractFromTab(tabId);
  if (!result) return { kind: 'unreachable', message: UNREACHABLE_MESSAGE };
  const existing = result.ok ? await findByUrlKey(db, result.article.urlKey) : undefined;
  return { kind: 'extracted', result, existingId: existing?.id ?? null };
}

/** Clips a tab in one step (context menu, shortcut): extract, then save unless already clipped. */
export async function clipTab(db: KlipingDB, tabId: number, clipSource: ClipSource): Promise<ClipOutcome> {
  const result = await extractFromTab(tabId);
  if (!result) return { kind: 'unreachable', message: UNREACHABLE_MESSAGE };
  if (!result.ok) return { kind: 'not-article', message: result.message };
  try {
    const saved = await saveClipping(db, result.article, { clipSource });
    return { kind: saved.status, id: saved.id, title: result.article.title };
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
