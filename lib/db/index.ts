export { KlipingDB, SCHEMA_VERSIONS, DB_NAME } from './schema';
export * from './clippings';
export * from './backup';
export type { Clipping, ClipSource, ClassificationStatus } from './types';

import { KlipingDB } from './schema';

let shared: KlipingDB | undefined;
/** The one database of this extension context (popup, page or service worker). */
export function openDb(): KlipingDB {
  shared ??= new KlipingDB();
  return shared;
}
export { findClippings, hitsFor, matchingCards, outletDomainsOf, readCards, rowsOf, searchIds, type ClippingPage } from './query';
