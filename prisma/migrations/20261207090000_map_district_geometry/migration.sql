-- AlterTable
ALTER TABLE "districts" ADD COLUMN     "geometry" JSONB;

-- CreateTable
CREATE TABLE "initiative_locations" (
    "id" UUID NOT NULL,
    "initiative_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_locations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district_map" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "schematic" BOOLEAN NOT NULL DEFAULT false,
    "attribution" TEXT NOT NULL DEFAULT '',
    "name_property" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "district_map_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "initiative_locations_initiative_id_idx" ON "initiative_locations"("initiative_id");

-- AddForeignKey
ALTER TABLE "initiative_locations" ADD CONSTRAINT "initiative_locations_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the app checks on save, the database keeps too.
ALTER TABLE "district_map" ADD CONSTRAINT "district_map_single_row_check" CHECK ("id" = 1);
ALTER TABLE "initiative_locations" ADD CONSTRAINT "initiative_locations_range_check" CHECK ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180);
