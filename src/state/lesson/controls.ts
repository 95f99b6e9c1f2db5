// The controls a link can hide (`hide=lr,optimizer`), like TensorFlow Playground's classroom
// mode: a teacher locks what a lesson or an embedded view should not let students change.
// The ids are URL vocabulary: never rename one, add.
export const CONTROL_IDS = [
  'tabs',
  'presets',
  'task',
  'data',
  'loss',
  'model',
  'optimizer',
  'lr',
  'batch',
  'reg',
  'epochs',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export const isControlId = (v: string): v is ControlId =>
  (CONTROL_IDS as readonly string[]).includes(v);

/** Known ids in table order, each once; the unknown ones separately (for the notice). */
export function splitControls(ids: readonly string[]): { known: ControlId[]; unknown: string[] } {
  const unknown = [...new Set(ids.filter((id) => !isControlId(id)))];
  const known = CONTROL_IDS.filter((id) => ids.includes(id));
  return { known, unknown };
}
