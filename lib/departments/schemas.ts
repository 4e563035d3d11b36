// Input schemas for departments (Ämter), shared by forms, server actions and the API.
import { z } from "zod";

export const departmentFields = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(12)
    .regex(/^[A-Z0-9-]+$/, { message: "#codeFormat" }),
  name: z.string().trim().min(3).max(200),
};

export const createDepartmentInput = z.object(departmentFields);
export const updateDepartmentInput = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1), ...departmentFields });
export const deleteDepartmentInput = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1) });
