/**
 * The office logo printed on the report cover. Kept as a data URL (it lives in extension storage and in
 * backups as text) with its pixel size, checked here so that nothing but a PNG or JPEG reaches a report.
 */
export interface OfficeLogo {
  dataUrl: string;
  width: number;
  height: number;
}

export const MAX_LOGO_BYTES = 300 * 1024;
const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Why a chosen file cannot be the logo (a message key and its argument), or null when it can. */
export function logoProblem(type: string, size: number): { key: 'officeLogoWrongType' | 'officeLogoTooBig'; arg?: string } | null {
  if (type !== 'image/png' && type !== 'image/jpeg') return { key: 'officeLogoWrongType' };
  if (size > MAX_LOGO_BYTES) return { key: 'officeLogoTooBig', arg: String(Math.ceil(size / 1024)) };
  return null;
}

/** The logo if it is a well-formed PNG/JPEG data URL with a sane size; anything else is ignored. */
export function validLogo(logo: unknown): OfficeLogo | null {
  const l = logo as Partial<OfficeLogo> | null;
  if (!l || typeof l.dataUrl !== 'string' || !LOGO_DATA_URL.test(l.dataUrl)) return null;
  if (!(Number(l.width) > 0 && Number(l.height) > 0)) return null;
  return { dataUrl: l.dataUrl, width: Number(l.width), height: Number(l.height) };
}

/** Pixel size on the cover: 64 px high, width in proportion (at most 240 px). */
export function coverSize(logo: OfficeLogo): { width: number; height: number } {
  const height = 64;
  const width = Math.min(240, Math.round((logo.width / logo.height) * height));
  return { width, height: Math.round(width === 240 ? (240 * logo.height) / logo.width : height) };
}
