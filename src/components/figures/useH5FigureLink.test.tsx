// The Embed dialog's fig=h5 link state, read through a probe component in a server render (the
// packing runs in an effect, so a render shows the states before it: no landscape, or packing).
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppState } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { useH5FigureLink } from './useH5FigureLink';

function Probe({ active }: { active: boolean }) {
  const r = useH5FigureLink(active);
  return (
    <output data-payload={r.payload ?? ''} data-error={String(r.error)}>
      {r.text}
    </output>
  );
}

describe('useH5FigureLink', () => {
  it('says, as an error, that a landscape must be opened first when none is', () => {
    const html = renderMarkup(<Probe active />, { store: createAppStore() });
    expect(html).toBe(
      '<output data-payload="" data-error="true">Open a landscape file (its surface file) in Applications first: this figure carries it in its link.</output>',
    );
  });

  it('is packing (not an error, no payload yet) while a landscape is open', () => {
    const surface = { name: 'resnet.h5', order: ['train_loss'] };
    const store = storeWith(
      (s) =>
        ({
          landscapeFiles: { ...s.landscapeFiles, surface, field: 'train_loss' },
        }) as unknown as Partial<AppState>,
    );
    const html = renderMarkup(<Probe active />, { store });
    expect(html).toBe(
      '<output data-payload="" data-error="false">Packing the open landscape into the link…</output>',
    );
  });
});
