export const home = {
  title: "Polls",
  description:
    "Every poll on this deployment. Ballots are anonymous zero-knowledge proofs; the tally lives in a contract that anyone can recount.",
  createPoll: "Create a poll",
  empty: "No polls yet. Create the first one.",
  loadError: "The polls could not be read from the chain.",
  options: "{count, plural, one {# option} other {# options}}",
} as const;
