// Comments section of the internal initiative page (placeholder until implemented).
import type { SessionUser } from "@/lib/auth/session";

export type SectionProps = { initiativeId: string; viewer: SessionUser };

export async function CommentsSection(_props: SectionProps) {
  return null;
}
