import type { Metadata } from "next";
import { PageTitle } from "../_components/ui.tsx";
import { en } from "../_i18n/en/index.ts";
import { JoinWithInvite } from "./_components/join-with-invite.tsx";

export const metadata: Metadata = { title: en.join.title, referrer: "no-referrer" };

export default function JoinPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={en.join.description}>{en.join.title}</PageTitle>
      <JoinWithInvite />
    </div>
  );
}
