/** Two projects: the core, readers and CLI run in Node; React components run in jsdom. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
  // Fluent UI in jsdom and the CLI run as child processes are slow on a loaded 2-core machine.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src', '<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
