// "Folgen / Nicht mehr folgen" on an initiative's page: one button, whose state is also said in
// words next to it. The form is keyed by the state, so after the change the other form appears fresh.
import { getTranslations } from "next-intl/server";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import type { FormAction } from "@/components/milestones/types";

export async function FollowToggle({
  initiative,
  following,
  follow,
  unfollow,
}: {
  initiative: { id: string; code: string };
  following: boolean;
  follow: FormAction;
  unfollow: FormAction;
}) {
  const t = await getTranslations("follow");
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3 print:hidden">
      <ActionForm
        key={following ? "following" : "not-following"}
        action={following ? unfollow : follow}
        label={t(following ? "unfollowLabel" : "followLabel", { code: initiative.code })}
        successMessage={t(following ? "unfollowed" : "followed")}
        className="flex flex-wrap items-center gap-3"
      >
        <input type="hidden" name="initiativeId" value={initiative.id} />
        <SubmitButton variant={following ? "secondary" : "primary"}>{t(following ? "unfollow" : "follow")}</SubmitButton>
      </ActionForm>
      <p className="text-sm text-slate-800">{t(following ? "following" : "notFollowing")}</p>
    </div>
  );
}
