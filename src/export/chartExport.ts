// A chart on the page as a standalone SVG or PNG file. A chart root (any element marked
// `data-export`) holds SVG layers (axes, curves, contours) and canvas layers (heatmaps, the 3-D
// surface), stacked by position. SVG: each SVG layer is cloned with its computed styles written
// inline (CSS variables resolved, so the file looks the same without the app's stylesheet), each
// canvas becomes an <image> of its bitmap, in page order — the canvas under the overlay. PNG:
// the same layers drawn onto one canvas at 2× scale. No network: data: and blob: URLs only.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Presentation properties that matter in a standalone SVG. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'mix-blend-mode',
] as const;

export interface Layer {
  el: HTMLCanvasElement | SVGSVGElement;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartLayers {
  width: number;
  height: number;
  /** The colour behind the chart (the first opaque background up the tree). */
  background: string;
  layers: Layer[];
}

function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The canvases and outermost SVGs of a chart root, in page order, placed relative to it. */
export function chartLayers(root: Element): ChartLayers {
  const box = root.getBoundingClientRect();
  const candidates =
    root instanceof HTMLCanvasElement || root instanceof SVGSVGElement
      ? [root]
      : Array.from(root.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg'));
  const layers: Layer[] = [];
  for (const el of candidates) {
    if (el instanceof SVGSVGElement && el.parentElement?.closest('svg')) continue; // nested
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    layers.push({ el, x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height });
  }
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    background: backgroundOf(root),
    layers,
  };
}

/** A deep clone of an SVG with every element's computed presentation styles inline. */
export function inlinedClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const dst = [clone, ...Array.from(clone.querySelectorAll('*'))];
  src.forEach((s, i) => {
    const d = dst[i];
    const cs = getComputedStyle(s);
    const decl = STYLE_PROPS.map((p) => {
      const v = cs.getPropertyValue(p);
      return v ? `${p}:${v}` : '';
    }).filter(Boolean);
    d.setAttribute('style', decl.join(';'));
    d.removeAttribute('class');
  });
  // Interactive-only attributes mean nothing in a file.
  for (const d of dst) {
    for (const a of ['tabindex', 'data-testid', 'aria-describedby']) d.removeAttribute(a);
  }
  return clone;
}

/** The chart as one standalone SVG document. */
export function chartSvg(root: Element, title: string): string {
  const c = chartLayers(root);
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const out = doc.documentElement as unknown as SVGSVGElement;
  out.setAttribute('width', String(c.width));
  out.setAttribute('height', String(c.height));
  out.setAttribute('viewBox', `0 0 ${c.width} ${c.height}`);
  const t = doc.createElementNS(SVG_NS, 'title');
  t.textContent = title;
  out.appendChild(t);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', c.background);
  out.appendChild(bg);
  for (const l of c.layers) {
    if (l.el instanceof HTMLCanvasElement) {
      const img = doc.createElementNS(SVG_NS, 'image');
      img.setAttribute('x', String(l.x));
      img.setAttribute('y', String(l.y));
      img.setAttribute('width', String(l.width));
      img.setAttribute('height', String(l.height));
      img.setAttribute('preserveAspectRatio', 'none');
      img.setAttribute('href', l.el.toDataURL('image/png'));
      out.appendChild(img);
    } else {
      const svg = inlinedClone(l.el);
      svg.setAttribute('x', String(l.x));
      svg.setAttribute('y', String(l.y));
      svg.setAttribute('width', String(l.width));
      svg.setAttribute('height', String(l.height));
      out.appendChild(doc.importNode(svg, true));
    }
  }
  return new XMLSerializer().serializeToString(doc);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('the SVG layer could not be drawn'));
    img.src = url;
  });
}

/** The chart as a PNG, drawn layer by layer at `scale`× its size on the page. */
export async function chartPng(root: Element, scale = 2): Promise<Blob> {
  const c = chartLayers(root);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(c.width * scale));
  canvas.height = Math.max(1, Math.round(c.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2-D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, c.width, c.height);
  for (const l of c.layers) {
    if (l.el instanceof HTMLCanvasElement) {
      ctx.drawImage(l.el, l.x, l.y, l.width, l.height);
      continue;
    }
    const svg = inlinedClone(l.el);
    svg.setAttribute('xmlns', SVG_NS);
    svg.setAttribute('width', String(l.width));
    svg.setAttribute('height', String(l.height));
    const url = URL.createObjectURL(
      new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }),
    );
    try {
      ctx.drawImage(await loadImage(url), l.x, l.y, l.width, l.height);
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * A short name for a chart: its data-export value, else its label, else the heading of its
 * section, else its first layer's label — up to the first sentence break.
 */
export function chartName(root: Element, index: number): string {
  const heading = root.closest('section')?.querySelector('h2, h3')?.textContent;
  const named =
    (root as HTMLElement).dataset?.export ||
    root.getAttribute('aria-label') ||
    heading ||
    root.querySelector('[aria-label]')?.getAttribute('aria-label') ||
    '';
  const short = named
    .split(/\.\s|。|：|:\s/)[0]
    .trim()
    .replace(/[.。]$/, '');
  return short.length > 70 ? `${short.slice(0, 69)}…` : short || `#${index + 1}`;
}

/** A file name from a chart name: letters, digits and dashes (non-Latin names keep a number). */
export function fileStem(name: string, index: number): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `losscape-${s || `chart-${index + 1}`}`;
}

/** Starts a download of a Blob (an object URL: no network, allowed by the CSP's blob:). */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
