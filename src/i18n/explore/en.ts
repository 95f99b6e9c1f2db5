// English strings of the Explore tab (keys under `explore.`).
export const exploreEn = {
  title: 'Explore',
} as const;
