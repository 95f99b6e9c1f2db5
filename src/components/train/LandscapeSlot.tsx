// ─── SLOT: the loss landscape (issue 5) ─────────────────────────────────────────────────────
// A placeholder box, to be replaced by the Landscape view: the loss surface over (w, b) with the
// optimizer's path. Everything it needs arrives as props: the current run (its request, the
// whole path and the held-out split), the replayed step, and whether a run is being computed.
// Settings and data live in the store (`train` slice): read them with useAppStore.
import { useTranslation } from 'react-i18next';
import type { TrainRun } from './useTrainRun';

export interface LandscapeSlotProps {
  /** The run being replayed: run.plan.request is the trainPath request, run.path its result. */
  run: TrainRun | null;
  /** Index into run.path.w / .b / .loss of the state shown now. */
  step: number;
  pending: boolean;
}

export function LandscapeSlot(_props: LandscapeSlotProps) {
  const { t } = useTranslation();
  return (
    <section
      className="landscape-slot"
      aria-labelledby="train-landscape-h"
      data-testid="landscape-slot"
    >
      <h3 id="train-landscape-h">{t('train.landscape.title')}</h3>
      <p className="muted">{t('train.landscape.coming')}</p>
    </section>
  );
}
