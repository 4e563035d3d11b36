// /privacy: Datenschutzerklärung, from content/ or the city's CONTENT_DIR.
import { legalPage } from "@/components/public/legal/legal-page";


const page = legalPage("privacy");
export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
