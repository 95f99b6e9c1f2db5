// The parts of a run that the line models (TrainPanel) and the MLP (MlpTrain) show alike: the
// bar (transport and learning rate) and the notes line (status, error, divergence).
import type { ReactNode } from 'react';
import { Lockable } from '../lesson/Lockable';
import { DivergenceNotice } from './DivergenceNotice';
import { LrField } from './LrField';
import { RunStatusLine } from './RunStatusLine';
import { fmtEpoch, Transport } from './Transport';

export function RunBar(p: {
  last: number;
  stepsPerEpoch: number;
  lossAt(step: number): number;
  lr: number;
  onLr(lr: number): void;
  stability?: Parameters<typeof LrField>[0]['stability'];
}) {
  return (
    <>
      <Transport last={p.last} stepsPerEpoch={p.stepsPerEpoch} lossAt={p.lossAt} disabled={false} />
      <Lockable id="lr">
        <LrField lr={p.lr} onChange={p.onLr} stability={p.stability} />
      </Lockable>
    </>
  );
}

export function RunNotes(p: {
  math: boolean;
  pending: boolean;
  /** The finished run: its steps and time. */
  ran: { steps: number; ms: number } | null;
  error: string | null;
  /** Notes of this model, between the error and the divergence notice. */
  children?: ReactNode;
  /** The step where the run diverged, when the notice is to be shown. */
  diverged: number | null;
  stepsPerEpoch: number;
  lr: number;
  limit: Parameters<typeof DivergenceNotice>[0]['limit'];
  suggested: number;
  onApply(lr: number): void;
}) {
  return (
    <>
      <RunStatusLine math={p.math} pending={p.pending} ran={p.ran} />
      {p.error && (
        <p className="train-error" role="alert">
          {p.error}
        </p>
      )}
      {p.children}
      {p.diverged !== null && (
        <DivergenceNotice
          epoch={fmtEpoch(p.diverged / p.stepsPerEpoch)}
          lr={p.lr}
          limit={p.limit}
          suggested={p.suggested}
          onApply={() => p.onApply(p.suggested)}
        />
      )}
    </>
  );
}
