// English strings of the Train tab (keys under `train.`).
export const trainEn = {
  title: 'Train',
} as const;
