// Colour-blind-safe categorical palette (Okabe & Ito, 2008), in an order where neighbours stay
// distinct in deuteranopia and protanopia; charts pair colour with dash patterns so colour is
// never the only cue.
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];
export const DASHES = ['', '6 3', '2 3', '8 3 2 3', '12 4', '1 2'];

export const colorAt = (i: number) => PALETTE[i % PALETTE.length];
export const dashAt = (i: number) => DASHES[i % DASHES.length];
