-- CreateEnum
CREATE TYPE "KpiFrequency" AS ENUM ('MONTHLY', 'QUARTERLY', 'YEARLY');

-- AlterTable
ALTER TABLE "districts" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "fields_of_action" ADD COLUMN     "archived_at" TIMESTAMPTZ(3),
ADD COLUMN     "color" TEXT;

-- AlterTable
ALTER TABLE "kpis" ADD COLUMN     "frequency" "KpiFrequency" NOT NULL DEFAULT 'QUARTERLY';

-- A colour is a hex triple, as the colour input writes it.
ALTER TABLE "fields_of_action" ADD CONSTRAINT "fields_of_action_color_check" CHECK ("color" IS NULL OR "color" ~ '^#[0-9a-f]{6}$');
