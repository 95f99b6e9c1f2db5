// The Train workspace, one layout for every model (linear, logistic, MLP). At 1280×720 the
// landscape (the largest figure) takes the workspace's whole height in the middle; on its left the
// bar (play/step/reset, timeline, learning rate) over the readout and the settings that are not
// touched every minute, in a rail that scrolls on its own; on its right the notes, the data and
// fit and the loss by epoch. At 1024×768 the same, smaller; below 900 px the figures come first
// and the settings after (see train.css, "Workspace").
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { ReplayContext, type ReplayChannel } from './replayPaint';

export interface TrainLayoutProps {
  /** Transport and learning rate: what a lecturer touches every minute. */
  bar: ReactNode;
  /** Status line, errors and the divergence notice (empty most of the time). */
  notes: ReactNode;
  landscape: ReactNode;
  data: ReactNode;
  epoch: ReactNode;
  /** The readout, then presets and the rarely touched settings. */
  rail: ReactNode;
  /** Below the workspace: the log and anything long. */
  more: ReactNode;
}

export function TrainLayout({ bar, notes, landscape, data, epoch, rail, more }: TrainLayoutProps) {
  const { t } = useTranslation();
  // One channel per workspace: its figures paint the replayed step outside React (replayPaint).
  const store = useAppStoreApi();
  const [channel] = useState<ReplayChannel>(() => ({ store, lineAt: null }));
  return (
    <ReplayContext.Provider value={channel}>
      <div className="train-panel">
        <div className="train-ws" data-testid="train-workspace">
          <h2 className="visually-hidden">{t('train.title')}</h2>
          <div className="ws-bar">{bar}</div>
          <div className="ws-land" data-testid="ws-landscape">
            {landscape}
          </div>
          <div className="ws-figs">
            <div className="ws-notes">{notes}</div>
            <div className="ws-data">{data}</div>
            <div className="ws-epoch">{epoch}</div>
          </div>
          <aside className="ws-rail" aria-label={t('train.controls.title')}>
            {rail}
          </aside>
        </div>
        <div className="train-more">
          <p className="muted train-intro">{t('train.intro')}</p>
          {more}
        </div>
      </div>
    </ReplayContext.Provider>
  );
}
