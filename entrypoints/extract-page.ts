import { extractArticle } from '@/lib/extract';

// Injected on demand into the tab the officer chose; its return value travels back to the caller.
export default defineUnlistedScript(() => extractArticle(document, location.href, { now: new Date() }));
