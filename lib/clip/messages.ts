import { browser } from 'wxt/browser';
import type { ClippingInput, ClippingPrediction } from '../classify/engine';
import type { Tone } from '../classify/labels';
import type { ModelInfo } from '../classify/protocol';
import type { ModelChoice } from '../classify/registry';
import type { SaveResult } from '../db';
import type { ClipSource } from '../db/types';
import type { ExtractedArticle, PageCapture } from '../extract';

/** Requests that extension pages send to the background, with the answer each one gets. */
export interface ClipRequests {
  preview: { request: { tabId: number }; response: PreviewResponse };
  save: {
    request: {
      article: ExtractedArticle;
      note: string;
      clipSource: ClipSource;
      classification?: ClippingPrediction | null;
      toneOverride?: Tone | null;
      programmes?: string[];
      tags?: string[];
      topic?: string | null;
    };
    response: SaveResult;
  };
  /** Classifies text now (the popup's preview); the answer is not stored. */
  classify: { request: { input: ClippingInput }; response: ClippingPrediction };
  /** The officer's tone correction of a stored clipping. */
  override: { request: { id: number; tone: Tone | null }; response: null };
  /** Loads (downloading if remote) and checks a model choice; the settings page saves it on success. */
  'model-load': { request: { choice: ModelChoice }; response: ModelInfo };
  /** Asks the background to work through the classification queue (after a re-run was requested). */
  drain: { request: Record<string, never>; response: { classified: number; failed: number } };
  'clip-tab': { request: { tabId: number; clipSource: ClipSource; selectionOnly?: boolean }; response: ClipOutcome };
}

export type PreviewResponse =
  | { kind: 'captured'; capture: PageCapture; existingId: number | null }
  | { kind: 'unreachable'; message: string };

export type ClipOutcome =
  | { kind: 'saved' | 'duplicate'; id: number; title: string }
  | { kind: 'not-article' | 'unreachable' | 'failed'; message: string };

type RequestName = keyof ClipRequests;
type Envelope = { [K in RequestName]: { type: K } & ClipRequests[K]['request'] }[RequestName];

export async function request<K extends RequestName>(
  type: K,
  payload: ClipRequests[K]['request'],
): Promise<ClipRequests[K]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, ...payload })) as
    | { ok: true; value: ClipRequests[K]['response'] }
    | { ok: false; error: string }
    | undefined;
  if (!answer) throw new Error('Latar belakang Kliping tidak menjawab.');
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

export type Handlers = { [K in RequestName]: (payload: ClipRequests[K]['request']) => Promise<ClipRequests[K]['response']> };

/** Answers requests in the background; errors travel back as messages instead of silent nulls. */
export function answerRequests(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const envelope = message as Envelope;
    const handler = handlers[envelope?.type] as ((p: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(envelope).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // keeps the channel open for the asynchronous answer
  });
}
