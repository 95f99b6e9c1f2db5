// One URL key as the reader and writer walk it (built from a table row, ./table.ts): how its
// text reads into a candidate value, the zod schema that candidate must pass (it may depend on
// keys read before it), how the value is written, and where it lives in the draft state. A bad
// value never throws: it is refused by its schema and reported by key.
import type { z } from 'zod/mini';
import type { ExploreState } from '../explore/slice';
import type { TrainState } from '../train/slice';
import type { ApplicationsState } from '../applications/slice';
import type { LessonState } from '../lesson/slice';
import type { Lang, Theme } from '../prefs';
import type { TabId } from '../tabs';

/** The serializable settings of one app instance, as the URL holds them. */
export interface Draft {
  tab: TabId;
  lang: Lang;
  theme: Theme | null;
  embed: boolean;
  explore: ExploreState;
  train: TrainState;
  applications: ApplicationsState;
  lesson: LessonState;
}

export interface Field<T = unknown> {
  key: string;
  read(raw: string): unknown;
  schema(d: Draft): z.ZodMiniType<T>;
  write(v: T): string;
  get(d: Draft): T;
  set(d: Draft, v: T): void;
  /** A change of this key is a step of its own in the history (pushState), not a drag frame. */
  discrete?: boolean;
}
