/** Query parameters that only track the reader and never change which article is shown. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref|ref_src|src|source|amp|tag_from|from|cx_\w+|spm|share)$/i;
const PAGE_ALL_PARAMS = /^(page|single|showall)$/i;
const ARCHIVE_HOSTS = /(^|\.)(web\.archive\.org|archive\.(org|ph|is|today|li|vn|md)|webcache\.googleusercontent\.com|translate\.goog)$/i;
const MOBILE_PREFIX = /^(www|m|mobile|amp)\./i;

export function parseHttpUrl(value: string | null | undefined, base?: string): URL | null {
  if (!value || !value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The same address without tracking parameters or fragment (a link officers can share). */
export function withoutTracking(url: URL): URL {
  const clean = new URL(url.href);
  clean.hash = '';
  for (const name of [...clean.searchParams.keys()]) if (TRACKING_PARAMS.test(name)) clean.searchParams.delete(name);
  return clean;
}

/** The publisher's domain without www./m./amp., e.g. news.detik.com. */
export function outletDomainOf(url: string): string {
  const parsed = parseHttpUrl(url);
  if (!parsed) return '';
  let host = parsed.hostname.toLowerCase();
  while (MOBILE_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(MOBILE_PREFIX, '');
  return host;
}

/**
 * The key under which an article is "already clipped": the same story reached through a tracking
 * link, the AMP or mobile variant, `?page=all` or a trailing slash maps to the same key.
 */
export function normalizeUrlKey(url: string): string {
  const parsed = parseHttpUrl(url);
  if (!parsed) return url.trim();
  const params = [...parsed.searchParams.entries()]
    .filter(([name, value]) => !TRACKING_PARAMS.test(name) && !(PAGE_ALL_PARAMS.test(name) && /^(all|1|true)$/i.test(value)))
    .sort(([a], [b]) => a.localeCompare(b));
  let path = parsed.pathname.replace(/\/+/g, '/');
  path = path.replace(/\/amp(\/|\.html?)?$/i, '/').replace(/^\/amp\//i, '/');
  path = path.replace(/\/(index\.(html?|php))?$/i, '');
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  return `${outletDomainOf(parsed.href)}${path}${query}`;
}

/**
 * Picks the canonical address the page declares, unless it is empty, not http(s), points at an
 * archive or cache, or belongs to an unrelated site; then the tab's own URL is kept.
 */
export function trustedCanonicalUrl(candidate: string | null | undefined, pageUrl: string): string | null {
  const canonical = parseHttpUrl(candidate, pageUrl);
  const page = parseHttpUrl(pageUrl);
  if (!canonical || !page) return null;
  if (ARCHIVE_HOSTS.test(canonical.hostname)) return null;
  if (canonical.pathname === '/' && page.pathname !== '/') return null;
  const registrable = (host: string) => host.split('.').slice(-2).join('.');
  const pageIsArchive = ARCHIVE_HOSTS.test(page.hostname);
  if (!pageIsArchive && registrable(canonical.hostname) !== registrable(page.hostname)) return null;
  return withoutTracking(canonical).href;
}
