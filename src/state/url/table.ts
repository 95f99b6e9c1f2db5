// The URL fields as tables (issue 19 part 3), one per tab, in the manner of TensorFlow
// Playground's `state.ts`: a row names the key, where its value lives in the state (a dot path,
// or a get/set pair when the URL holds it in another shape), the zod schema it must pass, and
// its text codec. A key's default is what the slice's initial state holds at that path
// (`defaultDraft`), so defaults have one source. `fields` turns a table into the Field objects
// that the one generic reader and writer (urlState.ts) walk in order.
import type { z } from 'zod/mini';
import { fmt, fmtList, fmtRows, num, numList, numRows } from './codec';
import type { Draft, Field } from './field';

/** How one value is written as text, and how a text reads back into a candidate value. */
export interface Codec<T> {
  read(s: string): unknown;
  write(v: T): string;
}

export const text: Codec<string> = { read: (s) => s, write: (v) => v };
export const number: Codec<number> = { read: num, write: fmt };
export const numbers: Codec<number[]> = { read: numList, write: fmtList };
export const rows: Codec<number[][]> = { read: numRows, write: fmtRows };
export const flag: Codec<boolean> = {
  read: (s) => (s === '1' ? true : s === '0' ? false : s),
  write: (v) => (v ? '1' : '0'),
};
export const words: Codec<string[]> = {
  read: (s) => (s === '' ? [] : s.split(',')),
  write: (v) => v.join(','),
};
/** `none` stands for null (the empty text unless given). */
export const orNull = <T>(c: Codec<T>, none = ''): Codec<T | null> => ({
  read: (s) => (s === none ? null : c.read(s)),
  write: (v) => (v === null ? none : c.write(v)),
});

/** A value the URL holds in another shape than the state (rows without ids, runs…). */
export interface Place<T> {
  get(d: Draft): T;
  set(d: Draft, v: T): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a table holds rows of many types
export interface Row<T = any> {
  key: string;
  /** A dot path into the draft (`train.optimizer.lr`), or a get/set pair. */
  at: string | Place<T>;
  /** The schema; a function when it depends on keys read before this one. */
  schema: z.ZodMiniType<T> | ((d: Draft) => z.ZodMiniType<T>);
  /** `text` when absent. */
  codec?: Codec<T>;
  /** A change is a history step of its own (pushState), not a drag frame. */
  discrete?: boolean;
}

/** Ties a row's value type together (a table holds rows of many types). */
export const row = <T>(r: Row<T>): Row => r as Row;

type Obj = Record<string, unknown>;

export function getPath(d: Draft, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Obj)[k], d);
}

/** Sets a value along a path, copying each object on the way (no shared default is mutated). */
export function setPath(d: Draft, path: string, v: unknown): void {
  const keys = path.split('.');
  let o = d as unknown as Obj;
  for (const k of keys.slice(0, -1)) {
    const copy = { ...(o[k] as Obj) };
    o[k] = copy;
    o = copy;
  }
  o[keys[keys.length - 1]] = v;
}

export function fields(table: Row[]): Field[] {
  return table.map((r) => {
    const codec = r.codec ?? text;
    const at = r.at;
    const schema = r.schema;
    return {
      key: r.key,
      read: codec.read,
      schema: typeof schema === 'function' ? schema : () => schema,
      write: codec.write,
      get: typeof at === 'string' ? (d) => getPath(d, at) : at.get,
      set: typeof at === 'string' ? (d, v) => setPath(d, at, v) : at.set,
      discrete: r.discrete,
    } satisfies Field;
  });
}

type SchemaOf<T> = Row<T>['schema'];

/** A choice (task, loss, preset…): a change is a history step. Text unless a codec is given. */
export const discrete = <T>(key: string, at: string, schema: SchemaOf<T>, codec?: Codec<T>) =>
  row<T>({ key, at, schema, codec, discrete: true });

/** A value that is dragged or typed: the current history entry is replaced. A number unless
 *  a codec is given. */
export const continuous = <T>(key: string, at: string, schema: SchemaOf<T>, codec?: Codec<T>) =>
  row<T>({ key, at, schema, codec: codec ?? (number as unknown as Codec<T>) });
