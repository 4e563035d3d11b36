-- CreateEnum
CREATE TYPE "PublishTargetKind" AS ENUM ('INITIATIVE', 'MILESTONE', 'KPI');

-- CreateEnum
CREATE TYPE "PublishRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "publish_requests" (
    "id" UUID NOT NULL,
    "target_kind" "PublishTargetKind" NOT NULL,
    "target_id" UUID NOT NULL,
    "target_version" INTEGER NOT NULL,
    "initiative_id" UUID,
    "department_id" UUID,
    "label" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "status" "PublishRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requested_by_id" UUID,
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "publish_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "publish_requests_status_department_id_idx" ON "publish_requests"("status", "department_id");

-- CreateIndex
CREATE INDEX "publish_requests_target_kind_target_id_status_idx" ON "publish_requests"("target_kind", "target_id", "status");

-- AddForeignKey
ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publish_requests" ADD CONSTRAINT "publish_requests_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
