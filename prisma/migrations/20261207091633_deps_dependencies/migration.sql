-- CreateEnum
CREATE TYPE "DependencyKind" AS ENUM ('NEEDS', 'BLOCKED_BY');

-- CreateTable
CREATE TABLE "dependencies" (
    "id" UUID NOT NULL,
    "kind" "DependencyKind" NOT NULL DEFAULT 'NEEDS',
    "predecessor_initiative_id" UUID NOT NULL,
    "predecessor_milestone_id" UUID,
    "successor_initiative_id" UUID NOT NULL,
    "successor_milestone_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dependencies_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "dependencies_predecessor_initiative_id_idx" ON "dependencies"("predecessor_initiative_id");

-- CreateIndex
CREATE INDEX "dependencies_predecessor_milestone_id_idx" ON "dependencies"("predecessor_milestone_id");

-- CreateIndex
CREATE INDEX "dependencies_successor_milestone_id_idx" ON "dependencies"("successor_milestone_id");

-- CreateIndex
CREATE UNIQUE INDEX "dependencies_successor_initiative_id_successor_milestone_id_key" ON "dependencies"("successor_initiative_id", "successor_milestone_id", "predecessor_initiative_id", "predecessor_milestone_id") NULLS NOT DISTINCT;

-- AddForeignKey
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_predecessor_initiative_id_fkey" FOREIGN KEY ("predecessor_initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_predecessor_milestone_id_fkey" FOREIGN KEY ("predecessor_milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_successor_initiative_id_fkey" FOREIGN KEY ("successor_initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_successor_milestone_id_fkey" FOREIGN KEY ("successor_milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A part of the plan never depends on itself (the same initiative, or the same milestone).
ALTER TABLE "dependencies" ADD CONSTRAINT "dependencies_not_self_check" CHECK (
  NOT ("predecessor_initiative_id" = "successor_initiative_id" AND "predecessor_milestone_id" IS NOT DISTINCT FROM "successor_milestone_id")
);
