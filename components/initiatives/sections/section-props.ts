// What the initiative page hands each of its sections: which initiative, and who is looking (each
// section loads its own data, scoped by the viewer).
import type { SessionUser } from "@/lib/auth/session";

export type SectionProps = { initiativeId: string; viewer: SessionUser };
