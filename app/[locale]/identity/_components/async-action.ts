"use client";
/** The state of one button's asynchronous action: idle, busy, done, or failed with a sentence. */
import { useState } from "react";
import { useDescribeError } from "@/app/_lib/describe-error.ts";

export type ActionState = { status: "idle" | "busy" | "done" } | { status: "error"; message: string };

export function useAsyncAction(): [ActionState, (action: () => Promise<void>) => void] {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const describeError = useDescribeError();
  const run = (action: () => Promise<void>) => {
    setState({ status: "busy" });
    action().then(
      () => {
        setState({ status: "done" });
      },
      (error: unknown) => {
        setState({ status: "error", message: describeError(error) });
      },
    );
  };
  return [state, run];
}
