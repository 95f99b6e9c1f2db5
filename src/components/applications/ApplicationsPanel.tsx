// The Applications tab: where losses are used, as small live demos for a lecture — k-means
// (inertia = squared error), image classification (softmax cross-entropy), semantic
// segmentation (per-pixel losses under class imbalance) — and a box for a custom loss.
import { useTranslation } from 'react-i18next';
import { useMath } from '../../state/useMath';
import { ClassifierDemo } from './ClassifierDemo';
import { CustomLossDemo } from './CustomLossDemo';
import { DigitsDemo } from './digits/DigitsDemo';
import { LandscapeFile } from './digits/LandscapeFile';
import { KMeansDemo } from './KMeansDemo';
import { SegmentationDemo } from './SegmentationDemo';
import '../../styles/applications.css';

const SECTIONS = [
  ['ap-kmeans-title', 'applications.kmeans.title'],
  ['ap-clf-title', 'applications.classifier.title'],
  ['ap-digits-title', 'digits.title'],
  ['ap-h5-title', 'digits.h5.title'],
  ['ap-seg-title', 'applications.segmentation.title'],
  ['ap-custom-title', 'applications.custom.title'],
] as const;

export default function ApplicationsPanel() {
  const { t } = useTranslation();
  const math = useMath();
  return (
    <div className="ap-panel" data-testid="applications-panel">
      <header className="ap-head">
        <h2 className="ap-title">{t('applications.title')}</h2>
        <p>{t('applications.intro')}</p>
        {!math && (
          <p className="muted" role="status">
            {t('applications.loading')}
          </p>
        )}
      </header>
      {/* Buttons, not #anchors: the hash holds the tab route. */}
      <nav className="ap-toc" aria-label={t('applications.toc')}>
        {SECTIONS.map(([id, key]) => (
          <button
            key={id}
            type="button"
            className="ap-chip"
            onClick={() => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth' })}
          >
            {t(key)}
          </button>
        ))}
      </nav>
      <KMeansDemo math={math} />
      <ClassifierDemo math={math} />
      <DigitsDemo />
      <LandscapeFile />
      <SegmentationDemo math={math} />
      <CustomLossDemo math={math} />
    </div>
  );
}
