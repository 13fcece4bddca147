import { JSDOM, VirtualConsole } from 'jsdom';

/** A Document for saved HTML, as the browser would build it for `url` (no scripts run, no fetches). */
export function documentFromHtml(html: string, url: string): Document {
  // Publishers' CSS and markup trip jsdom's parser warnings; they say nothing about the article.
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, contentType: 'text/html', virtualConsole }).window.document;
}
