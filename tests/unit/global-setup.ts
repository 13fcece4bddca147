import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runPython } from '../python';

export const TEST_MODELS = join(import.meta.dirname, '..', '..', '.cache', 'test-models');

/** Generates the tiny random-weight classifier models once (Debian's python3-onnx and python3-numpy). */
export default function setup(): void {
  if (existsSync(join(TEST_MODELS, 'tiny-topic-wrong', 'onnx', 'model.onnx'))) return;
  runPython(join(import.meta.dirname, '..', 'models', 'make_test_models.py'), [TEST_MODELS], ['onnx', 'numpy'], { stdio: ['ignore', 'pipe', 'inherit'] });
}
