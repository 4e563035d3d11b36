// /imprint: Impressum, from content/ or the city's CONTENT_DIR.
import { legalPage } from "@/components/public/legal/legal-page";


const page = legalPage("imprint");
export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
