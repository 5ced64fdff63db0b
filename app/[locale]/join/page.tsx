import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/app/_components/ui.tsx";
import { JoinWithInvite } from "./_components/join-with-invite.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("join"))("title"), referrer: "no-referrer" };
}

export default async function JoinPage() {
  const t = await getTranslations("join");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <JoinWithInvite />
    </div>
  );
}
