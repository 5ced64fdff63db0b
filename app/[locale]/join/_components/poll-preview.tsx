/** What the invite is for, before joining: the question, the options, the ballot type and the voting window. */
import type { PollOnChain } from "@/lib/chain/poll-reader.ts";
import { useTranslations } from "next-intl";
import { useFormats } from "@/app/_i18n/use-formats.ts";

export function PollPreview({ poll }: { poll: PollOnChain }) {
  const join = useTranslations("join");
  const common = useTranslations("common");
  const { moment } = useFormats();
  return (
    <div className="flex flex-col gap-3">
      <div>
        <p className="text-sm text-slate-600 dark:text-slate-300">{join("question")}</p>
        <h2 className="mt-1 text-xl font-semibold text-balance">{poll.question}</h2>
      </div>
      <div>
        <h3 className="text-sm font-medium">
          {join("optionsHeading")} <span className="font-normal">({common(`ballotType.${poll.ballotType}`)})</span>
        </h3>
        <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-5 text-sm">
          {poll.options.map((option, index) => (
            <li key={index}>{option}</li>
          ))}
        </ul>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {join("window", { start: moment(poll.startTime), end: moment(poll.endTime) })}
      </p>
    </div>
  );
}
