// Every string, both languages: the shell's (./en.ts, ./zhCN.ts) and each area that loads with
// its view. For types (i18next's typed keys, the Chinese `Messages` type), tests and tools; the
// app imports none of this (it loads areas through ./strings.ts), so its entry chunk stays small.
import { shellEn } from './en';
import { shellZhCN, type Messages } from './zhCN';
import { exploreEn } from './explore/en';
import { trainEn } from './train/en';
import { landscapeEn } from './landscape/en';
import { applicationsEn } from './applications/en';
import { guideEn } from './guide/en';
import { a11yEn } from './a11y/en';
import { digitsEn } from './digits/en';
import { lossesEn } from './losses/en';
import { exploreZhCN } from './explore/zhCN';
import { trainZhCN } from './train/zhCN';
import { landscapeZhCN } from './landscape/zhCN';
import { applicationsZhCN } from './applications/zhCN';
import { guideZhCN } from './guide/zhCN';
import { a11yZhCN } from './a11y/zhCN';
import { digitsZhCN } from './digits/zhCN';
import { lossesZhCN } from './losses/zhCN';

export const en = {
  ...shellEn,
  explore: exploreEn,
  train: trainEn,
  landscape: landscapeEn,
  applications: applicationsEn,
  guide: guideEn,
  a11y: a11yEn,
  digits: digitsEn,
  losses: lossesEn,
} as const;

export const zhCN: Messages = {
  ...shellZhCN,
  explore: exploreZhCN,
  train: trainZhCN,
  landscape: landscapeZhCN,
  applications: applicationsZhCN,
  guide: guideZhCN,
  a11y: a11yZhCN,
  digits: digitsZhCN,
  losses: lossesZhCN,
};
