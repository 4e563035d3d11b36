-- Funding programmes (helper "funding", issue 18 item 4): funding sources become levels plus named
-- programmes. Existing budget lines keep their level: the one renamed value, LAND_NRW → LAND (the
-- city's own state, named by CITY_STATE), is renamed in place, so no row changes and every sum per
-- level stays what it was. Lines start without a programme.

-- AlterEnum
ALTER TYPE "FundingSource" RENAME VALUE 'LAND_NRW' TO 'LAND';

-- CreateTable
CREATE TABLE "funding_programmes" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "level" "FundingSource" NOT NULL,
    "grant_reference" TEXT NOT NULL DEFAULT '',
    "funding_rate" DECIMAL(5,2),
    "period_from" DATE,
    "period_to" DATE,
    "url" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "funding_programmes_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "funding_programmes_rate_check" CHECK ("funding_rate" IS NULL OR ("funding_rate" >= 0 AND "funding_rate" <= 100)),
    CONSTRAINT "funding_programmes_period_check" CHECK ("period_from" IS NULL OR "period_to" IS NULL OR "period_from" <= "period_to")
);

-- CreateIndex
CREATE UNIQUE INDEX "funding_programmes_name_key" ON "funding_programmes"("name");

-- DropIndex
DROP INDEX "budget_lines_initiative_id_year_funding_source_key";

-- AlterTable
ALTER TABLE "budget_lines" ADD COLUMN     "grant_reference" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "programme_id" UUID;

-- CreateIndex
CREATE INDEX "budget_lines_programme_id_idx" ON "budget_lines"("programme_id");

-- CreateIndex: NULLS NOT DISTINCT keeps "one line per initiative, year and level" for lines without a programme.
CREATE UNIQUE INDEX "budget_lines_initiative_id_year_funding_source_programme_id_key" ON "budget_lines"("initiative_id", "year", "funding_source", "programme_id") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "funding_programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
