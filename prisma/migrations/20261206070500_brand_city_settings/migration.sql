-- CreateTable
CREATE TABLE "city_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "city_name" TEXT NOT NULL,
    "site_title" TEXT NOT NULL,
    "primary_color" TEXT,
    "imprint_operator" TEXT,
    "contact_email" TEXT,
    "logo" BYTEA,
    "logo_type" TEXT,
    "logo_sha256" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "city_settings_pkey" PRIMARY KEY ("id")
);

-- One row only; what the app checks when saving, the database keeps too.
ALTER TABLE "city_settings" ADD CONSTRAINT "city_settings_single_row_check" CHECK ("id" = 1);
ALTER TABLE "city_settings" ADD CONSTRAINT "city_settings_primary_color_check" CHECK ("primary_color" IS NULL OR "primary_color" ~ '^#[0-9a-f]{6}$');
ALTER TABLE "city_settings" ADD CONSTRAINT "city_settings_logo_check" CHECK (
  ("logo" IS NULL AND "logo_type" IS NULL AND "logo_sha256" IS NULL) OR
  ("logo" IS NOT NULL AND octet_length("logo") <= 524288 AND "logo_type" IN ('image/png', 'image/svg+xml') AND "logo_sha256" ~ '^[0-9a-f]{64}$')
);
