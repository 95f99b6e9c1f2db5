// Test helper: the bundled digits read from disk in Node (the app's tsconfig has no Node types,
// hence the untyped import). Not imported by the app.
import { parseDigits, splitDigits, subset, type DigitSet } from './digits';

export async function readRepoFile(path: string): Promise<Uint8Array> {
  const fs = (await import(/* @vite-ignore */ 'node:' + 'fs')) as {
    readFileSync(p: string): Uint8Array;
  };
  return new Uint8Array(fs.readFileSync(path));
}

export async function bundledDigits(): Promise<{ train: DigitSet; test: DigitSet; all: DigitSet }> {
  const all = parseDigits(await readRepoFile('public/data/digits.u8'));
  return { ...splitDigits(all), all };
}

/** The first n rows of a set (small subsets keep unit tests fast). */
export const head = (d: DigitSet, n: number) =>
  subset(
    d,
    Array.from({ length: n }, (_, i) => i),
  );
