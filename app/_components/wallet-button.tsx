"use client";
/**
 * Connect and disconnect: every wallet the browser announces (EIP-6963, else the injected one), plus
 * the labelled local development account when the app runs on the embedded chain.
 */
import { useEffect, useRef, useState } from "react";
import { useConnection, useConnect, useConnectors, useDisconnect, useSwitchChain } from "wagmi";
import { useTranslations } from "next-intl";
import { useAppConfig } from "../_lib/app-config.tsx";
import { useDescribeError } from "../_lib/describe-error.ts";
import { LOCAL_DEV_CONNECTOR_ID } from "../_lib/local-dev-account.ts";
import { Button } from "./ui.tsx";

export function WalletButton() {
  const common = useTranslations("common");
  const wallet = useTranslations("common.wallet");
  const describeError = useDescribeError();
  const { chainId } = useAppConfig();
  const account = useConnection();
  const connectors = useConnectors();
  const { mutate: connect, isPending, error, reset } = useConnect();
  const { mutate: disconnect } = useDisconnect();
  const { mutate: switchChain, isPending: switching } = useSwitchChain();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  useEffect(() => {
    if (account.isConnected) setOpen(false);
  }, [account.isConnected]);

  if (account.isConnected && account.address !== undefined) {
    const short = `${account.address.slice(0, 6)}…${account.address.slice(-4)}`;
    return (
      <div className="flex items-center gap-2">
        {account.chainId !== chainId && (
          <Button
            variant="secondary"
            busy={switching}
            onClick={() => {
              switchChain({ chainId });
            }}
          >
            {wallet("switchChain")}
          </Button>
        )}
        <Button
          variant="secondary"
          onClick={() => {
            disconnect();
          }}
          title={account.address}
        >
          <span className="font-mono">{short}</span>
          <span className="sr-only sm:not-sr-only">· {wallet("disconnect")}</span>
        </Button>
      </div>
    );
  }

  // The generic "Injected" entry only matters when no wallet announced itself by EIP-6963.
  const announced = connectors.filter((connector) => connector.type === "injected" && connector.id !== "injected");
  const browserWallets =
    announced.length > 0 ? announced : connectors.filter((connector) => connector.id === "injected");
  const localDev = connectors.find((connector) => connector.id === LOCAL_DEV_CONNECTOR_ID);
  const hasInjected = typeof window !== "undefined" && "ethereum" in window;

  return (
    <>
      <Button
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {wallet("connect")}
      </Button>
      <dialog
        ref={dialog}
        onClose={() => {
          setOpen(false);
        }}
        aria-labelledby="wallet-dialog-title"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id="wallet-dialog-title" className="text-lg font-semibold">
          {wallet("chooseTitle")}
        </h2>
        <div className="mt-4 flex flex-col gap-3">
          {hasInjected || announced.length > 0 ? (
            browserWallets.map((connector) => (
              <Button
                key={connector.uid}
                variant="secondary"
                busy={isPending}
                onClick={() => {
                  connect({ connector, chainId });
                }}
              >
                {connector.name}
              </Button>
            ))
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-300">{wallet("noWallet")}</p>
          )}
          {localDev !== undefined && (
            <div className="flex flex-col gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
              <Button
                variant="secondary"
                busy={isPending}
                onClick={() => {
                  connect({ connector: localDev, chainId });
                }}
              >
                {wallet("localDev")}
              </Button>
              <p className="text-xs text-amber-900 dark:text-amber-200">{wallet("localDevNote")}</p>
            </div>
          )}
          {error !== null && (
            <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
              {describeError(error)}
            </p>
          )}
          <Button
            variant="secondary"
            onClick={() => {
              setOpen(false);
            }}
          >
            {common("close")}
          </Button>
        </div>
      </dialog>
    </>
  );
}
