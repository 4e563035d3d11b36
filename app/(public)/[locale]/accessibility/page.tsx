// /accessibility: Erklärung zur Barrierefreiheit (BITV 2.0), from content/ or the city's CONTENT_DIR.
import { legalPage } from "@/components/public/legal/legal-page";


const page = legalPage("accessibility");
export const generateMetadata = page.generateMetadata;
export default page.LegalPage;
