const ZONE_BY_OFFSET: Record<string, { zone: string; label: string }> = {
  '+07:00': { zone: 'Asia/Jakarta', label: 'WIB' },
  '+08:00': { zone: 'Asia/Makassar', label: 'WITA' },
  '+09:00': { zone: 'Asia/Jayapura', label: 'WIT' },
};

/**
 * A publication time as an Indonesian reader expects it: in the outlet's own zone with its
 * WIB/WITA/WIT label, e.g. "Sabtu, 10 Desember 2022 13.19 WIB".
 */
export function formatPublished(iso: string | null, locale = 'id'): string | null {
  if (!iso) return null;
  const epoch = Date.parse(iso);
  if (Number.isNaN(epoch)) return null;
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(iso)?.[1] ?? '+07:00';
  const known = ZONE_BY_OFFSET[offset];
  const formatted = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: known?.zone ?? 'UTC',
  }).format(epoch);
  return `${formatted} ${known?.label ?? (offset === 'Z' ? 'UTC' : offset)}`;
}

/** A moment in the viewer's own zone, for "clipped at". */
export function formatLocalTime(epochMs: number, locale = 'id'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
}
