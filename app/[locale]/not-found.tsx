import { getTranslations } from "next-intl/server";
import { ButtonLink, PageTitle } from "@/app/_components/ui.tsx";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <div className="flex flex-col items-start gap-4">
      <PageTitle description={t("description")}>{t("title")}</PageTitle>
      <ButtonLink href="/">{t("home")}</ButtonLink>
    </div>
  );
}
