/**
 * Many voters posting at once: `concurrency` clients take requests from a shared list in order and
 * post each one. A client whose connection fails (the relayer is down: it was killed) retries the same
 * request until the relayer answers, as a browser would; the first answer that is an HTTP status is
 * the request's outcome.
 */
export interface LoadRequest {
  /** What the test expects: a valid ballot is accepted (or, on a retry, already known); an invalid one refused. */
  valid: boolean;
  body: string;
  /** A request to send only after another one has its answer (a duplicate after its original). */
  after?: number;
}

export interface LoadOutcome {
  status: number;
  body: { id?: string; error?: { code: string; message: string } };
  /** Whether a connection failed before this answer (the request may have been journaled already). */
  retried: boolean;
  postedAt: number;
  answeredAt: number;
}

export async function postAll(
  url: string,
  requests: readonly LoadRequest[],
  concurrency: number,
  onAnswer: (index: number, answered: number) => void = () => undefined,
): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  const answers = new Map<number, Promise<void>>();
  const resolvers = new Map<number, () => void>();
  requests.forEach((_, index) => {
    answers.set(
      index,
      new Promise((resolve) => {
        resolvers.set(index, resolve);
      }),
    );
  });
  let next = 0;
  let answered = 0;
  const client = async () => {
    for (;;) {
      const index = next++;
      const request = requests[index];
      if (request === undefined) return;
      if (request.after !== undefined) await answers.get(request.after);
      const postedAt = performance.now();
      let retried = false;
      for (;;) {
        try {
          const response = await fetch(`${url}/ballots`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: request.body,
          });
          outcomes[index] = {
            status: response.status,
            body: (await response.json()) as LoadOutcome["body"],
            retried,
            postedAt,
            answeredAt: performance.now(),
          };
          break;
        } catch {
          retried = true;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      answered++;
      resolvers.get(index)?.();
      onAnswer(index, answered);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  return outcomes;
}
