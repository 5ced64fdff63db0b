export default function HomePage() {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-6 px-5 py-16">
      <h1 className="text-4xl font-semibold tracking-tight">Ballotbox</h1>
      <p className="text-lg text-slate-600 dark:text-slate-300">
        Anonymous polls that anyone can recount. Each voter casts one ballot with a zero-knowledge proof made in their
        browser; a contract on an Ethereum chain keeps the tally.
      </p>
      <p className="text-slate-600 dark:text-slate-300">
        The voting app is on its way. Until then, the contracts run on the local chain this command started.
      </p>
    </main>
  );
}
