import { PollList } from "./_components/poll-list.tsx";
import { ButtonLink, PageTitle } from "./_components/ui.tsx";
import { en } from "./_i18n/en/index.ts";

export default function HomePage() {
  const { home } = en;
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <PageTitle description={home.description}>{home.title}</PageTitle>
        <ButtonLink href="/polls/new">{home.createPoll}</ButtonLink>
      </div>
      <PollList />
    </>
  );
}
