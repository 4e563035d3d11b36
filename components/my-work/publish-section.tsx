// My work: publication requests that wait for the viewer's decision (PUBLISH_REVIEW) — for the
// department heads and admins who may approve them, never their requester
// (lib/publish/queries.ts countPublishRequestsToDecide). Nothing when there is none.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { linkStyle } from "@/components/my-work/parts";

export async function PublishSection({ count }: { count: number }) {
  if (count === 0) return null;
  const t = await getTranslations("publish");
  return (
    <section aria-labelledby="my-work-publish" className="mt-8">
      <h2 id="my-work-publish" className="text-xl font-semibold">{t("myWorkHeading")}</h2>
      <p className="mt-2">
        <Link href="/app/publications" className={linkStyle}>{t("myWorkLink", { count })}</Link>
      </p>
    </section>
  );
}
