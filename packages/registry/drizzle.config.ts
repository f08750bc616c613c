import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @social-lens/registry db:generate` writes a migration after a schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/*-table.ts',
  out: './drizzle',
  casing: 'snake_case',
});
