// /accessibility: Erklärung zur Barrierefreiheit (BITV 2.0), from content/ or the city's CONTENT_DIR.
import { legalPage } from "@/components/public/legal/legal-page";

// Dynamic like every public page (per-request CSP nonce); the text itself is read from a file.
export const dynamic = "force-dynamic";

const page = legalPage("accessibility");
export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
