// The UI's two catalogues stay in step: same keys, same placeholders, every $NAME$ defined.
// (That every t('key') exists is checked by the type checker: MessageKey comes from en.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const ROOT = join(__dirname, '../..');
const read = (lang: string): Catalogue => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const en = read('en');
const zh = read('zh_CN');

describe('i18n catalogues', () => {
  it('en and zh_CN have the same keys and placeholders', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(zh[key]!.placeholders ?? {}, key).toEqual(en[key]!.placeholders ?? {});
    }
  });

  it('every $NAME$ in a message is a defined placeholder', () => {
    for (const [lang, catalogue] of [['en', en], ['zh_CN', zh]] as const) {
      for (const [key, { message, placeholders }] of Object.entries(catalogue)) {
        const used = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
        for (const name of used) expect(Object.keys(placeholders ?? {}), `${lang} ${key}: $${name}$`).toContain(name);
      }
    }
  });

});
