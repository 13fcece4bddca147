type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|Article|BlogPosting|Report|LiveBlogPosting)$/;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    // Publishers' templates often leave raw newlines/tabs inside strings or trailing commas.
    try {
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function flatten(node: unknown, out: JsonObject[]): void {
  if (Array.isArray(node)) node.forEach((item) => flatten(item, out));
  else if (isObject(node)) {
    out.push(node);
    if (node['@graph']) flatten(node['@graph'], out);
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The article object the page describes in JSON-LD, if any. */
export function findJsonLdArticle(doc: Document): JsonObject | null {
  const nodes: JsonObject[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    flatten(parseLenient(script.textContent ?? ''), nodes);
  }
  return nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

export function jsonLdString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return jsonLdString(value[0]);
  if (isObject(value)) return jsonLdString(value['name'] ?? value['url'] ?? value['@id']);
  return null;
}

/** Author names, joined; organisation-only or empty entries are left out by the caller's rules. */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (isObject(item) ? jsonLdString(item['name']) : jsonLdString(item)))
    .filter((name): name is string => !!name);
}
