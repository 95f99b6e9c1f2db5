// URL schema versions. A link written by any earlier version still opens: its pairs are
// migrated step by step to the current version before they are read.
//   v0: the pre-release form, long readable names (`tab=train&learningRate=0.1&points=1:2|2:4`)
//   v1: short keys per tab (`#/train?v=1&tlr=0.1&td=1,2;2,4`), the tab in the path
export const URL_VERSION = 1;

export type Pairs = [string, string][];

/** Keys only v0 had: a link without `v=` that holds one of them is read as v0. */
export const V0_KEYS = new Set([
  'tab',
  'lang',
  'theme',
  'task',
  'losses',
  'loss',
  'optimizer',
  'learningRate',
  'epochs',
  'points',
  'model',
  'seed',
]);

const V0_RENAME: Record<string, string> = {
  lang: 'l',
  theme: 'th',
  task: 'et',
  loss: 'tl',
  optimizer: 'to',
  learningRate: 'tlr',
  epochs: 'tep',
  model: 'tm',
  seed: 'ts',
};

/** v0 → v1: renames; `points` `x:y|x:y` → `td` `x,y;x,y`; `losses` → the current task's overlay. */
function v0to1(pairs: Pairs): { pairs: Pairs; path?: string } {
  let path: string | undefined;
  const task = pairs.find(([k]) => k === 'task')?.[1] ?? 'regression';
  const code = { regression: 'r', binary: 'p', margin: 'm', multiclass: 'c' }[task] ?? 'r';
  const out: Pairs = [];
  for (const [k, v] of pairs) {
    if (k === 'tab') path = v;
    else if (k === 'points') {
      out.push([
        'td',
        v
          .split('|')
          .map((p) => p.replace(':', ','))
          .join(';'),
      ]);
      // v0 points always meant edited data.
      out.push(['tp', 'custom']);
    } else if (k === 'losses') out.push([`eo${code}`, v]);
    else out.push([V0_RENAME[k] ?? k, v]);
  }
  // Data before the model and loss that must fit them: v1 reads keys in table order anyway.
  return { pairs: out, path };
}

const STEPS: Record<number, (p: Pairs) => { pairs: Pairs; path?: string }> = { 0: v0to1 };

/** Migrates pairs written by `from` to the current version; `path` when a step moved the tab. */
export function migrate(from: number, pairs: Pairs): { pairs: Pairs; path?: string } {
  let cur = { pairs } as { pairs: Pairs; path?: string };
  for (let v = from; v < URL_VERSION; v++) {
    const next = STEPS[v](cur.pairs);
    cur = { pairs: next.pairs, path: next.path ?? cur.path };
  }
  return cur;
}
