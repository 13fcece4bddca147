/**
 * Dates as Indonesian outlets print and publish them, turned into ISO 8601 with an explicit offset.
 * A time with no zone is taken as the outlet's local zone (WIB unless told otherwise).
 */

export const ZONE_OFFSETS: Record<string, number> = { WIB: 7 * 60, WITA: 8 * 60, WIT: 9 * 60 };
export const DEFAULT_OFFSET_MINUTES = ZONE_OFFSETS.WIB!;

interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isValidLocal(t: LocalDateTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) return false;
  const probe = new Date(Date.UTC(t.year, t.month - 1, t.day));
  return probe.getUTCDate() === t.day && t.year >= 1990 && t.year <= 2100;
}

function localToIso(t: LocalDateTime, offsetMinutes: number): string {
  return (
    `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}` +
    formatOffset(offsetMinutes)
  );
}

/** Expresses an instant as local time at the given offset. */
export function instantToIso(epochMs: number, offsetMinutes: number): string {
  const shifted = new Date(epochMs + offsetMinutes * 60_000);
  return localToIso(
    {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    },
    offsetMinutes,
  );
}

export function isoToEpochMs(iso: string): number {
  return Date.parse(iso);
}

export interface ParsedMachineDate {
  iso: string;
  /** The wall-clock time as written, without zone (YYYY-MM-DDTHH:mm:ss), to catch mislabelled zones. */
  local: string;
  /** True when the source carried an explicit zone (Z or an offset). */
  hadZone: boolean;
  /** True when the zone was written as UTC (Z, GMT, +00:00). */
  utc: boolean;
}

const MACHINE_DATE =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?Z?\s*$/i;

/**
 * Reads a machine-readable date (ISO 8601 and the looser forms found in meta tags, such as
 * "2015-11-05 T10:08:58Z" or "+0700"). The result is expressed at `offsetMinutes` when the source
 * had no zone or was UTC, and at its own offset otherwise.
 */
export function parseMachineDate(value: string, offsetMinutes = DEFAULT_OFFSET_MINUTES): ParsedMachineDate | null {
  const m = MACHINE_DATE.exec(value);
  if (!m) return null;
  const local: LocalDateTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
  };
  if (!isValidLocal(local)) return null;
  const wallClock = localToIso(local, 0).slice(0, 19);
  const zone = m[7]?.toUpperCase();
  if (!zone) return { iso: localToIso(local, offsetMinutes), local: wallClock, hadZone: false, utc: false };
  let zoneMinutes = 0;
  if (zone !== 'Z' && zone !== 'GMT' && zone !== 'UTC') {
    const digits = zone.replace(':', '');
    zoneMinutes = (digits.startsWith('-') ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const utc = zoneMinutes === 0;
  if (!utc) return { iso: localToIso(local, zoneMinutes), local: wallClock, hadZone: true, utc };
  const epoch = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return { iso: instantToIso(epoch, offsetMinutes), local: wallClock, hadZone: true, utc };
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const TIME_PART = String.raw`(?:\s|[,|\-–]|pukul|jam|at\b)+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(WIB|WITA|WIT)\b)?`;
const NAMED_MONTH_DATE = new RegExp(
  String.raw`\b(\d{1,2})\s+(${MONTH_NAMES})\.?\s+(\d{4})(?:${TIME_PART})?`,
  'i',
);
const NUMERIC_DATE = new RegExp(String.raw`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:${TIME_PART})?`, 'i');
const RELATIVE_DATE = /\b(\d+)\s+(detik|menit|jam|hari|minggu|seconds?|minutes?|hours?|days?|weeks?)\s+(?:yang\s+)?(?:lalu|ago)\b/i;
const ZONE_ANYWHERE = /\b(WITA|WIT|WIB)\b/i;

const RELATIVE_UNIT_MS: Record<string, number> = {
  detik: 1_000, second: 1_000,
  menit: 60_000, minute: 60_000,
  jam: 3_600_000, hour: 3_600_000,
  hari: 86_400_000, day: 86_400_000,
  minggu: 604_800_000, week: 604_800_000,
};

export interface DisplayDateOptions {
  /** Zone assumed when the text names none (the outlet's zone). */
  offsetMinutes?: number;
  /** The moment of clipping, for "17 menit yang lalu". */
  now?: Date;
}

/**
 * Reads a date as printed on an Indonesian news page: "Sabtu, 10 Des 2022 13:19 WIB",
 * "Kamis, 05/11/2015 10:08 WIB", "Rabu, 4 November 2015 | 21:04 WIB", "17 menit yang lalu"…
 */
export function parseDisplayDate(text: string, options: DisplayDateOptions = {}): string | null {
  const fallbackOffset = options.offsetMinutes ?? DEFAULT_OFFSET_MINUTES;
  const named = NAMED_MONTH_DATE.exec(text);
  const numeric = named ? null : NUMERIC_DATE.exec(text);
  const m = named ?? numeric;
  if (m) {
    const month = named ? MONTHS[m[2]!.toLowerCase()] : Number(m[2]);
    const local: LocalDateTime = {
      year: Number(m[3]),
      month: month ?? 0,
      day: Number(m[1]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
    };
    if (!isValidLocal(local)) return null;
    const zone = (m[7] ?? ZONE_ANYWHERE.exec(text.slice(m.index))?.[1])?.toUpperCase();
    return localToIso(local, zone ? ZONE_OFFSETS[zone]! : fallbackOffset);
  }
  const rel = RELATIVE_DATE.exec(text);
  if (rel && options.now) {
    const unit = rel[2]!.toLowerCase().replace(/s$/, '');
    const ms = Number(rel[1]) * RELATIVE_UNIT_MS[unit]!;
    const instant = Math.floor((options.now.getTime() - ms) / 60_000) * 60_000;
    return instantToIso(instant, fallbackOffset);
  }
  return null;
}

/** The offset of an ISO 8601 string in minutes ("+08:00" → 480); null for none. */
export function offsetOf(iso: string): number | null {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return /Z$/.test(iso) ? 0 : null;
}

export interface MachineDateCandidate {
  parsed: ParsedMachineDate;
  /** A generic <time> element may belong to a sidebar; it is trusted less than declared metadata. */
  generic: boolean;
}

export type ReconciledDate = { iso: string; from: 'machine' | 'visible' | 'machine-zone-corrected' };

/**
 * Chooses the publication time from what the page declares for machines and what it prints.
 * Known traps: local time labelled UTC (detik, merdeka) and wrong offsets show up as the same
 * wall-clock time as the printed one at a different instant; the printed zone is then right.
 */
export function reconcilePublished(machine: MachineDateCandidate | null, visible: string | null): ReconciledDate | null {
  if (!machine) return visible ? { iso: visible, from: 'visible' } : null;
  if (!visible) return { iso: machine.parsed.iso, from: 'machine' };
  const visibleOffset = offsetOf(visible) ?? DEFAULT_OFFSET_MINUTES;
  const machineEpoch = Date.parse(machine.parsed.iso);
  if (Math.abs(machineEpoch - Date.parse(visible)) < 60_000) {
    return { iso: instantToIso(machineEpoch, visibleOffset), from: 'machine' };
  }
  if (machine.parsed.local.slice(0, 16) === visible.slice(0, 16)) {
    return { iso: `${machine.parsed.local}${formatOffset(visibleOffset)}`, from: 'machine-zone-corrected' };
  }
  return machine.generic ? { iso: visible, from: 'visible' } : { iso: machine.parsed.iso, from: 'machine' };
}
