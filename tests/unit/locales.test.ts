import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;
const placeholders = (message: string) => (message.match(/\$\d/g) ?? []).sort();

describe('UI strings', () => {
  const id = load('id');
  const en = load('en');
  it('has the same keys in Indonesian and English', () => expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort()));
  it('has the same substitutions in both languages', () => {
    for (const key of Object.keys(id)) expect(placeholders(en[key]!.message), key).toEqual(placeholders(id[key]!.message));
  });
  it('has every key used in the code', () => {
    const used = execSync("grep -rhoE \"\\bt\\('[A-Za-z]+'\" entrypoints components lib", { cwd: join(import.meta.dirname, '../..') })
      .toString()
      .match(/'([A-Za-z]+)'/g)!
      .map((k) => k.slice(1, -1));
    for (const key of new Set(used)) expect(id, key).toHaveProperty(key);
  });
});
