"use client";
// An admin form whose one select names what a decision is attached to as "kind:id" (the masterplan
// or a field of action); before the check and the send it becomes the action's targetKind and
// targetId.
import type { ComponentProps } from "react";
import { AdminActionForm } from "@/components/admin/admin-action-form";

function splitTarget(values: Record<string, unknown>): Record<string, unknown> {
  const { target, ...rest } = values;
  const [targetKind = "", targetId = ""] = typeof target === "string" ? target.split(":") : [];
  return { ...rest, targetKind, targetId };
}

export function TargetedDecisionForm<T>(props: Omit<ComponentProps<typeof AdminActionForm<T>>, "prepare">) {
  return <AdminActionForm {...props} prepare={splitTarget} />;
}
