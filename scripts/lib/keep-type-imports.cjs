// A Babel plugin for dependency-cruiser only: `import type { X } from './y'` still ties this file to ./y, so before
// the TypeScript preset strips types, each type import or re-export becomes `import './y'`, and the boundary rules
// see type imports too.
module.exports = function keepTypeImports({ types: t }) {
  const typeOnly = (node) =>
    node.importKind === 'type' ||
    node.exportKind === 'type' ||
    (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));
  return {
    visitor: {
      Program: {
        enter(program) {
          for (const statement of program.get('body')) {
            const { node } = statement;
            if ((t.isImportDeclaration(node) || t.isExportNamedDeclaration(node)) && node.source && typeOnly(node)) {
              statement.replaceWith(t.importDeclaration([], t.stringLiteral(node.source.value)));
            }
          }
        },
      },
    },
  };
};
