// The Guide tab: the seed's FAQ as questions and answers, each with a link that opens a preset
// showing it, then the whole presets gallery.
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { openPreset } from '../presets/openPreset';
import { PresetList } from '../presets/PresetList';
import { LessonList } from '../lesson/LessonList';
import { presetHash, type PresetKey } from '../presets/presets';
import './guide.css';

type ItemId =
  | 'regression'
  | 'robust'
  | 'binary'
  | 'multiclass'
  | 'imbalanced'
  | 'counts'
  | 'quantiles'
  | 'learningRate'
  | 'momentum'
  | 'adam'
  | 'surrogate'
  | 'confidence'
  | 'easy'
  | 'exponential'
  | 'flatSharp';

/** An answer opens a preset, or (the digits networks, which have no preset) a tab. */
type Target = PresetKey | { hash: string };

const SECTIONS: { id: 'which' | 'optimise' | 'quality'; items: [ItemId, Target][] }[] = [
  {
    id: 'which',
    items: [
      ['regression', 'seedLinear'],
      ['robust', 'mseMaeOutlier'],
      ['binary', 'ceNearZero'],
      ['multiclass', 'multiclass'],
      ['imbalanced', 'imbalanced'],
      ['counts', 'poisson'],
      ['quantiles', 'quantile'],
    ],
  },
  {
    id: 'optimise',
    items: [
      ['learningRate', 'lrTooHigh'],
      ['momentum', 'momentumVsGd'],
      ['adam', 'adamValley'],
    ],
  },
  {
    id: 'quality',
    items: [
      ['surrogate', 'zeroOne'],
      ['confidence', 'ceNearZero'],
      ['easy', 'focalEasy'],
      ['exponential', 'expVsLog'],
      ['flatSharp', { hash: '#/applications' }],
    ],
  },
];

export default function GuidePanel() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const open = (e: MouseEvent<HTMLAnchorElement>, key: PresetKey) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    openPreset(store, key);
  };
  return (
    <div className="guide">
      <header className="guide-head">
        <h2>{t('guide.title')}</h2>
        <p className="guide-intro">{t('guide.intro')}</p>
      </header>
      <nav className="guide-toc" aria-label={t('guide.toc')}>
        {[...SECTIONS.map((s) => s.id), 'presets' as const].map((id) => (
          <a
            key={id}
            href={`#/guide`}
            onClick={(e) => {
              e.preventDefault();
              document.getElementById(`guide-${id}`)?.scrollIntoView();
            }}
          >
            {t(`guide.sections.${id}`)}
          </a>
        ))}
      </nav>
      {SECTIONS.map((section) => (
        <section key={section.id} className="guide-section" aria-labelledby={`guide-${section.id}`}>
          <h3 id={`guide-${section.id}`}>{t(`guide.sections.${section.id}`)}</h3>
          <dl className="guide-faq">
            {section.items.map(([item, preset]) => (
              <div key={item} className="guide-item" data-item={item}>
                <dt>{t(`guide.items.${item}.q`)}</dt>
                <dd>
                  <p>{t(`guide.items.${item}.a`)}</p>
                  {typeof preset === 'string' ? (
                    <a
                      className="guide-show"
                      href={presetHash(preset)}
                      onClick={(e) => open(e, preset)}
                      data-preset={preset}
                    >
                      {t('guide.show', { preset: t(`presets.items.${preset}.title`) })}
                    </a>
                  ) : (
                    <a className="guide-show" href={preset.hash}>
                      {t('guide.showDigits')}
                    </a>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section className="guide-section" aria-labelledby="guide-presets">
        <h3 id="guide-presets">{t('guide.sections.presets')}</h3>
        <PresetList />
      </section>
      <section className="guide-section">
        <LessonList />
      </section>
    </div>
  );
}
