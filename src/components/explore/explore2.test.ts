// Small defects of issue 14.9 that live in the strings: the binary margin header names the
// value the column holds, and one row is "1 pair" (i18next plural by count), in both languages.
import { describe, expect, it } from 'vitest';
import { createI18n, loadLanguage } from '../../i18n';
import { marginOf } from '../../state/explore/model';
import { splitTopLevel } from './StepByStep';

describe('Explore strings (issue 14.9)', () => {
  it('pluralises the row count in English and keeps the Chinese measure word', async () => {
    const i = createI18n('en');
    expect(i.t('explore.data.caption', { count: 1 })).toMatch(/^1 pair\. /);
    expect(i.t('explore.data.caption', { count: 4 })).toMatch(/^4 pairs\. /);
    await loadLanguage(i, 'zh-CN');
    await i.changeLanguage('zh-CN');
    expect(i.t('explore.data.caption', { count: 1 })).toMatch(/^共 1 对。/);
  });

  it('heads the binary margin column with the formula its values follow', async () => {
    const i = createI18n('en');
    expect(i.t('explore.data.marginP')).toBe('m = (2y−1)·\u200blogit(ŷ)');
    // The values: y = 0 flips the sign, so y·logit(ŷ) (the old header) would read 0.
    const logit = Math.log(0.8 / 0.2);
    expect(marginOf('binaryProb', { y: 0, yHat: 0.8 })).toBeCloseTo(-logit, 9);
    expect(marginOf('binaryProb', { y: 1, yHat: 0.8 })).toBeCloseTo(logit, 9);
    await loadLanguage(i, 'zh-CN');
    await i.changeLanguage('zh-CN');
    expect(i.t('explore.data.marginP')).toBe('m = (2y−1)·\u200blogit(ŷ)');
  });
});

describe('splitTopLevel (the step formula stacks instead of being cut, issue 14.9)', () => {
  it('cuts at a top-level ",\\quad" only', () => {
    const bce =
      'L = -\\frac{1}{N}\\sum_{i=1}^{N} \\big(y_i \\log p_i\\big),\\quad p_i = \\operatorname{clip}(\\hat y_i, \\varepsilon, 1 - \\varepsilon)';
    expect(splitTopLevel(bce)).toEqual([
      'L = -\\frac{1}{N}\\sum_{i=1}^{N} \\big(y_i \\log p_i\\big),',
      'p_i = \\operatorname{clip}(\\hat y_i, \\varepsilon, 1 - \\varepsilon)',
    ]);
    expect(splitTopLevel('L = \\frac{1}{N}\\sum (\\hat y_i - y_i)^2')).toHaveLength(1);
    expect(splitTopLevel('a = \\text{{x,\\quad y}}')).toHaveLength(1);
  });
});
