// /privacy: Datenschutzerklärung, from content/ or the city's CONTENT_DIR.
import { legalPage } from "@/components/public/legal/legal-page";

// Dynamic like every public page (per-request CSP nonce); the text itself is read from a file.
export const dynamic = "force-dynamic";

const page = legalPage("privacy");
export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
