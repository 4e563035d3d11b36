-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('MERGED_INTO', 'SUPERSEDED_BY');

-- AlterTable
ALTER TABLE "initiatives" ADD COLUMN     "succession_kind" "SuccessionKind",
ADD COLUMN     "successor_id" UUID;

-- CreateTable
CREATE TABLE "plan_baselines" (
    "id" UUID NOT NULL,
    "masterplan_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "baseline_date" DATE NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "plan_kpis" JSONB NOT NULL,

    CONSTRAINT "plan_baselines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plan_baseline_initiatives" (
    "baseline_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "title_en" TEXT,
    "field_code" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL,
    "status" "InitiativeStatus" NOT NULL,
    "archived" BOOLEAN NOT NULL,
    "successor_id" UUID,
    "succession_kind" "SuccessionKind",
    "planned_start" DATE,
    "planned_end" DATE,
    "budget_planned" DECIMAL(16,2) NOT NULL,
    "budget_planned_public" DECIMAL(16,2) NOT NULL,
    "milestones" JSONB NOT NULL,
    "kpis" JSONB NOT NULL,

    CONSTRAINT "plan_baseline_initiatives_pkey" PRIMARY KEY ("baseline_id","initiative_id")
);

-- CreateTable
CREATE TABLE "report_snapshots" (
    "status_report_id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "frozen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "field_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "health" "Health" NOT NULL,
    "status" "InitiativeStatus" NOT NULL,
    "progress" DOUBLE PRECISION,
    "milestones_total" INTEGER NOT NULL,
    "milestones_done" INTEGER NOT NULL,
    "milestones_done_in_period" INTEGER NOT NULL,
    "budget_year" INTEGER NOT NULL,
    "budget_planned" DECIMAL(16,2) NOT NULL,
    "budget_actual" DECIMAL(16,2) NOT NULL,
    "milestones" JSONB NOT NULL,
    "kpis" JSONB NOT NULL,

    CONSTRAINT "report_snapshots_pkey" PRIMARY KEY ("status_report_id")
);

-- CreateIndex
CREATE INDEX "plan_baselines_masterplan_id_baseline_date_idx" ON "plan_baselines"("masterplan_id", "baseline_date");

-- CreateIndex
CREATE UNIQUE INDEX "plan_baselines_masterplan_id_name_key" ON "plan_baselines"("masterplan_id", "name");

-- CreateIndex
CREATE INDEX "report_snapshots_period_initiative_id_idx" ON "report_snapshots"("period", "initiative_id");

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "initiatives"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_baselines" ADD CONSTRAINT "plan_baselines_masterplan_id_fkey" FOREIGN KEY ("masterplan_id") REFERENCES "masterplans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_baseline_initiatives" ADD CONSTRAINT "plan_baseline_initiatives_baseline_id_fkey" FOREIGN KEY ("baseline_id") REFERENCES "plan_baselines"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An initiative lives on in another one, never in itself; a successor always says how.
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_successor_check"
  CHECK ((successor_id IS NULL) = (succession_kind IS NULL) AND (successor_id IS NULL OR successor_id <> id));

-- Baselines and frozen quarterly figures are snapshots: written once, never changed or removed.
-- The database itself refuses it (there is no update path in the code either).
CREATE FUNCTION refuse_snapshot_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is an immutable snapshot: % is not allowed', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER plan_baselines_immutable BEFORE UPDATE OR DELETE ON "plan_baselines"
  FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_change();
CREATE TRIGGER plan_baselines_no_truncate BEFORE TRUNCATE ON "plan_baselines"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_snapshot_change();
CREATE TRIGGER plan_baseline_initiatives_immutable BEFORE UPDATE OR DELETE ON "plan_baseline_initiatives"
  FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_change();
CREATE TRIGGER plan_baseline_initiatives_no_truncate BEFORE TRUNCATE ON "plan_baseline_initiatives"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_snapshot_change();
CREATE TRIGGER report_snapshots_immutable BEFORE UPDATE OR DELETE ON "report_snapshots"
  FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_change();
CREATE TRIGGER report_snapshots_no_truncate BEFORE TRUNCATE ON "report_snapshots"
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_snapshot_change();
