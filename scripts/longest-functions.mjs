#!/usr/bin/env node
// The longest functions of src/components (issue 19: none over ~150 lines), printed as a warning
// list for CI. It never fails the run: whatever happens, it exits 0.
//
//   node scripts/longest-functions.mjs [dir=src/components] [--top=15] [--limit=150]
//
// A function is a function declaration, function expression, arrow function or method, measured
// from its first to its last line; nested functions count on their own too (a component's inner
// callbacks are part of its length, and are listed as well when they are long themselves).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const dir = args.find((a) => !a.startsWith('--')) ?? 'src/components';
const top = option('top', 15);
const limit = option('limit', 150);

function* sourceFiles(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) yield* sourceFiles(p);
    else if (/\.tsx?$/.test(e.name) && !/\.(test|spec)\.tsx?$/.test(e.name)) yield p;
  }
}

/** The name a function is known by: its own, or the variable, property or class member it is. */
function nameOf(ts, node, sf) {
  if (node.name) return node.name.getText(sf);
  const p = node.parent;
  if (
    p &&
    (ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p))
  )
    return p.name.getText(sf);
  if (p && ts.isCallExpression(p)) {
    const callee = p.expression.getText(sf);
    const owner =
      p.parent && ts.isVariableDeclaration(p.parent) ? `${p.parent.name.getText(sf)} = ` : '';
    return `${owner}${callee}(…)`;
  }
  return '(anonymous)';
}

async function main() {
  const ts = (await import('typescript')).default;
  const found = [];
  for (const file of sourceFiles(dir)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node) => {
      if (
        ts.isFunctionDeclaration(node) ||
        ts.isFunctionExpression(node) ||
        ts.isArrowFunction(node) ||
        ts.isMethodDeclaration(node)
      ) {
        const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
        found.push({ file, line: first, name: nameOf(ts, node, sf), lines: last - first + 1 });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  found.sort((a, b) => b.lines - a.lines);
  const over = found.filter((f) => f.lines > limit);
  console.log(
    `longest functions in ${dir} (${found.length} functions; ${over.length} over ${limit} lines${over.length ? ' — split them' : ''}):`,
  );
  for (const f of found.slice(0, Math.max(top, over.length))) {
    const flag = f.lines > limit ? 'WARN' : '    ';
    console.log(`${flag} ${String(f.lines).padStart(4)}  ${f.file}:${f.line}  ${f.name}`);
  }
}

main().catch((e) => console.log(`longest-functions: could not measure (${e?.message ?? e})`));
