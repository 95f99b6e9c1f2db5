// The one-figure embed of an HDF5 landscape (`fig=h5`): the surface, path and PCA shares travel
// in the link's `h5=` (export/h5Link.ts), read here once; heatmap + contours + path, its best
// point and the shares. A link without one, or with one that cannot be read, says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureProps } from '../../embed/figures';
import { H5_LINK_KEY, unpackH5Link } from '../../export/h5Link';
import type { H5State } from '../../export/stateFile';
import { H5Chart } from '../applications/digits/H5Chart';
import { H5Readout } from '../applications/digits/H5Readout';
import { FigureFrame, FigureNote } from './FigureFrame';
import '../../styles/applications.css';
import '../applications/digits/digits.css';

type Read = { state: 'reading' | 'none' | 'bad' } | { state: 'ok'; h5: H5State };

/** The landscape of this page's link, read once. */
function useLinkLandscape(): Read {
  const [payload] = useState(() => new URLSearchParams(window.location.search).get(H5_LINK_KEY));
  const [read, setRead] = useState<Read>({ state: payload ? 'reading' : 'none' });
  useEffect(() => {
    if (!payload) return;
    let live = true;
    void unpackH5Link(payload).then(
      (h5) => live && setRead(h5 ? { state: 'ok', h5 } : { state: 'bad' }),
    );
    return () => {
      live = false;
    };
  }, [payload]);
  return read;
}

export function H5Figure(_: FigureProps) {
  const { t } = useTranslation();
  const read = useLinkLandscape();
  let body;
  if (read.state !== 'ok')
    body = (
      <FigureNote text={t(`digits.h5.figure.${read.state}`)} busy={read.state === 'reading'} />
    );
  else {
    const { surface, projection, directions } = read.h5;
    const field = surface.order[0];
    body = (
      <div className="dg-h5 dg-h5-figure" data-testid="h5-figure">
        <H5Chart surface={surface} projection={projection} field={field} maxWidth={900} />
        <H5Readout
          surface={surface}
          projection={projection}
          directions={directions}
          field={field}
        />
      </div>
    );
  }
  return <FigureFrame title={t('embed.figs.h5')}>{body}</FigureFrame>;
}
