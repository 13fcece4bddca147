import { useState } from 'react';
import { t } from '@/lib/i18n';
import { Notice } from './Notice';

export type ImportMode = 'merge' | 'replace';
export type DigestFormat = 'html' | 'docx' | 'markdown';

interface Props {
  office: string;
  onOfficeChange: (office: string) => void;
  /** The cover logo as a data URL (null: none); `onLogo` gets the chosen file and answers with a problem or null. */
  logo: string | null;
  onLogo: (file: File | null) => Promise<string | null>;
  onDigest: (format: DigestFormat) => void;
  onExportCsv: () => void;
  onBackup: () => void;
  /** Reads the chosen file; resolves with the message to show, rejects with an Indonesian reason. */
  onImport: (text: string, mode: ImportMode) => Promise<string>;
}

/** The morning digest, CSV export, JSON backup, and restore or merge from a backup file. */
export function DataTools({ office, onOfficeChange, logo, onLogo, onDigest, onExportCsv, onBackup, onImport }: Props) {
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (mode === 'replace' && !confirm(t('confirmReplace'))) return;
    try {
      setResult({ ok: true, message: await onImport(await file.text(), mode) });
    } catch (error) {
      setResult({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <details className="data-tools" data-testid="data-tools">
      <summary>{t('dataTools')}</summary>
      <label>
        {t('officeName')} <input value={office} data-testid="office-name" onChange={(e) => onOfficeChange(e.target.value)} />
      </label>
      <div className="logo-row">
        <label>
          {t('officeLogo')} <input type="file" accept="image/png,image/jpeg" data-testid="office-logo" onChange={(e) => void onLogo(e.target.files?.[0] ?? null).then(setLogoProblem)} />
        </label>
        {logo && <img src={logo} alt="" height={32} data-testid="office-logo-preview" />}
        {logo && <button type="button" className="link" onClick={() => void onLogo(null).then(setLogoProblem)}>{t('officeLogoRemove')}</button>}
        {logoProblem && <span className="notice bad" role="alert">{logoProblem}</span>}
      </div>
      <span>{t('downloadDigest')}</span>{' '}
      <button type="button" data-testid="download-digest-html" onClick={() => onDigest('html')}>{t('digestHtml')}</button>{' '}
      <button type="button" data-testid="download-digest-docx" onClick={() => onDigest('docx')}>{t('digestDocx')}</button>{' '}
      <button type="button" data-testid="download-digest" onClick={() => onDigest('markdown')}>{t('digestMarkdown')}</button>
      <br />
      <button type="button" data-testid="export-csv" onClick={onExportCsv}>{t('exportCsv')}</button>{' '}
      <button type="button" data-testid="download-backup" onClick={onBackup}>{t('downloadBackup')}</button>
      <fieldset>
        <legend>{t('importBackup')}</legend>
        {(['merge', 'replace'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="import-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(m === 'merge' ? 'importMerge' : 'importReplace')}
          </label>
        ))}
        <input type="file" accept="application/json,.json" data-testid="import-file" onChange={(e) => void importFile(e.target.files?.[0])} />
      </fieldset>
      {result && <Notice tone={result.ok ? 'ok' : 'bad'} title={t('importBackup')} message={result.message} testId="import-result" />}
    </details>
  );
}
