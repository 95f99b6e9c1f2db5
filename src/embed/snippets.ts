// The Embed dialog's snippets, one per kind of page teachers paste into (issue 16): a plain
// iframe (any LMS: Moodle, Canvas, Blackboard; Markdown and MkDocs take raw HTML too), a Jupyter
// cell (IPython.display.IFrame), an MDX block (Docusaurus: JSX, so `style` is an object) and a
// reveal.js slide (the frame loads when its slide comes near: `data-src`). Each carries the
// size, a `title` for screen readers, `loading="lazy"` and `allow="fullscreen"`.
// Pure: strings in, strings out. e2e/embed-snippets.spec.ts renders each in a page of its shape.

export const SNIPPET_FORMATS = ['html', 'jupyter', 'mdx', 'reveal'] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];

export interface FrameSpec {
  src: string;
  width: number;
  height: number;
  /** What a screen reader announces for the frame. */
  title: string;
}

/** Escaped for a double-quoted HTML attribute. */
const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A single-quoted Python string literal. */
const py = (s: string) =>
  `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
/** A JavaScript string literal (for a JSX attribute expression: no HTML entities to think of). */
const js = (s: string) => JSON.stringify(s);

const STYLE = 'border:0;max-width:100%';

export function htmlSnippet(f: FrameSpec): string {
  return (
    `<iframe src="${attr(f.src)}" width="${f.width}" height="${f.height}" title="${attr(f.title)}"` +
    ` style="${STYLE}" loading="lazy" allow="fullscreen"></iframe>`
  );
}

/** A notebook cell: IPython writes the iframe tag itself (width, height, src, frameborder="0",
 *  allowfullscreen) and adds `extras` as they are. */
export function jupyterSnippet(f: FrameSpec): string {
  const extras = [
    `title="${attr(f.title)}"`,
    'loading="lazy"',
    'allow="fullscreen"',
    `style="${STYLE}"`,
  ];
  return (
    'from IPython.display import IFrame\n\n' +
    `IFrame(${py(f.src)}, width=${f.width}, height=${f.height},\n` +
    `       extras=[${extras.map(py).join(', ')}])`
  );
}

/** JSX inside an .mdx page (Docusaurus): string attributes as expressions, style as an object. */
export function mdxSnippet(f: FrameSpec): string {
  return (
    `<iframe\n  src={${js(f.src)}}\n  width="${f.width}"\n  height="${f.height}"\n` +
    `  title={${js(f.title)}}\n  loading="lazy"\n  allow="fullscreen"\n` +
    `  style={{ border: 0, maxWidth: '100%' }}\n/>`
  );
}

/** One slide: reveal.js sets the frame's src from data-src when the slide is near (data-preload)
 *  and unloads it when the slide is far, so a deck with many frames stays light. */
export function revealSnippet(f: FrameSpec): string {
  return (
    `<section>\n  <iframe data-src="${attr(f.src)}" data-preload width="${f.width}" height="${f.height}"` +
    ` title="${attr(f.title)}" style="${STYLE}" loading="lazy" allow="fullscreen"></iframe>\n</section>`
  );
}

export function snippetFor(format: SnippetFormat, f: FrameSpec): string {
  switch (format) {
    case 'jupyter':
      return jupyterSnippet(f);
    case 'mdx':
      return mdxSnippet(f);
    case 'reveal':
      return revealSnippet(f);
    default:
      return htmlSnippet(f);
  }
}
