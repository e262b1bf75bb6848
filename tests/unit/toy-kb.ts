// A tiny hand-written index for matcher tests, independent of the real KB's contents.
import { buildMatchIndex } from '../../core/match-index';
import type { Entity } from '../../core/kb-schema';
import { EntitySchema } from '../../core/kb-schema';

const source = { id: 's', title: 'Test source', publisher: 'Test', accessed: '2026-11-27', url: 'https://example.org/a' };

export function entity(id: string, type: Entity['type'], aliases: Entity['aliases'], name: Partial<Entity['name']> = {}): Entity {
  return EntitySchema.parse({
    id, type, name: { en: aliases[0]!.text, ...name }, aliases,
    summary: 'A test entity used only by the matcher tests.', summarySourceIds: ['s'], sources: [source],
  });
}

export const TOY_ENTITIES: Entity[] = [
  entity('fyp-14', 'plan', [
    { text: '14th Five-Year Plan', lang: 'en' }, { text: '十四五', lang: 'zh-Hans' },
  ]),
  entity('big-fund', 'fund', [
    { text: 'Big Fund', lang: 'en', ambiguous: true }, { text: '大基金', lang: 'zh-Hans' },
    { text: 'National Integrated Circuit Industry Investment Fund', lang: 'en' },
  ]),
  entity('big-fund-phase-2', 'fund', [{ text: 'Big Fund II', lang: 'en' }, { text: '大基金二期', lang: 'zh-Hans' }]),
  entity('big-fund-phase-3', 'fund', [{ text: 'Big Fund III', lang: 'en' }, { text: 'Big Fund 3.0', lang: 'en' }]),
  entity('npc', 'body', [
    { text: 'NPC', lang: 'en', caseSensitive: true, ambiguous: true },
    { text: "National People's Congress", lang: 'en' },
  ]),
  entity('two-sessions', 'meeting', [
    { text: 'Two Sessions', lang: 'en', caseSensitive: true }, { text: 'two sessions', lang: 'en', ambiguous: true },
  ]),
  entity('made-in-china-2025', 'plan', [{ text: 'Made in China 2025', lang: 'en' }]),
  entity('xiao-yaqing', 'person', [{ text: 'Xiao Yaqing', lang: 'en' }]),
  entity('li-qiang', 'person', [{ text: 'Li Qiang', lang: 'en' }]),
  entity('li-keqiang', 'person', [{ text: 'Li Keqiang', lang: 'en' }]),
  entity('changan', 'company', [{ text: "Chang'an", lang: 'en' }, { text: 'Changan', lang: 'en' }]),
];

export const TOY_INDEX = buildMatchIndex('test', TOY_ENTITIES);
