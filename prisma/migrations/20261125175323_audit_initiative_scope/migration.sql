-- AlterTable
ALTER TABLE "audit_events" ADD COLUMN     "initiative_id" UUID;

-- CreateIndex
CREATE INDEX "audit_events_initiative_id_at_idx" ON "audit_events"("initiative_id", "at");
