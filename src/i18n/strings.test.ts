// The app's strings by area (issue 15.5): the shell's inline, each area loaded with its view,
// in the language shown and in the one being switched to; together they are the whole tree.
import type { i18n } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { en, zhCN } from './all';
import { shellEn } from './en';
import {
  createAppI18n,
  loadStrings,
  releaseAppI18n,
  STRING_CHUNKS,
  type StringArea,
} from './strings';

const live: i18n[] = [];
async function app(lang: 'en' | 'zh-CN') {
  const inst = await createAppI18n(lang);
  live.push(inst);
  return inst;
}
afterEach(() => {
  for (const inst of live.splice(0)) releaseAppI18n(inst);
});

const AREAS = Object.keys(STRING_CHUNKS.en.areas) as StringArea[];

describe('strings by area', () => {
  it('starts with the shell alone; an area arrives when a view asks for it', async () => {
    const i = await app('en');
    expect(i.t('tabs.train')).toBe('Train');
    expect(i.t('offline.undo')).toBe(en.offline.undo); // an inline area
    expect(i.getResource('en', 'translation', 'train')).toBeUndefined();
    await loadStrings(['train']);
    expect(i.t('train.title')).toBe(en.train.title);
    expect(i.getResource('en', 'translation', 'guide')).toBeUndefined();
  });

  it('starts in 简体中文 with its shell there before the first render', async () => {
    const i = await app('zh-CN');
    expect(i.language).toBe('zh-CN');
    expect(i.t('tabs.explore')).toBe('探索');
    await loadStrings(['explore']);
    expect(i.t('explore.title')).toBe(zhCN.explore.title);
    // Only what was asked for: no English area was loaded for it.
    expect(i.getResource('en', 'translation', 'explore')).toBeUndefined();
  });

  it('switches language only once the open views’ areas are there in the new one', async () => {
    const i = await app('en');
    await loadStrings(['train', 'landscape']);
    const seen: string[] = [];
    i.on('languageChanged', () => seen.push(i.t('train.title')));
    await i.changeLanguage('zh-CN');
    expect(seen).toEqual([zhCN.train.title]);
    expect(i.t('landscape.title')).toBe(zhCN.landscape.title);
    expect(i.t('tabs.train')).toBe('训练');
    await i.changeLanguage('en');
    expect(i.t('tabs.train')).toBe('Train');
    expect(i.t('train.title')).toBe(en.train.title);
  });

  it('a view opened during a switch gets its strings in both languages', async () => {
    const i = await app('en');
    const switched = i.changeLanguage('zh-CN');
    const opened = loadStrings(['guide']);
    await Promise.all([switched, opened]);
    expect(i.language).toBe('zh-CN');
    expect(i.t('guide.title')).toBe(zhCN.guide.title);
    expect(i.getResource('en', 'translation', 'guide')).toEqual(en.guide);
  });

  it('holds every key of today’s trees: the shell plus each area, in both languages', async () => {
    const i = await app('en');
    await loadStrings(AREAS);
    await i.changeLanguage('zh-CN');
    expect(i.getResourceBundle('en', 'translation')).toEqual(en);
    expect(i.getResourceBundle('zh-CN', 'translation')).toEqual(zhCN);
    // And the shell is what is left: no area is both inline and loaded by itself.
    for (const a of AREAS) expect(a in shellEn).toBe(false);
  });
});
