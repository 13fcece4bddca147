import type { ModelLocation } from './engine';
import { BUNDLED_MODELS } from './protocol';

/**
 * Which models classify: the bundled ones (default, offline), a mirror on the office intranet, or a
 * model from the Hugging Face Hub that the officer chose to download. Remote models are only ever
 * fetched after that explicit choice, and are kept in the browser cache until removed.
 */
export type ModelChoice =
  | { kind: 'bundled' }
  | { kind: 'mirror'; baseUrl: string; toneId: string; topicId?: string | null; labelMap?: Record<string, string> }
  | { kind: 'hub'; toneId: string; topicId?: string | null; labelMap?: Record<string, string> };

export const HUB_URL = 'https://huggingface.co/';
const HUB_PATH_TEMPLATE = '{model}/resolve/{revision}/';
/** An intranet mirror is a plain folder tree: <base>/<model id>/config.json, onnx/model.onnx … */
const MIRROR_PATH_TEMPLATE = '{model}/';

export interface ModelSetup {
  tone: ModelLocation;
  topic: ModelLocation | null;
  labelMap?: Record<string, string>;
}

const withSlash = (url: string) => (url.endsWith('/') ? url : `${url}/`);

export function setupFor(choice: ModelChoice, bundledBaseUrl: string): ModelSetup {
  if (choice.kind === 'bundled') {
    return {
      tone: { root: bundledBaseUrl, id: BUNDLED_MODELS.tone },
      topic: { root: bundledBaseUrl, id: BUNDLED_MODELS.topic, optional: true },
    };
  }
  const root = choice.kind === 'hub' ? HUB_URL : withSlash(choice.baseUrl);
  const pathTemplate = choice.kind === 'hub' ? HUB_PATH_TEMPLATE : MIRROR_PATH_TEMPLATE;
  const remote = (id: string): ModelLocation => ({ root, id, remote: true, pathTemplate });
  return { tone: remote(choice.toneId), topic: choice.topicId ? remote(choice.topicId) : null, labelMap: choice.labelMap };
}

/** The origin the browser must allow before a remote model can be fetched. */
export function originOf(choice: ModelChoice): string | null {
  if (choice.kind === 'bundled') return null;
  return `${new URL(choice.kind === 'hub' ? HUB_URL : choice.baseUrl).origin}/*`;
}

/** Checks what the officer typed before anything is fetched; the reason in Indonesian, or null. */
export function invalidChoice(choice: ModelChoice): string | null {
  if (choice.kind === 'bundled') return null;
  if (!/^[\w.-]+(\/[\w.-]+)?$/.test(choice.toneId)) return 'Nama model tidak sah (contoh: organisasi/nama-model).';
  if (choice.kind === 'mirror') {
    try {
      const url = new URL(choice.baseUrl);
      if (!/^https?:$/.test(url.protocol)) return 'Alamat cermin harus diawali http:// atau https://.';
    } catch {
      return 'Alamat cermin tidak sah.';
    }
  }
  return null;
}

/** Removes a downloaded model from the browser cache (transformers.js keys entries by their URL). */
export async function removeCachedModel(choice: ModelChoice, cacheName = 'transformers-cache'): Promise<number> {
  if (choice.kind === 'bundled') return 0;
  const setup = setupFor(choice, '');
  const prefixes = [setup.tone, setup.topic].filter(Boolean).map((l) => `${l!.root}${l!.id}/`);
  const cache = await caches.open(cacheName);
  let removed = 0;
  for (const request of await cache.keys()) {
    if (prefixes.some((prefix) => request.url.startsWith(prefix))) {
      await cache.delete(request);
      removed += 1;
    }
  }
  return removed;
}
