import { sameOriginDocumentFetcher } from '@/lib/clip/page-fetch';
import { capturePage } from '@/lib/extract';

// Injected on demand into the tab the officer chose; the promise's value travels back to the caller.
export default defineUnlistedScript(() =>
  capturePage(document, location.href, {
    now: new Date(),
    selection: window.getSelection()?.toString() ?? null,
    fetchDocument: sameOriginDocumentFetcher(location),
  }),
);
