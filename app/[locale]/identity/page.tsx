import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageTitle } from "@/app/_components/ui.tsx";
import { IdentityManager } from "./_components/identity-manager.tsx";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("identity"))("title") };
}

export default async function IdentityPage() {
  const t = await getTranslations("identity");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <IdentityManager />
    </div>
  );
}
