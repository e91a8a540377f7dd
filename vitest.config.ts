import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.int.test.ts'],
    environment: 'node',
    // Integration tests open a real SQLite file each; give Payload's start-up room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
