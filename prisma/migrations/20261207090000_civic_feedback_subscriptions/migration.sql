-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('PENDING', 'ANSWERED', 'PUBLISHED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "SubscriptionScope" AS ENUM ('INITIATIVE', 'FIELD', 'MASTERPLAN');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MailKind" ADD VALUE 'FEEDBACK_ANSWER';
ALTER TYPE "MailKind" ADD VALUE 'SUBSCRIPTION_CONFIRM';
ALTER TYPE "MailKind" ADD VALUE 'SUBSCRIPTION_UPDATE';

-- AlterTable
ALTER TABLE "mail_messages" ADD COLUMN     "list_unsubscribe" TEXT,
ADD COLUMN     "subscription_id" UUID;

-- CreateTable
CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "message" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "address_hash" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "status" "FeedbackStatus" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "moderated_by_id" UUID,
    "moderated_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "personal_data_deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_subscriptions" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "scope" "SubscriptionScope" NOT NULL,
    "initiative_id" UUID,
    "field_id" UUID,
    "target_key" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'de',
    "confirmed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "email_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_rate_hits" (
    "id" BIGSERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "address_hash" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_rate_hits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "feedback_initiative_id_status_idx" ON "feedback"("initiative_id", "status");

-- CreateIndex
CREATE INDEX "feedback_status_created_at_idx" ON "feedback"("status", "created_at");

-- CreateIndex
CREATE INDEX "feedback_created_at_idx" ON "feedback"("created_at");

-- CreateIndex
CREATE INDEX "email_subscriptions_initiative_id_idx" ON "email_subscriptions"("initiative_id");

-- CreateIndex
CREATE INDEX "email_subscriptions_field_id_idx" ON "email_subscriptions"("field_id");

-- CreateIndex
CREATE INDEX "email_subscriptions_scope_confirmed_at_idx" ON "email_subscriptions"("scope", "confirmed_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_subscriptions_email_target_key_key" ON "email_subscriptions"("email", "target_key");

-- CreateIndex
CREATE INDEX "public_rate_hits_bucket_address_hash_at_idx" ON "public_rate_hits"("bucket", "address_hash", "at");

-- CreateIndex
CREATE INDEX "public_rate_hits_at_idx" ON "public_rate_hits"("at");

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "email_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_subscriptions" ADD CONSTRAINT "email_subscriptions_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_subscriptions" ADD CONSTRAINT "email_subscriptions_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "fields_of_action"("id") ON DELETE CASCADE ON UPDATE CASCADE;
