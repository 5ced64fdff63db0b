import type { Metadata } from "next";
import { PageTitle } from "../_components/ui.tsx";
import { en } from "../_i18n/en/index.ts";
import { IdentityManager } from "./_components/identity-manager.tsx";

export const metadata: Metadata = { title: en.identity.title };

export default function IdentityPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={en.identity.description}>{en.identity.title}</PageTitle>
      <IdentityManager />
    </div>
  );
}
