import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_MODELS = join(import.meta.dirname, '..', '..', '.cache', 'test-models');

/** Generates the tiny random-weight classifier models once (needs Debian python3-onnx, see README). */
export default function setup(): void {
  if (existsSync(join(TEST_MODELS, 'tiny-topic-wrong', 'onnx', 'model.onnx'))) return;
  execFileSync('/usr/bin/python3', [join(import.meta.dirname, '..', 'models', 'make_test_models.py'), TEST_MODELS], { stdio: 'inherit' });
}
