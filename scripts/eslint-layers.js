// `layers/imports`: the ESLint rule behind the layer table of docs/architecture.md §1.
// ESLint's no-restricted-imports matches the import text ("../offline/x") and skips import();
// this rule resolves a relative import against the importing file (so "src/offline/**" and
// "src/components/offline/**" are told apart) and sees static imports, `export … from` and
// dynamic import() alike — a lazy import is still an import of that layer.
//
// Options: any number of entries
//   { deny: globs, except?: globs, allowTypes?: boolean, staticOnly?: boolean, message }
// App globs start with "src/" and match the resolved path without extension or "/index"
// ("src/math" is the math barrel); other globs match a package by name ("react-*", "@tensorflow/*").
// "*" is one path segment, "**" any number. allowTypes: a type-only import passes.
// staticOnly: the entry applies to static imports only (import() passes).
import path from 'node:path';

const EXT = /\.(?:[cm]?[jt]sx?|json)$/;

/** Glob → RegExp: "**" any path, "*" one segment; "a/**" also matches "a". */
export function globToRegExp(glob) {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      re += '(?:/.*)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else re += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** What an import names: { app: "src/…" } for a file of this repo, else { pkg, spec }. */
export function importTarget(spec, fromFile, cwd) {
  const clean = spec.replace(/\?.*$/, '');
  if (clean.startsWith('.') || clean.startsWith('/')) {
    const abs = path.resolve(path.dirname(fromFile), clean);
    const rel = path.relative(cwd, abs).split(path.sep).join('/');
    return { app: rel.replace(EXT, '').replace(/\/index$/, '') };
  }
  const parts = clean.split('/');
  const pkg = clean.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return { pkg, spec: clean };
}

function matches(globs, target) {
  return globs.some((g) => {
    const re = globToRegExp(g);
    if (g.startsWith('src/')) return target.app !== undefined && re.test(target.app);
    return target.pkg !== undefined && (re.test(target.pkg) || re.test(target.spec));
  });
}

/** The first deny entry that forbids this import, or undefined. */
export function forbiddenBy(entries, target, { typeOnly, dynamic }) {
  return entries.find(
    (e) =>
      matches(e.deny, target) &&
      !matches(e.except ?? [], target) &&
      !(e.allowTypes && typeOnly) &&
      !(e.staticOnly && dynamic),
  );
}

const typeOnlyImport = (node) =>
  node.importKind === 'type' ||
  (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));

const typeOnlyExport = (node) =>
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'));

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports (static and dynamic) follow the layer table of docs/architecture.md',
    },
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          deny: { type: 'array', items: { type: 'string' } },
          except: { type: 'array', items: { type: 'string' } },
          allowTypes: { type: 'boolean' },
          staticOnly: { type: 'boolean' },
          message: { type: 'string' },
        },
        required: ['deny', 'message'],
        additionalProperties: false,
      },
    },
    messages: { layer: "'{{spec}}': {{message}}" },
  },
  create(context) {
    const entries = context.options;
    const check = (node, source, flags) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = importTarget(source.value, context.filename, context.cwd);
      const hit = forbiddenBy(entries, target, flags);
      if (hit)
        context.report({
          node,
          messageId: 'layer',
          data: { spec: source.value, message: hit.message },
        });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source, { typeOnly: typeOnlyImport(n), dynamic: false }),
      ExportNamedDeclaration: (n) =>
        check(n, n.source, { typeOnly: typeOnlyExport(n), dynamic: false }),
      ExportAllDeclaration: (n) =>
        check(n, n.source, { typeOnly: n.exportKind === 'type', dynamic: false }),
      ImportExpression: (n) => {
        if (n.source.type === 'Literal') check(n, n.source, { typeOnly: false, dynamic: true });
        else if (n.source.type === 'TemplateLiteral' && n.source.expressions.length === 0) {
          check(
            n,
            { type: 'Literal', value: n.source.quasis[0].value.cooked },
            { typeOnly: false, dynamic: true },
          );
        }
      },
    };
  },
};

export const layersPlugin = { meta: { name: 'layers' }, rules: { imports: rule } };
