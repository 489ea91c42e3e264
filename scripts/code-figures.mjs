// `node scripts/code-figures.mjs`: the figures issue 13 asks for — file lengths, function lengths (all functions, and
// the Preact components' top-level functions), and imports between top-level folders — over lib/, components/ and
// entrypoints/. Prints JSON; used for closing notes, not by any test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';

const ROOTS = ['lib', 'components', 'entrypoints'];

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function folderOf(file) {
  const parts = file.split(path.sep);
  if (parts[0] !== 'lib') return parts[0];
  const isFolder = parts.length === 2 && existsSync(file) && statSync(file).isDirectory();
  return parts.length > 2 || isFolder ? `lib/${parts[1]}` : 'lib (root)';
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

function walk(node, visit, depth = 0) {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, depth);
    return;
  }
  if (!node || typeof node.type !== 'string') return;
  visit(node, depth);
  const inner = /Function/.test(node.type) ? depth + 1 : depth;
  for (const key of Object.keys(node)) if (key !== 'loc' && key !== 'start' && key !== 'end') walk(node[key], visit, inner);
}

const files = ROOTS.flatMap(filesUnder);
const fileLines = [];
const functionLines = [];
const componentLines = [];
const imports = {};
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  fileLines.push({ file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', ...(file.endsWith('.tsx') ? ['jsx'] : [])] });
  walk(ast.program, (node, depth) => {
    if (/^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|ObjectMethod|ClassMethod)$/.test(node.type)) {
      const lines = node.loc.end.line - node.loc.start.line + 1;
      functionLines.push(lines);
      if (file.endsWith('.tsx') && depth === 0 && node.type === 'FunctionDeclaration' && /^[A-Z]/.test(node.id?.name ?? ''))
        componentLines.push({ name: `${file}:${node.id.name}`, lines });
    }
    if (
      (node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') &&
      /^(\.|@\/)/.test(node.source?.value ?? '')
    ) {
      const source = node.source.value;
      const target = source.startsWith('@/') ? source.slice(2) : path.normalize(path.join(path.dirname(file), source));
      const key = `${folderOf(file)} → ${folderOf(target)}`;
      if (folderOf(file) !== folderOf(target)) imports[key] = (imports[key] ?? 0) + 1;
    }
  });
}
const lines = fileLines.map((entry) => entry.lines);
const components = componentLines.map((entry) => entry.lines);
console.log(
  JSON.stringify(
    {
      files: files.length,
      fileLines: {
        median: percentile(lines, 50),
        p90: percentile(lines, 90),
        max: Math.max(...lines),
        over300: fileLines.filter((e) => e.lines > 300).map((e) => e.file),
      },
      functions: {
        count: functionLines.length,
        median: percentile(functionLines, 50),
        p90: percentile(functionLines, 90),
        max: Math.max(...functionLines),
      },
      components: {
        count: components.length,
        median: percentile(components, 50),
        p90: percentile(components, 90),
        max: Math.max(...components),
        over80: componentLines.filter((e) => e.lines > 80).map((e) => `${e.name} ${e.lines}`),
      },
      importsBetweenFolders: Object.fromEntries(Object.entries(imports).sort()),
    },
    null,
    2,
  ),
);
