// Reusable zod (mini) schemas of URL values.
import { z } from 'zod/mini';

/** Every input value of the math lies in [−1e6, 1e6] (DESIGN.md); zod refuses NaN and ±∞. */
export const value = z.number().check(z.gte(-1e6), z.lte(1e6));
export const unit = z.number().check(z.gte(0), z.lte(1));
export const openUnit = z.number().check(z.gt(0), z.lt(1));
export const seed = z.int().check(z.gte(0), z.lte(2 ** 31 - 1));
export const intIn = (lo: number, hi: number) => z.int().check(z.gte(lo), z.lte(hi));
export const numIn = (lo: number, hi: number) => z.number().check(z.gte(lo), z.lte(hi));
export const oneOf = <T extends string>(values: readonly T[]) =>
  z.enum(values as unknown as [T, ...T[]]);
export const flag = z.boolean();
