// The losses' names and "about" texts live here, not in the math core: every registry id has
// all of them in both languages, and src/math/losses holds no prose of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOSSES } from '../../math/losses/registry';
import { lossesEn } from './en';
import { lossesZhCN } from './zhCN';

const FIELDS = ['name', 'measures', 'use', 'avoid', 'range', 'gradient'] as const;
const HAN = /\p{Script=Han}/u;

describe('loss texts', () => {
  it.each(LOSSES.map((l) => l.id))('%s has every text in English and Chinese', (id) => {
    const en = lossesEn[id] as Record<string, string>;
    const zh = lossesZhCN[id] as Record<string, string>;
    for (const f of FIELDS) {
      expect(en[f], `${id}.${f} (en)`).toMatch(/\S/);
      expect(en[f], `${id}.${f} (en)`).not.toMatch(HAN);
      expect(zh[f], `${id}.${f} (zh-CN)`).toMatch(/\S/);
    }
    // A range such as "[0, 1]。" may hold no Han character; the explanations always do.
    for (const f of ['measures', 'use', 'avoid'] as const) expect(zh[f]).toMatch(HAN);
  });

  it('names every loss parameter and the custom loss in both languages', () => {
    const params = new Set(LOSSES.flatMap((l) => l.params.map((p) => p.id)));
    expect([...params].sort()).toEqual(Object.keys(lossesEn.params).sort());
    for (const p of params) expect(lossesZhCN.params[p]).toMatch(/\S/);
    expect(lossesZhCN.custom.name).toMatch(HAN);
  });

  it('names the glossary terms for the losses the glossary lists', () => {
    expect(lossesZhCN.mse.name).toBe('均方误差（MSE）');
    expect(lossesZhCN.hinge.name).toBe('合页损失');
    expect(lossesZhCN.kl.name).toBe('KL 散度（相对熵）');
    expect(lossesZhCN.focal.name).toBe('Focal 损失（焦点损失）');
  });

  it('leaves no prose in src/math/losses and customLoss.ts (names and texts are i18n strings)', () => {
    const dir = join(__dirname, '../../math/losses');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(dir, f));
    files.push(join(__dirname, '../../math/customLoss.ts'));
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      // Code only: comments may say anything (they are for the reader of the math).
      const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
      expect(code, file).not.toMatch(HAN);
      expect(code, file).not.toMatch(/\b(name|about|measures|avoid)\s*:/);
      expect(code, file).not.toMatch(/'zh-CN'/);
    }
  });
});
