// The lint rule against markup and code sinks: page text must only ever be rendered as text, and no text may run as
// code. Parses our TypeScript and TSX with @babel/parser (pure JavaScript, so `npm ci` works wherever npm does; the
// native linters' platform packages are missing from some registries) and reports file:line for each banned use.
// `npm run lint` runs it over entrypoints/, components/ and lib/; tests/unit/security/no-markup-sinks.test.ts runs it in `npm test`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

const MARKUP = {
  innerHTML: 'Page text must stay text: set textContent, or render with Preact.',
  outerHTML: 'Page text must stay text: build elements with createElement, or render with Preact.',
  insertAdjacentHTML: 'Page text must stay text: use insertAdjacentText or append elements.',
  setHTMLUnsafe: 'Parses markup: append elements or set textContent instead.',
  createContextualFragment: 'Parses markup: append elements or set textContent instead.',
};
const ON_OBJECT = {
  document: {
    write: 'document.write parses markup: append elements instead.',
    writeln: 'document.writeln parses markup: append elements instead.',
  },
  window: { eval: 'eval runs text as code.' },
  globalThis: { eval: 'eval runs text as code.' },
  self: { eval: 'eval runs text as code.' },
};
const SCRIPT_URL = /^\s*javascript:/i;

function propertyName(node) {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.property.type === 'StringLiteral') return node.property.value;
  return undefined;
}

/** The banned use a node is, if any. */
function problemOf(node) {
  switch (node.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const name = propertyName(node);
      if (name === undefined) return undefined;
      if (Object.hasOwn(MARKUP, name)) return MARKUP[name];
      const object = node.object.type === 'Identifier' ? ON_OBJECT[node.object.name] : undefined;
      return object && Object.hasOwn(object, name) ? object[name] : undefined;
    }
    case 'CallExpression':
    case 'NewExpression':
      if (node.callee.type !== 'Identifier') return undefined;
      if (node.callee.name === 'eval') return 'eval runs text as code.';
      return node.callee.name === 'Function' ? 'new Function runs text as code.' : undefined;
    case 'JSXAttribute':
      return node.name.name === 'dangerouslySetInnerHTML'
        ? 'dangerouslySetInnerHTML parses markup: render text with Preact instead.'
        : undefined;
    case 'StringLiteral':
      return SCRIPT_URL.test(node.value) ? 'A javascript: URL runs text as code.' : undefined;
    case 'TemplateElement':
      return SCRIPT_URL.test(node.value.raw) ? 'A javascript: URL runs text as code.' : undefined;
    default:
      return undefined;
  }
}

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const [key, value] of Object.entries(node)) if (key !== 'loc' && value && typeof value === 'object') walk(value, visit);
}

/** Every banned use in one file's source: `{ line, message }`, in order. */
export function lintSource(source, filename) {
  const plugins = /\.tsx$/.test(filename)
    ? ['typescript', 'jsx']
    : /\.jsx$/.test(filename)
      ? ['jsx']
      : /\.[cm]?ts$/.test(filename)
        ? ['typescript']
        : [];
  const ast = parse(source, { sourceType: 'module', sourceFilename: filename, plugins });
  const found = [];
  walk(ast.program, (node) => {
    const message = problemOf(node);
    if (message) found.push({ line: node.loc.start.line, message });
  });
  return found;
}

const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Lints every source file under `dirs`: the files read and each banned use as `file:line: message`. */
export function lintTree(dirs, root = process.cwd()) {
  const files = dirs.flatMap((dir) => filesUnder(path.resolve(root, dir)));
  const problems = files.flatMap((file) =>
    lintSource(readFileSync(file, 'utf8'), file).map(({ line, message }) => `${path.relative(root, file)}:${line}: ${message}`),
  );
  return { files: files.length, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, problems } = lintTree(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['entrypoints', 'components', 'lib']);
  for (const problem of problems) console.log(problem);
  console.log(`${files} files, ${problems.length} banned ${problems.length === 1 ? 'use' : 'uses'} of markup or code sinks.`);
  process.exit(problems.length > 0 ? 1 : 0);
}
