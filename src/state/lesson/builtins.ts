// The built-in lessons ("predict, then reveal"), each built on a preset by the slices' own
// actions, like the presets gallery: the view the question is asked on, and the change the
// reveal makes to it. Their words are in i18n (lesson.builtin.<id>); builtins.test.ts checks
// with the math that the answer each one calls right is what the reveal shows.
import type { AppState } from '../appState';
import type { TabId } from '../tabs';

export interface BuiltinLesson {
  id: string;
  tab: TabId;
  /** How many choices (their text is lesson.builtin.<id>.choices.c0…). */
  choices: number;
  answer: number;
  view(s: AppState): void;
  reveal(s: AppState): void;
  /** Play the training after the reveal. */
  play: boolean;
}

const train = (s: AppState) => s.trainActions;

export const BUILTIN_LESSONS: readonly BuiltinLesson[] = [
  {
    // The preset's three outliers pull the MSE fit up (w ≈ 1.37); MAE ignores them (w ≈ 0.75,
    // close to the clean line y = 0.8x + 1).
    id: 'outlier',
    tab: 'train',
    choices: 4,
    answer: 1,
    view: (s) => train(s).loadPreset('outliers'),
    reveal: (s) => train(s).setLoss('mae'),
    play: true,
  },
  {
    // Seed data, η = 0.02: plain GD first gets below 0.01 at step 218, momentum (β = 0.9) at 39.
    id: 'momentum',
    tab: 'train',
    choices: 3,
    answer: 1,
    view: (s) => {
      train(s).loadPreset('seed');
      train(s).setOptimizer({ name: 'sgd', lr: 0.02 });
      train(s).setEpochs(300);
    },
    reveal: (s) => train(s).setOptimizer({ name: 'momentum', lr: 0.02, momentum: 0.9 }),
    play: true,
  },
  {
    // Seed data: the MSE Hessian's λmax ≈ 16.7, so plain GD diverges above 2/λmax ≈ 0.12.
    id: 'lrHigh',
    tab: 'train',
    choices: 4,
    answer: 2,
    view: (s) => {
      train(s).loadPreset('seed');
      train(s).setEpochs(60);
    },
    reveal: (s) => train(s).setOptimizer({ lr: 0.15 }),
    play: true,
  },
];

export const builtinLesson = (id: string): BuiltinLesson | undefined =>
  BUILTIN_LESSONS.find((l) => l.id === id);
