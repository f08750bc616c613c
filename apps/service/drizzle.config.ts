import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @social-lens/service db:generate` writes a migration after a schema change.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/*-table.ts',
  out: './drizzle',
  casing: 'snake_case',
});
