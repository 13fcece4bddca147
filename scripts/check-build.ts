/**
 * Checks what `npm run build` left in .output: both browsers' extensions are there, and each one's store
 * zip stays within its size budget. Prints the sizes; exits 1 with the reason otherwise. Used by .ci/run.
 *   npx tsx scripts/check-build.ts
 * The zip is computed here (deflate level 9, as `wxt zip` writes it) so that CI does not build twice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const ROOT = join(import.meta.dirname, '..');
/**
 * The extension without models zips to about 4 MB (onnxruntime-web's wasm is most of it); the bundled models
 * may add at most 12 MB (the classifier issue's budget).
 */
const ZIP_BUDGET_BYTES = 16 * 1024 * 1024;
const BUILDS = ['chrome-mv3', 'firefox-mv3'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const problems: string[] = [];
for (const build of BUILDS) {
  const dir = join(ROOT, '.output', build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    problems.push(`${build}: no manifest.json in .output/${build} (did npm run build run?)`);
    continue;
  }
  const files = filesUnder(dir);
  const entries: Zippable = Object.fromEntries(files.map((path) => [relative(dir, path), readFileSync(path)]));
  const unzipped = files.reduce((sum, path) => sum + statSync(path).size, 0);
  const zipped = zipSync(entries, { level: 9 }).length;
  console.log(`${build}: ${files.length} files, ${mb(unzipped)} unzipped, ${mb(zipped)} zipped (budget ${mb(ZIP_BUDGET_BYTES)})`);
  if (zipped > ZIP_BUDGET_BYTES) problems.push(`${build}: zip ${mb(zipped)} is over the ${mb(ZIP_BUDGET_BYTES)} budget`);
}
for (const problem of problems) console.error(problem);
process.exit(problems.length ? 1 : 0);
