import type { Metadata } from "next";
import { PageTitle } from "@/app/_components/ui.tsx";
import { en } from "@/app/_i18n/en/index.ts";
import { CreatePollForm } from "./_components/create-poll-form.tsx";

export const metadata: Metadata = { title: en.create.title };

export default function CreatePollPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <PageTitle description={en.create.description}>{en.create.title}</PageTitle>
      <CreatePollForm />
    </div>
  );
}
