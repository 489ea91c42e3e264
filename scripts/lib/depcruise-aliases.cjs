// The `@/` import alias (WXT's tsconfig paths), for dependency-cruiser, which reads it as a webpack resolve config
// because TypeScript 7 gives it no API to read tsconfig.json with.
module.exports = { resolve: { alias: { '@': require('node:path').resolve(__dirname, '../..') } } };
