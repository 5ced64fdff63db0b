import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/app/_components/ui.tsx";
import { CreatePollForm } from "./_components/create-poll-form.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("create"))("title") };
}

export default async function CreatePollPage() {
  const t = await getTranslations("create");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <CreatePollForm />
    </div>
  );
}
