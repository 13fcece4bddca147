import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: Array<{ code: string; message: string }>;
  warnings: Array<{ code: string; message: string; file?: string }>;
}

describe('Firefox MV3 build', () => {
  it('passes web-ext lint with no errors', () => {
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(ROOT, '.output/firefox-mv3'), '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout; // web-ext exits non-zero when it finds errors
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    for (const warning of report.warnings) console.info(`web-ext lint warning ${warning.code}: ${warning.file ?? ''} ${warning.message}`);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
