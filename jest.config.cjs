// The machine's zone is deliberately not the spreadsheet's (tests use Pacific/Auckland).
process.env.TZ = 'UTC';

/** Tests are TypeScript, transformed by esbuild (ts-jest does not support TypeScript 7). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/fake-apps-script'],
  testMatch: ['**/*.test.ts'],
  transform: { '\\.(ts|mjs)$': '<rootDir>/test/support/esbuild-transform.cjs' },
  moduleFileExtensions: ['ts', 'js', 'cjs', 'mjs', 'json'],
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.cjs'],
};
