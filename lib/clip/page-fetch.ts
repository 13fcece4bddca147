const PAGE_FETCH_TIMEOUT_MS = 10_000;

/**
 * Loads another page of the article the tab shows, from inside the tab: same origin only, with the
 * officer's own cookies (a paywalled or logged-in page stays readable), never a third party.
 */
export function sameOriginDocumentFetcher(pageLocation: Location): (url: string) => Promise<Document> {
  return async (url) => {
    if (new URL(url).origin !== pageLocation.origin) throw new Error('alamat di luar situs ini');
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(PAGE_FETCH_TIMEOUT_MS) });
    } catch {
      throw new Error('jaringan tidak tersedia');
    }
    if (!response.ok) throw new Error(`server menjawab ${response.status}`);
    return new DOMParser().parseFromString(await response.text(), 'text/html');
  };
}
