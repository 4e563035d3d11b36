// Prisma CLI configuration. Migrations are applied by our own runner (lib/db/migrate.ts)
// through Prisma's WebAssembly schema engine, so the CLI is only used for `prisma generate`.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
