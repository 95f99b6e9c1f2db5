// A second origin for the embed test: serves public/embed-example.html as a course site would,
// with its iframes pointing at the app's origin, under a strict CSP of its own (its one script
// from its own origin, frames only from the app). Usage: node e2e/embedHost.mjs <port> <appPort>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, appPort] = process.argv.slice(2).map(Number);
const app = `http://127.0.0.1:${appPort}/`;
const page = readFileSync(
  new URL('../public/embed-example.html', import.meta.url),
  'utf8',
).replaceAll('src="./#/', `src="${app}#/`);
const script = readFileSync(new URL('../public/embed-example.js', import.meta.url), 'utf8');
const csp = `default-src 'none'; style-src 'unsafe-inline'; frame-src ${app}; script-src 'self'`;

createServer((req, res) => {
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
