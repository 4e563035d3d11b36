// The fields of a publication request that both the actions and the review page read.
import type { Prisma } from "@/lib/generated/prisma/client";

export const requestFields = {
  id: true,
  targetKind: true,
  targetId: true,
  targetVersion: true,
  initiativeId: true,
  departmentId: true,
  label: true,
  status: true,
  requestedById: true,
  version: true,
} as const satisfies Prisma.PublishRequestSelect;
