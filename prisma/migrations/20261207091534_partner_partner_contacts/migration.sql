-- AlterEnum
ALTER TYPE "InitiativeMemberRole" ADD VALUE 'PARTNER_CONTACT';

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'PARTNER_CONTACT';

-- AlterTable
ALTER TABLE "kpis" ADD COLUMN     "responsible_partner_id" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "partner_id" UUID;

-- CreateIndex
CREATE INDEX "kpis_responsible_partner_id_idx" ON "kpis"("responsible_partner_id");

-- CreateIndex
CREATE INDEX "users_partner_id_idx" ON "users"("partner_id");

-- AddForeignKey
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_responsible_partner_id_fkey" FOREIGN KEY ("responsible_partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
