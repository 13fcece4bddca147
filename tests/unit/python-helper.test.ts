import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requirePythonModules } from '../python';

describe('tests/python.ts', () => {
  it('names the Debian package of every module the interpreter cannot import', () => {
    // A stand-in interpreter on which every import fails, as on a fresh machine.
    const python = join(mkdtempSync(join(tmpdir(), 'kliping-python-')), 'python3');
    writeFileSync(python, '#!/bin/sh\nexit 1\n');
    chmodSync(python, 0o755);
    expect(() => requirePythonModules(['scipy', 'torch'], python)).toThrow(/scipy, torch missing.*apt-get install -y python3-scipy python3-torch/);
  });
  it('passes when the system interpreter has the module', () => {
    expect(() => requirePythonModules(['numpy'])).not.toThrow();
  });
});
