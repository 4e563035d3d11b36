-- AlterTable
ALTER TABLE "fields_of_action" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "title_en" TEXT;

-- AlterTable
ALTER TABLE "initiatives" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "plain_language_summary_en" TEXT,
ADD COLUMN     "summary_en" TEXT,
ADD COLUMN     "title_en" TEXT;

-- AlterTable
ALTER TABLE "kpis" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "name_en" TEXT,
ADD COLUMN     "unit_en" TEXT;

-- AlterTable
ALTER TABLE "masterplans" ADD COLUMN     "title_en" TEXT,
ADD COLUMN     "vision_en" TEXT;

-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "description_en" TEXT,
ADD COLUMN     "title_en" TEXT;
