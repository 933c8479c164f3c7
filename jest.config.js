/** Two projects: the core, readers and CLI run in Node; React components run in jsdom. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];
module.exports = {
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
      // Fluent UI in jsdom is slow to render on a loaded 2-core machine.
      testTimeout: 30_000,
      roots: ['<rootDir>/src', '<rootDir>/tests'],
      testMatch: ['**/*.test.tsx'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
