import registry from './outlets.json';

export type OutletType = 'nasional' | 'regional' | 'pemerintah' | 'internasional';

export interface Outlet {
  name: string;
  type: OutletType;
  province?: string;
  /** The registry key that matched, e.g. detik.com for news.detik.com. */
  domain: string;
}

const OUTLETS = registry.outlets as Record<string, Omit<Outlet, 'domain' | 'name'> & { name?: string }>;

/** Looks a host up by its most specific registered suffix (news.detik.com → detik.com). */
export function lookupOutlet(host: string): Outlet | null {
  const labels = host.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const suffix = labels.slice(i).join('.');
    const entry = OUTLETS[suffix];
    if (entry) return { ...entry, name: entry.name ?? host.toLowerCase(), domain: suffix };
  }
  return null;
}
