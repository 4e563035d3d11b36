// An embed of something that is not public (or does not exist): 404, with no detail.
import { getTranslations } from "next-intl/server";

export default async function EmbedNotFound() {
  const t = await getTranslations("errors");
  return <main className="p-3 text-sm">{t("notFoundTitle")}</main>;
}
