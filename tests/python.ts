/**
 * The one way tests run Python: Debian's /usr/bin/python3 with the system packages that
 * scripts/setup.sh installs. A missing module fails with the Debian package to install, before the
 * script runs, instead of a ModuleNotFoundError deep in a training script.
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';

export const PYTHON = '/usr/bin/python3';

/** Python module → Debian package (the same list as scripts/setup.sh). */
const DEBIAN_PACKAGE = {
  numpy: 'python3-numpy',
  scipy: 'python3-scipy',
  sklearn: 'python3-sklearn',
  torch: 'python3-torch',
  onnx: 'python3-onnx',
} as const;
export type PythonModule = keyof typeof DEBIAN_PACKAGE;

const checked = new Set<PythonModule>();

/**
 * Throws, naming the Debian packages to install, when any of `modules` cannot be imported. The probe reads
 * `__version__` because a removed package can leave its folder behind as an empty namespace package.
 */
export function requirePythonModules(modules: readonly PythonModule[], python = PYTHON): void {
  const missing = modules.filter((module) => {
    if (python === PYTHON && checked.has(module)) return false;
    try {
      execFileSync(python, ['-c', `import ${module}; ${module}.__version__`], { stdio: 'ignore' });
      if (python === PYTHON) checked.add(module);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  const packages = missing.map((module) => DEBIAN_PACKAGE[module]).join(' ');
  throw new Error(
    `Python module(s) ${missing.join(', ')} missing for ${python}: run \`bash scripts/setup.sh --system\` ` +
      `(or apt-get install -y ${packages}).`,
  );
}

/** Runs a Python script after checking its modules; returns its standard output as text. */
export function runPython(
  script: string,
  args: readonly string[],
  modules: readonly PythonModule[],
  options: Omit<ExecFileSyncOptions, 'encoding'> = {},
): string {
  requirePythonModules(modules);
  return execFileSync(PYTHON, [script, ...args], { ...options, encoding: 'utf8' }) as string;
}
