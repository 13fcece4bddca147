export { extractArticle, notArticle, MIN_ARTICLE_WORDS } from './article';
export type { ExtractOptions } from './article';
export { parseDisplayDate, parseMachineDate, instantToIso, ZONE_OFFSETS } from './dates';
export { normalizeUrlKey, outletDomainOf, trustedCanonicalUrl } from './url';
export { lookupOutlet } from './outlets';
export type { Outlet, OutletType } from './outlets';
export type { ExtractResult, ExtractedArticle, NotArticleReason, FieldSource } from './types';
