-- CreateEnum
CREATE TYPE "InitiativeMemberRole" AS ENUM ('DEPUTY', 'EDITOR');

-- CreateTable
CREATE TABLE "initiative_members" (
    "initiative_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "InitiativeMemberRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_members_pkey" PRIMARY KEY ("initiative_id","user_id")
);

-- CreateTable
CREATE TABLE "initiative_contributing_departments" (
    "initiative_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "initiative_contributing_departments_pkey" PRIMARY KEY ("initiative_id","department_id")
);

-- CreateIndex
CREATE INDEX "initiative_members_user_id_idx" ON "initiative_members"("user_id");

-- CreateIndex
CREATE INDEX "initiative_contributing_departments_department_id_idx" ON "initiative_contributing_departments"("department_id");

-- AddForeignKey
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_members" ADD CONSTRAINT "initiative_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_contributing_departments" ADD CONSTRAINT "initiative_contributing_departments_initiative_id_fkey" FOREIGN KEY ("initiative_id") REFERENCES "initiatives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "initiative_contributing_departments" ADD CONSTRAINT "initiative_contributing_departments_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
