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
  // PGlite opens ~800 MB per instance: one worker keeps two cores and memory in check.
  maxWorkers: 1,
};
