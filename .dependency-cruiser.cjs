// The house's import rules (README, "Layout"): each layer imports only the layers below it, so storage never
// reaches into page code and the engine stays pure. `npm test` runs `depcruise` with this file; a violation
// fails with the rule's name and comment.
const layer = (name, allowed, comment) => ({
  name: `${name}-imports-only-${allowed.join('-') || 'itself'}`,
  comment,
  severity: 'error',
  from: { path: `^lib/${name}/` },
  to: { path: '^(lib|components|entrypoints|tests)/', pathNot: [`^lib/${name}/`, ...allowed.map((dir) => `^lib/${dir}/`)] },
});

module.exports = {
  forbidden: [
    layer('shared', [], 'lib/shared holds helpers every layer uses; it depends on no layer.'),
    layer('pension', ['shared'], 'The rules engine is pure: it knows nothing of storage, pages or UI.'),
    layer('ledger', ['pension', 'shared'], 'The ledger stores records; page handling lives in lib/background, page reading in lib/portal.'),
    layer('portal', ['pension', 'shared'], 'The page library has no storage and no UI: the background gives it what a page needs.'),
    layer(
      'background',
      ['ledger', 'portal', 'pension', 'shared'],
      'The background composes the layers below it; it never reaches UI code.',
    ),
    layer('dev', ['ledger', 'pension', 'shared'], 'The demo ledger and test clock build records; they reach no page or UI code.'),
    {
      name: 'components-imports-ledger-portal-pension-shared',
      comment:
        'UI reaches the ledger (its types and client), the portal (report types), the engine (formats) and shared helpers; never the background.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^(lib/(background|dev)|entrypoints|tests)/' },
    },
    {
      name: 'nothing-imports-entrypoints',
      comment: 'Entrypoints are thin shells the build starts from; code they hold belongs in lib/ or components/.',
      severity: 'error',
      from: { pathNot: '^entrypoints/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'product-code-never-imports-tests',
      comment: 'What ships must not depend on test code: fixtures the product needs live in lib/dev behind TEST_BUILD.',
      severity: 'error',
      from: { path: '^(lib|components|entrypoints)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'outside-code-uses-the-engine-contract',
      comment: "Outside the engine, reach it through lib/pension/index.ts (or lib/pension/internal.ts): the README's contract.",
      severity: 'error',
      from: { path: '^(lib/(shared|ledger|portal|background|dev)|components|entrypoints)/' },
      to: { path: '^lib/pension/', pathNot: '^lib/pension/(index|internal)\\.ts$' },
    },
    {
      name: 'no-cycles',
      comment: 'A cycle means two modules cannot be understood apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^(lib|components|entrypoints|tests)/',
    exclude: { path: '(^|/)(node_modules|\\.output|\\.wxt)/' },
    webpackConfig: { fileName: 'scripts/lib/depcruise-aliases.cjs' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.d.mts'] },
    // TypeScript 7 ships no compiler API: .ts/.tsx go through Babel (type imports kept by scripts/lib/keep-type-imports.cjs);
    // @swc/core is installed only so that dependency-cruiser counts .ts/.tsx files as readable.
    babelConfig: { fileName: '.dependency-cruiser.babel.json' },
  },
};
