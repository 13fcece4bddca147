import { execFileSync } from 'node:child_process';
import { ROOT } from './harness';

/**
 * Builds what the browser tests load: the E2E variant of the Chromium build (identical to the
 * product except host access to 127.0.0.1, see wxt.config.ts) and the Firefox build for linting.
 */
export default function setup(): void {
  const wxt = (...args: string[]) => execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe' });
  wxt('--mode', 'e2e');
  wxt('-b', 'firefox', '--mv3');
}
