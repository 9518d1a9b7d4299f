// Prisma CLI configuration. The URL is read from process.env directly (not Prisma's env()
// helper) so that `prisma generate` works offline without a database.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/newsroom' },
});
