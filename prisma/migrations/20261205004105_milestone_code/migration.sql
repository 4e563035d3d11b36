-- AlterTable
ALTER TABLE "milestones" ADD COLUMN     "code" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "milestones_initiative_id_code_key" ON "milestones"("initiative_id", "code");
