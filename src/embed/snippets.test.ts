// The Embed dialog's snippets: each carries the frame's src exactly, its size, a title and the
// attributes issue 16 asks for, in the syntax of its page. (e2e/embed-snippets.spec.ts renders
// each in a page of that shape.)
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { embedQuery, withoutFigureKeys } from './embedLink';
import { SNIPPET_FORMATS, snippetFor, type FrameSpec } from './snippets';

// A src with every character that needs care somewhere: & and ; (our keys), ' (a label), a
// backslash, quotes and angle brackets cannot come from encodeURIComponent but are tried anyway.
const SPEC: FrameSpec = {
  src: `https://losscape.example/?fig=curves&ctl=loss#/explore?v=1&embed=1&edr=2,3.5;4,2.5&el=it's\\"<x>`,
  width: 600,
  height: 400,
  title: 'losscape: Loss curves ℓ(ŷ) "quoted" & <b>',
};

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
/** The attributes of the one tag in an HTML snippet, unescaped as a browser would. */
function htmlAttrs(html: string): Map<string, string> {
  const tag = html.match(/<iframe\b([^>]*)>/)?.[1] ?? '';
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-z-]+)(?:="([^"]*)")?/g))
    out.set(m[1], unescapeHtml(m[2] ?? ''));
  return out;
}

describe('snippets', () => {
  it('the HTML snippet carries the src, size, title, lazy loading and fullscreen', () => {
    const a = htmlAttrs(snippetFor('html', SPEC));
    expect(a.get('src')).toBe(SPEC.src);
    expect(a.get('width')).toBe('600');
    expect(a.get('height')).toBe('400');
    expect(a.get('title')).toBe(SPEC.title);
    expect(a.get('loading')).toBe('lazy');
    expect(a.get('allow')).toBe('fullscreen');
  });

  it('the reveal.js slide loads its frame from data-src when the slide comes near', () => {
    const s = snippetFor('reveal', SPEC);
    expect(s).toMatch(/^<section>[\s\S]*<\/section>$/);
    const a = htmlAttrs(s);
    expect(a.get('data-src')).toBe(SPEC.src);
    expect(a.has('src')).toBe(false);
    expect(a.has('data-preload')).toBe(true);
    expect([a.get('width'), a.get('height'), a.get('title')]).toEqual(['600', '400', SPEC.title]);
    expect(a.get('loading')).toBe('lazy');
    expect(a.get('allow')).toBe('fullscreen');
  });

  it('the Jupyter cell is an IPython IFrame call whose literals read back exactly', () => {
    const s = snippetFor('jupyter', SPEC);
    expect(s.startsWith('from IPython.display import IFrame\n')).toBe(true);
    // Python's single-quoted literals, decoded (only \\ and \' and \n are escaped).
    const lits = [...s.matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) =>
      m[1].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)),
    );
    expect(lits[0]).toBe(SPEC.src);
    expect(s).toMatch(/width=600, height=400,/);
    const extras = lits.slice(1);
    expect(extras).toEqual([
      `title="${SPEC.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`,
      'loading="lazy"',
      'allow="fullscreen"',
      'style="border:0;max-width:100%"',
    ]);
  });

  it('the MDX block is JSX that compiles, with the src and title as exact strings', async () => {
    const s = snippetFor('mdx', SPEC);
    const { code } = await transformWithOxc(`export default () => (${s});`, 'snippet.jsx', {
      jsx: { runtime: 'automatic' },
    });
    expect(code).toContain(`src: ${JSON.stringify(SPEC.src)}`);
    expect(code).toContain(`title: ${JSON.stringify(SPEC.title)}`);
    expect(code).toMatch(/width: "600"/);
    expect(code).toMatch(/height: "400"/);
    expect(code).toMatch(/loading: "lazy"/);
    expect(code).toMatch(/allow: "fullscreen"/);
    expect(code).toMatch(/style: \{\s*border: 0,\s*maxWidth: "100%"\s*\}/);
  });

  it('every format is a different snippet', () => {
    const all = SNIPPET_FORMATS.map((f) => snippetFor(f, SPEC));
    expect(new Set(all).size).toBe(SNIPPET_FORMATS.length);
  });
});

describe('embedQuery', () => {
  it('keeps the page’s own keys and adds fig and ctl', () => {
    expect(embedQuery('?backend=cpu', { id: 'landscape', ctl: ['transport', 'lr'] })).toBe(
      '?backend=cpu&fig=landscape&ctl=transport,lr',
    );
    expect(embedQuery('', { id: 'margin', ctl: [] })).toBe('?fig=margin');
    // A landscape figure carries its data; the full app's link leaves it behind.
    expect(embedQuery('?h5=j1.old', { id: 'h5', ctl: [], h5: 'j1.ab-_c' })).toBe(
      '?fig=h5&h5=j1.ab-_c',
    );
    expect(withoutFigureKeys('?fig=h5&h5=j1.abc&backend=cpu')).toBe('?backend=cpu');
  });

  it('drops an old figure’s keys for a whole-view embed', () => {
    expect(embedQuery('?fig=curves&ctl=loss&backend=wasm', null)).toBe('?backend=wasm');
    expect(embedQuery('', null)).toBe('');
  });
});

describe('the README', () => {
  it('shows each snippet exactly as the dialog writes it', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const at = readme.indexOf('**Snippets for the pages teachers use.**');
    expect(at).toBeGreaterThan(0);
    // The four code blocks after that paragraph, each without its first (comment) line.
    const blocks = [...readme.slice(at).matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
      .slice(0, 4)
      .map((m) => m[1].split('\n').slice(1).join('\n').trimEnd());
    const spec: FrameSpec = {
      src: 'https://your.host/losscape/?fig=curves&ctl=loss#/explore?v=1&l=en&embed=1',
      width: 600,
      height: 400,
      title: 'losscape: Loss curves ℓ(ŷ) with the marker',
    };
    expect(blocks).toEqual(SNIPPET_FORMATS.map((f) => snippetFor(f, spec)));
  });
});
