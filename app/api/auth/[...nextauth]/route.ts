// next-auth's own endpoints (sign-in, callback, sign-out, session, CSRF). Its POSTs are protected
// by next-auth's double-submit CSRF token.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, ctx: Ctx) {
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

export { handler as GET, handler as POST };

export const PUBLIC_ROUTE_REASON = "next-auth's sign-in, callback, session and sign-out endpoints (CSRF-protected)";
