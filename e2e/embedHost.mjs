// A second origin for the embed test: serves public/embed-example.html as a course site would,
// with its iframes pointing at the app's origin, under a strict CSP of its own (no script at
// all, frames only from the app). Usage: node e2e/embedHost.mjs <port> <appPort>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, appPort] = process.argv.slice(2).map(Number);
const app = `http://127.0.0.1:${appPort}/`;
const page = readFileSync(
  new URL('../public/embed-example.html', import.meta.url),
  'utf8',
).replaceAll('src="./#/', `src="${app}#/`);
const csp = `default-src 'none'; style-src 'unsafe-inline'; frame-src ${app}; script-src 'none'`;

createServer((req, res) => {
  if (req.url === '/' || req.url === '/embed-example.html') {
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
    });
    res.end(page);
  } else {
    res.writeHead(404).end();
  }
}).listen(port, '127.0.0.1');
