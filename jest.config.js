/** Jest runs TypeScript through SWC (type checking is `npm run typecheck`, run first by `npm test`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } } }] },
  testTimeout: 30000,
  // One migrated SQLite file for the run, copied by each test's database (tests/support/globalSetup.ts says why).
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
  // Three workers on two cores: a fifth of the CPU idled with two, while suites wait on child servers, browsers and timers
  // (bench/README.md, "The test suite and CI"). No test asserts a duration: contention slows them, not what they check.
  maxWorkers: 3,
};
