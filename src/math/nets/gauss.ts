import { mulberry32 } from '../random';

/** Seeded standard normal draws (Box–Muller on mulberry32). */
export function normal(seed: number): () => number {
  const rand = mulberry32(seed);
  return () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
