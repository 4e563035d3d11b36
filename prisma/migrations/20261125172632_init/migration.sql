-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'DEPARTMENT_HEAD', 'COUNCIL_MEMBER', 'PROJECT_LEAD', 'VIEWER');

-- CreateEnum
CREATE TYPE "InitiativeStatus" AS ENUM ('PROPOSED', 'PLANNED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Health" AS ENUM ('ON_TRACK', 'AT_RISK', 'OFF_TRACK');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('UNIVERSITY', 'RESEARCH_INSTITUTE', 'COMPANY', 'MUNICIPAL_COMPANY', 'PUBLIC_AUTHORITY', 'CIVIL_SOCIETY');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('LEAD_PARTNER', 'TECHNOLOGY_PROVIDER', 'RESEARCH_PARTNER', 'FUNDING_PARTNER', 'OPERATOR');

-- CreateEnum
CREATE TYPE "KpiScope" AS ENUM ('MASTERPLAN', 'FIELD_OF_ACTION', 'INITIATIVE');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');

-- CreateEnum
CREATE TYPE "KpiValueType" AS ENUM ('INTEGER', 'DECIMAL', 'PERCENT');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('CITY', 'LAND_NRW', 'FEDERAL', 'EU', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "RiskStatus" AS ENUM ('OPEN', 'MITIGATING', 'CLOSED', 'OCCURRED');

-- CreateTable
CREATE TABLE "masterplans" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "vision" TEXT NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "adopted_at" DATE,
    "is_example" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "masterplans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fields_of_action" (
    "id" UUID NOT NULL,
    "masterplan_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fields_of_action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "districts" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "districts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiatives" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "plain_language_summary" TEXT,
    "field_of_action_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "status" "InitiativeStatus" NOT NULL DEFAULT 'PROPOSED',
    "health" "Health" NOT NULL DEFAULT 'ON_TRACK',
    "health_reason" TEXT,
    "planned_start" DATE,
    "planned_end" DATE,
    "actual_start" DATE,
    "actual_end" DATE,
    "visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "archived_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "initiatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_leads" (
    "initiative_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_leads_pkey" PRIMARY KEY ("initiative_id","user_id")
);

-- CreateTable
CREATE TABLE "initiative_districts" (
    "initiative_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,

    CONSTRAINT "initiative_districts_pkey" PRIMARY KEY ("initiative_id","district_id")
);

-- CreateTable
CREATE TABLE "partners" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "website" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "initiative_partners" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "role" "PartnerRole" NOT NULL,
    "contribution" TEXT NOT NULL DEFAULT '',
    "committed_amount" DECIMAL(14,2),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "initiative_partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "weight" INTEGER NOT NULL DEFAULT 1,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "baseline_date" DATE NOT NULL,
    "forecast_date" DATE NOT NULL,
    "completed_date" DATE,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "responsible_partner_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "milestone_forecasts" (
    "id" UUID NOT NULL,
    "milestone_id" UUID NOT NULL,
    "reported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forecast_date" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "reported_by_id" UUID,

    CONSTRAINT "milestone_forecasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpis" (
    "id" UUID NOT NULL,
    "scope" "KpiScope" NOT NULL,
    "masterplan_id" UUID,
    "field_of_action_id" UUID,
    "initiative_id" UUID,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL,
    "value_type" "KpiValueType" NOT NULL DEFAULT 'DECIMAL',
    "direction" "KpiDirection" NOT NULL DEFAULT 'HIGHER_IS_BETTER',
    "baseline_value" DECIMAL(18,4) NOT NULL,
    "baseline_date" DATE NOT NULL,
    "target_value" DECIMAL(18,4) NOT NULL,
    "target_date" DATE NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "method" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kpis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_measurements" (
    "id" UUID NOT NULL,
    "kpi_id" UUID NOT NULL,
    "period_date" DATE NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recorded_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kpi_measurements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_lines" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "funding_source" "FundingSource" NOT NULL,
    "planned" DECIMAL(14,2) NOT NULL,
    "actual" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "is_public" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "status_reports" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "period" TEXT NOT NULL,
    "health" "Health" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "achievements" TEXT NOT NULL DEFAULT '',
    "next_steps" TEXT NOT NULL DEFAULT '',
    "risks" TEXT NOT NULL DEFAULT '',
    "public_summary" TEXT NOT NULL DEFAULT '',
    "state" "ReportState" NOT NULL DEFAULT 'DRAFT',
    "submitted_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_comment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "status_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "risks" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "probability" INTEGER NOT NULL,
    "impact" INTEGER NOT NULL,
    "mitigation" TEXT NOT NULL DEFAULT '',
    "owner_id" UUID,
    "status" "RiskStatus" NOT NULL DEFAULT 'OPEN',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "risks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comments" (
    "id" UUID NOT NULL,
    "initiative_id" UUID,
    "status_report_id" UUID,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "department_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "last_login_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_label" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "masterplans_slug_key" ON "masterplans"("slug");

-- CreateIndex
CREATE INDEX "fields_of_action_masterplan_id_sort_order_idx" ON "fields_of_action"("masterplan_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "fields_of_action_masterplan_id_code_key" ON "fields_of_action"("masterplan_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "fields_of_action_masterplan_id_slug_key" ON "fields_of_action"("masterplan_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE UNIQUE INDEX "districts_code_key" ON "districts"("code");

-- CreateIndex
CREATE UNIQUE INDEX "districts_slug_key" ON "districts"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "initiatives_code_key" ON "initiatives"("code");

-- CreateIndex
CREATE UNIQUE INDEX "initiatives_slug_key" ON "initiatives"("slug");

-- CreateIndex
CREATE INDEX "initiatives_field_of_action_id_idx" ON "initiatives"("field_of_action_id");

-- CreateIndex
CREATE INDEX "initiatives_department_id_idx" ON "initiatives"("department_id");

-- CreateIndex
CREATE INDEX "initiatives_visibility_status_idx" ON "initiatives"("visibility", "status");

-- CreateIndex
CREATE INDEX "initiative_leads_user_id_idx" ON "initiative_leads"("user_id");

-- CreateIndex
CREATE INDEX "initiative_districts_district_id_idx" ON "initiative_districts"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "partners_slug_key" ON "partners"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "partners_name_key" ON "partners"("name");

-- CreateIndex
CREATE INDEX "initiative_partners_partner_id_idx" ON "initiative_partners"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "initiative_partners_initiative_id_partner_id_role_key" ON "initiative_partners"("initiative_id", "partner_id", "role");

-- CreateIndex
CREATE INDEX "milestones_initiative_id_sort_order_idx" ON "milestones"("initiative_id", "sort_order");

-- CreateIndex
CREATE INDEX "milestones_forecast_date_idx" ON "milestones"("forecast_date");

-- CreateIndex
CREATE INDEX "milestones_responsible_partner_id_idx" ON "milestones"("responsible_partner_id");

-- CreateIndex
CREATE INDEX "milestone_forecasts_milestone_id_reported_at_idx" ON "milestone_forecasts"("milestone_id", "reported_at");

-- CreateIndex
CREATE INDEX "kpis_masterplan_id_idx" ON "kpis"("masterplan_id");

-- CreateIndex
CREATE INDEX "kpis_field_of_action_id_idx" ON "kpis"("field_of_action_id");

-- CreateIndex
CREATE INDEX "kpis_initiative_id_idx" ON "kpis"("initiative_id");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_measurements_kpi_id_period_date_key" ON "kpi_measurements"("kpi_id", "period_date");

-- CreateIndex
CREATE INDEX "budget_lines_year_funding_source_idx" ON "budget_lines"("year", "funding_source");

-- CreateIndex
CREATE UNIQUE INDEX "budget_lines_initiative_id_year_funding_source_key" ON "budget_lines"("initiative_id", "year", "funding_source");

-- CreateIndex
CREATE INDEX "status_reports_state_period_idx" ON "status_reports"("state", "period");

-- CreateIndex
CREATE UNIQUE INDEX "status_reports_initiative_id_period_key" ON "status_reports"("initiative_id", "period");

-- CreateIndex
CREATE INDEX "risks_initiative_id_idx" ON "risks"("initiative_id");

-- CreateIndex
CREATE INDEX "comments_initiative_id_created_at_idx" ON "comments"("initiative_id", "created_at");

-- CreateIndex
CREATE INDEX "comments_status_report_id_created_at_idx" ON "comments"("status_report_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_department_id_idx" ON "users"("department_id");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_at_idx" ON "audit_events"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_at_idx" ON "audit_events"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");

-- AddForeignKey
ALTER TABLE "fields_of_action" ADD CONSTRAINT "fields_of_action_masterplan_id_fkey" FOREIGN KEY ("masterplan_id") REFERENCES "masterplans"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_field_of_action_id_fkey" FOREIGN KEY ("field_of_action_id") REFERENCES "fields_of_action"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_leads" ADD CONSTRAINT "initiative_leads_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_leads" ADD CONSTRAINT "initiative_leads_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_districts" ADD CONSTRAINT "initiative_districts_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_districts" ADD CONSTRAINT "initiative_districts_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "districts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_partners" ADD CONSTRAINT "initiative_partners_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_responsible_partner_id_fkey" FOREIGN KEY ("responsible_partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_forecasts" ADD CONSTRAINT "milestone_forecasts_milestone_id_fkey" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestone_forecasts" ADD CONSTRAINT "milestone_forecasts_reported_by_id_fkey" FOREIGN KEY ("reported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_masterplan_id_fkey" FOREIGN KEY ("masterplan_id") REFERENCES "masterplans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_field_of_action_id_fkey" FOREIGN KEY ("field_of_action_id") REFERENCES "fields_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_kpi_id_fkey" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kpi_measurements" ADD CONSTRAINT "kpi_measurements_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risks" ADD CONSTRAINT "risks_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_status_report_id_fkey" FOREIGN KEY ("status_report_id") REFERENCES "status_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Constraints that the Prisma schema language cannot express, kept by hand (diffs ignore them).
ALTER TABLE "kpis" ADD CONSTRAINT "kpis_scope_owner_check" CHECK (
  ("scope" = 'MASTERPLAN' AND "masterplan_id" IS NOT NULL AND "field_of_action_id" IS NULL AND "initiative_id" IS NULL) OR
  ("scope" = 'FIELD_OF_ACTION' AND "field_of_action_id" IS NOT NULL AND "masterplan_id" IS NULL AND "initiative_id" IS NULL) OR
  ("scope" = 'INITIATIVE' AND "initiative_id" IS NOT NULL AND "masterplan_id" IS NULL AND "field_of_action_id" IS NULL)
);
ALTER TABLE "risks" ADD CONSTRAINT "risks_probability_check" CHECK ("probability" BETWEEN 1 AND 5);
ALTER TABLE "risks" ADD CONSTRAINT "risks_impact_check" CHECK ("impact" BETWEEN 1 AND 5);
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_weight_check" CHECK ("weight" >= 1);
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_amounts_check" CHECK ("planned" >= 0 AND "actual" >= 0);
ALTER TABLE "status_reports" ADD CONSTRAINT "status_reports_period_check" CHECK ("period" ~ '^[0-9]{4}-Q[1-4]$');
ALTER TABLE "comments" ADD CONSTRAINT "comments_target_check" CHECK (("initiative_id" IS NULL) <> ("status_report_id" IS NULL));
ALTER TABLE "masterplans" ADD CONSTRAINT "masterplans_period_check" CHECK ("period_end" >= "period_start");
