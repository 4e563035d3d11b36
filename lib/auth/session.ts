// Who is asking: the signed-in user from the session cookie, re-read from the database so that
// authorization always uses the current role, department and active flag.
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { can, type Actor, type Permission } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";

export type SessionUser = Actor & { name: string; email: string; mustChangePassword: boolean };

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  // getServerSession has checked the token's server-side session (revoked or unknown: no user).
  const id = session?.user?.id;
  const sessionId = session?.user?.sessionId;
  if (!id || !sessionId) return null;
  const user = await (await db()).user.findUnique({
    where: { id },
    select: { id: true, role: true, departmentId: true, active: true, name: true, email: true, mustChangePassword: true },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    role: user.role,
    departmentId: user.departmentId,
    via: "session",
    sessionId,
    name: user.name,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
  };
}

/** For pages of the signed-in app: the user, or a redirect to the sign-in page. */
export async function requireUser(returnTo = "/app"): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  // A temporary password must be replaced before anything else.
  if (user.mustChangePassword && !returnTo.startsWith("/app/account/password")) redirect("/app/account/password");
  return user;
}

/** For pages behind a permission: signed-in users without it get a plain 404 (nothing to learn). */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!can(user, permission)) notFound();
  return user;
}
