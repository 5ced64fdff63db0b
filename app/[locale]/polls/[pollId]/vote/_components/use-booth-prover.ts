"use client";
/**
 * The booth's prover: one for as long as the booth is open, whatever the page re-reads. It starts
 * preparing the ballot's circuit (download, warm-up) as soon as the voter is known to be on the roll,
 * during registration already, so that voting only proves.
 */
import { useEffect, useState, useSyncExternalStore } from "react";
import { createBrowserProver, type BrowserProver, type Preparation } from "@/lib/voting/browser-prover.ts";
import type { CircuitName } from "@/lib/voting/prover-protocol.ts";

const IDLE: Preparation = { status: "idle" };
const noSubscription = () => () => undefined;

export function useBoothProver(circuit: CircuitName | undefined): {
  prover: BrowserProver | undefined;
  preparation: Preparation;
} {
  const [prover, setProver] = useState<BrowserProver>();
  useEffect(() => {
    const created = createBrowserProver();
    setProver(created);
    return () => {
      created.terminate();
    };
  }, []);
  useEffect(() => {
    if (prover !== undefined && circuit !== undefined) prover.prepare(circuit);
  }, [prover, circuit]);
  const preparation = useSyncExternalStore(
    prover?.subscribe ?? noSubscription,
    () => prover?.preparation() ?? IDLE,
    () => IDLE,
  );
  return { prover, preparation };
}
