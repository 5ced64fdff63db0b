import { getTranslations } from "next-intl/server";
import { PollList } from "@/app/_components/poll-list.tsx";
import { ButtonLink, PageTitle } from "@/app/_components/ui.tsx";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle description={t("description")}>{t("title")}</PageTitle>
        <ButtonLink href="/polls/new">{t("createPoll")}</ButtonLink>
      </div>
      <PollList />
    </>
  );
}
