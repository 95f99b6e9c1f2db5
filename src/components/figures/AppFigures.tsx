// The Applications figure of one-figure embeds (`fig=kmeans`): the k-means demo, live.
import { useTranslation } from 'react-i18next';
import type { FigureProps } from '../../embed/figures';
import { useMath } from '../../state/useMath';
import { KMeansDemo } from '../applications/KMeansDemo';
import { FigureFrame } from './FigureFrame';
import '../../styles/applications.css';

export function KMeansFigure(_: FigureProps) {
  const { t } = useTranslation();
  const math = useMath();
  return (
    <FigureFrame title={t('embed.figs.kmeans')}>
      <KMeansDemo math={math} />
    </FigureFrame>
  );
}

export { H5Figure } from './H5Figure';
