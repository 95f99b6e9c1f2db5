// The classifier card's controls: train / pause, reset, optimizer, learning rate, and the
// button that relabels an example (or puts its label back).
import { useTranslation } from 'react-i18next';
import type { ApplicationsActions, ClassifierState } from '../../state/applications/slice';
import { CLASSIFIER_LRS } from './classifierView';

export interface ClassifierControlsProps {
  s: Pick<ClassifierState, 'optimizer' | 'lr' | 'wrong'> & { playing: boolean };
  a: Pick<ApplicationsActions, 'setClassifier' | 'resetClassifier' | 'setWrong'>;
  /** Whether a snapshot is in (training can start), and whether the run is at its last step. */
  ready: boolean;
  done: boolean;
  makeWrong(): void;
}

export function ClassifierControls({ s, a, ready, done, makeWrong }: ClassifierControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="ap-controls">
      <button
        type="button"
        className="ap-button primary"
        onClick={() => a.setClassifier({ playing: !s.playing })}
        disabled={!ready || (!s.playing && done)}
        data-testid="clf-train"
      >
        {s.playing ? t('applications.classifier.pause') : t('applications.classifier.train')}
      </button>
      <button
        type="button"
        className="ap-button"
        onClick={a.resetClassifier}
        data-testid="clf-reset"
      >
        {t('applications.classifier.reset')}
      </button>
      <label className="ap-field">
        <span>{t('applications.classifier.optimizer')}</span>
        <select
          value={s.optimizer}
          onChange={(e) => a.setClassifier({ optimizer: e.target.value as 'sgd' | 'adam' })}
        >
          <option value="sgd">SGD</option>
          <option value="adam">Adam</option>
        </select>
      </label>
      <label className="ap-field">
        <span>{t('applications.classifier.lr')}</span>
        <select value={s.lr} onChange={(e) => a.setClassifier({ lr: Number(e.target.value) })}>
          {CLASSIFIER_LRS.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </label>
      {s.wrong === null ? (
        <button
          type="button"
          className="ap-button warn"
          onClick={makeWrong}
          disabled={!ready}
          data-testid="clf-wrong"
        >
          {t('applications.classifier.makeWrong')}
        </button>
      ) : (
        <button
          type="button"
          className="ap-button"
          onClick={() => a.setWrong(null)}
          data-testid="clf-undo-wrong"
        >
          {t('applications.classifier.undoWrong')}
        </button>
      )}
    </div>
  );
}
