-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('ADOPTED', 'AMENDED', 'REJECTED', 'DEFERRED', 'NOTED');

-- CreateTable
CREATE TABLE "council_decisions" (
    "id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "decided_on" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "title_en" TEXT,
    "outcome" "DecisionOutcome" NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "council_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_decision_links" (
    "id" UUID NOT NULL,
    "decision_id" UUID NOT NULL,
    "masterplan_id" UUID,
    "field_of_action_id" UUID,
    "initiative_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "council_decision_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "documents" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "status_report_id" UUID,
    "name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "uploaded_by_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "council_decisions_decided_on_idx" ON "council_decisions"("decided_on");

-- CreateIndex
CREATE UNIQUE INDEX "council_decisions_number_body_decided_on_key" ON "council_decisions"("number", "body", "decided_on");

-- CreateIndex
CREATE INDEX "council_decision_links_masterplan_id_idx" ON "council_decision_links"("masterplan_id");

-- CreateIndex
CREATE INDEX "council_decision_links_field_of_action_id_idx" ON "council_decision_links"("field_of_action_id");

-- CreateIndex
CREATE INDEX "council_decision_links_initiative_id_idx" ON "council_decision_links"("initiative_id");

-- CreateIndex
CREATE UNIQUE INDEX "council_decision_links_decision_id_masterplan_id_key" ON "council_decision_links"("decision_id", "masterplan_id");

-- CreateIndex
CREATE UNIQUE INDEX "council_decision_links_decision_id_field_of_action_id_key" ON "council_decision_links"("decision_id", "field_of_action_id");

-- CreateIndex
CREATE UNIQUE INDEX "council_decision_links_decision_id_initiative_id_key" ON "council_decision_links"("decision_id", "initiative_id");

-- CreateIndex
CREATE UNIQUE INDEX "documents_storage_key_key" ON "documents"("storage_key");

-- CreateIndex
CREATE INDEX "documents_initiative_id_idx" ON "documents"("initiative_id");

-- CreateIndex
CREATE INDEX "documents_status_report_id_idx" ON "documents"("status_report_id");

-- AddForeignKey
ALTER TABLE "council_decision_links" ADD CONSTRAINT "council_decision_links_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "council_decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_decision_links" ADD CONSTRAINT "council_decision_links_masterplan_id_fkey" FOREIGN KEY ("masterplan_id") REFERENCES "masterplans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_decision_links" ADD CONSTRAINT "council_decision_links_field_of_action_id_fkey" FOREIGN KEY ("field_of_action_id") REFERENCES "fields_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_decision_links" ADD CONSTRAINT "council_decision_links_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_status_report_id_fkey" FOREIGN KEY ("status_report_id") REFERENCES "status_reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A link attaches its decision to exactly one thing: the masterplan, a field of action or an initiative.
ALTER TABLE "council_decision_links" ADD CONSTRAINT "council_decision_links_one_target" CHECK (num_nonnulls("masterplan_id", "field_of_action_id", "initiative_id") = 1);
-- A document's size lies within the upload limit (lib/documents/limits.ts).
ALTER TABLE "documents" ADD CONSTRAINT "documents_size_range" CHECK ("size" > 0 AND "size" <= 20971520);
