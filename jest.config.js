/** Jest runs TypeScript through @swc/jest (fast, no type check; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }] },
  // linkedom's CommonJS build requires these ESM-only packages; Node 20.19 loads them natively, jest needs swc to convert them.
  transformIgnorePatterns: ['/node_modules/(?!(?:css-select|css-what|boolbase|domhandler|domelementtype|domutils|dom-serializer|entities|nth-check|cssomnom)/)'],
  globalSetup: '<rootDir>/test/support/global-setup.js',
  testTimeout: 60000,
  // Two workers, one per core: much of the suite waits on child processes (the launcher, Postgres
  // servers, browsers), so two files overlap well; PGlite's ~800 MB per instance fits twice in memory.
  maxWorkers: 2,
};
