import { execFileSync } from 'node:child_process';
import makeTestModels from '../unit/global-setup';
import { ROOT } from './harness';

/**
 * Builds what the browser tests load: the product's Chromium build, its E2E variant (host access to
 * 127.0.0.1 and tiny test models, see wxt.config.ts) and the Firefox build for linting.
 */
export default function setup(): void {
  makeTestModels();
  // While iterating on a test: KLIPING_E2E_SKIP_BUILD=1 reuses the builds already in .output/.
  if (process.env.KLIPING_E2E_SKIP_BUILD) return;
  const wxt = (...args: string[]) => execFileSync('npx', ['wxt', 'build', ...args], { cwd: ROOT, stdio: 'pipe' });
  wxt();
  wxt('--mode', 'e2e');
  wxt('-b', 'firefox', '--mv3');
}
