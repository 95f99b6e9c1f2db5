// A second origin for the embed test: serves public/embed-example.html as a course site would,
// with its iframes pointing at the app's origin, under a strict CSP of its own (its one script
// from its own origin, frames only from the app). Usage: node e2e/embedHost.mjs <port> <appPort>
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { transformWithOxc } from 'vite';

const [port, appPort] = process.argv.slice(2).map(Number);
const app = `http://127.0.0.1:${appPort}/`;
const page = readFileSync(new URL('../public/embed-example.html', import.meta.url), 'utf8')
  .replaceAll('src="./#/', `src="${app}#/`)
  .replaceAll('src="./?', `src="${app}?`);
const script = readFileSync(new URL('../public/embed-example.js', import.meta.url), 'utf8');
const csp = `default-src 'none'; style-src 'unsafe-inline' 'self'; frame-src ${app}; script-src 'self'`;

// --- Pages shaped like the platforms the Embed dialog writes snippets for (issue 16). Each takes
// the snippet as the dialog gave it (`/shape/<format>?s=…`) and renders it as that platform
// would, so e2e/embed-snippets.spec.ts can check the frame works there.
const html = (title, body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** IPython.display.IFrame's own output: its template, with `extras` added as they are. Reads
 *  the call as Python would read these literals (single-quoted strings, ints, a list). */
function jupyterOutput(cell) {
  const py = (lit) => lit.slice(1, -1).replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
  const str = "'(?:[^'\\\\]|\\\\.)*'";
  const call = cell.match(
    new RegExp(
      `^from IPython\\.display import IFrame\\s+IFrame\\((${str}), width=(\\d+), height=(\\d+),\\s*extras=\\[((?:${str}(?:, )?)*)\\]\\)$`,
    ),
  );
  if (!call) return null;
  const extras = [...call[4].matchAll(new RegExp(str, 'g'))].map((m) => py(m[0]));
  const frame = `<iframe\n    width="${call[2]}"\n    height="${call[3]}"\n    src="${py(call[1])}"\n    frameborder="0"\n    allowfullscreen\n    ${extras.join('\n    ')}\n></iframe>`;
  return html(
    'notebook',
    `<main class="jp-Notebook"><div class="jp-Cell jp-CodeCell"><div class="jp-InputArea"><pre>${cell.replace(/</g, '&lt;')}</pre></div>` +
      `<div class="jp-OutputArea"><div class="jp-OutputArea-output" data-mime-type="text/html">${frame}</div></div></div></main>`,
  );
}

/** An MDX page as Docusaurus builds it: the JSX compiled, rendered by React to static HTML. */
// Written under node_modules/.cache so that its `import 'react'` resolves to this project's.
const cache = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
mkdirSync(cache, { recursive: true });
const mdxDir = mkdtempSync(path.join(cache, 'losscape-mdx-'));
let mdxCount = 0;
async function mdxOutput(jsx) {
  const { code } = await transformWithOxc(
    `export default function Doc() { return (<article className="markdown"><h1>Week 3</h1>${jsx}</article>); }`,
    'doc.jsx',
    {
      jsx: { runtime: 'classic', pragma: 'createElement', pragmaFrag: 'Fragment' },
    },
  );
  const file = path.join(mdxDir, `doc${++mdxCount}.mjs`);
  writeFileSync(file, `import { createElement, Fragment } from 'react';\n${code}`);
  const { default: Doc } = await import(pathToFileURL(file).href);
  return html('docs', `<div id="__docusaurus">${renderToStaticMarkup(createElement(Doc))}</div>`);
}

/** A reveal.js deck: a title slide, then the snippet's slide. */
const revealPage = (section) =>
  html(
    'slides',
    `<div class="reveal"><div class="slides"><section><h1>Week 3</h1></section>${section}</div></div>` +
      '<script src="/reveal/reveal.js"></script><script src="/reveal-init.js"></script>',
    '<link rel="stylesheet" href="/reveal/reset.css"><link rel="stylesheet" href="/reveal/reveal.css">',
  );
const revealDist = new URL('../node_modules/reveal.js/dist/', import.meta.url);

async function shape(format, snippet) {
  if (format === 'html') return html('lms', `<div class="course-content">${snippet}</div>`);
  if (format === 'jupyter') return jupyterOutput(snippet);
  if (format === 'mdx') return mdxOutput(snippet);
  if (format === 'reveal') return revealPage(snippet);
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://host');
  if (url.pathname.startsWith('/shape/')) {
    let body = null;
    try {
      body = await shape(url.pathname.slice(7), url.searchParams.get('s') ?? '');
    } catch (e) {
      body = null;
      console.error(e);
    }
    if (body === null) return res.writeHead(400).end('snippet not readable as that platform would');
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
    });
    return res.end(body);
  }
  if (url.pathname === '/reveal-init.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    return res.end(
      'Reveal.initialize({ hash: false, transition: "none" }).then(() => { document.body.dataset.ready = "1"; });',
    );
  }
  if (/^\/reveal\/(reveal\.js|reveal\.css|reset\.css)$/.test(url.pathname)) {
    const name = url.pathname.slice(8);
    res.writeHead(200, {
      'Content-Type': name.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'text/css; charset=utf-8',
    });
    return res.end(readFileSync(new URL(name, revealDist)));
  }
  if (req.url === '/' || req.url === '/embed-example.html') {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
    });
    res.end(page);
  } else if (req.url === '/blank') {
    // An empty course page for e2e/embed-api.spec.ts, which adds its own frame.
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
    });
    res.end('<!doctype html><html lang="en"><title>host</title></html>');
  } else if (req.url === '/embed-example.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
    res.end(script);
  } else {
    res.writeHead(404).end();
  }
}).listen(port, '127.0.0.1');
