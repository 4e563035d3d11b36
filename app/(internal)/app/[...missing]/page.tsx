// Any other address under /app: "not found" for a signed-in user (app/(internal)/not-found.tsx);
// the layout has already sent a signed-out visitor to the sign-in page.
import { notFound } from "next/navigation";

export default function MissingAppPage() {
  notFound();
}
