import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { ChartFrame, innerSize } from './ChartFrame';
import { renderMarkup } from './svgSnapshot';

const M = { top: 10, right: 20, bottom: 30, left: 40 };

describe('ChartFrame', () => {
  it('computes the plot size inside the margins', () => {
    expect(innerSize(300, 200, M)).toEqual({ iw: 240, ih: 160 });
  });

  it('draws the svg, the plot group, the background under the axes and the marks over them', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 240]);
    const y = scaleLinear().domain([0, 1]).range([160, 0]);
    const html = renderMarkup(
      <ChartFrame
        width={300}
        height={200}
        margin={M}
        svg={{ role: 'img', 'aria-label': 'A chart', 'data-testid': 'c' }}
        head={<desc>about</desc>}
        background={<rect className="bg" />}
        x={{ scale: x, label: 'epoch' }}
        y={{ scale: y, label: 'loss' }}
      >
        <circle className="mark" />
      </ChartFrame>,
    );
    expect(html).toMatch(
      /^<svg width="300" height="200" role="img" aria-label="A chart" data-testid="c">/,
    );
    expect(html).toContain('<desc>about</desc><g transform="translate(40,10)">');
    // The bottom axis sits under the plot, the left one at the origin.
    expect(html).toContain('<g class="axis axis-bottom" transform="translate(0,160)">');
    expect(html).toContain('<g class="axis axis-left" transform="translate(0,0)">');
    const order = ['class="bg"', 'axis-bottom', 'axis-left', 'class="mark"'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1]))).toBe(true);
    expect(html).toContain('>epoch</text>');
    expect(html).toContain('>loss</text>');
  });
});
