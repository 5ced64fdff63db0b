"use client";
/**
 * Sends one contract transaction (Ballotbox's unless the call names another contract) from the connected wallet and tracks it in words: confirm in the
 * wallet, waiting to be mined, done, or what went wrong. The call is simulated first, so a refusal
 * is explained before the wallet asks to sign or any gas is spent. Once the transaction is mined,
 * every chain read on the page is refetched before "done" shows, so the roll, registrations and
 * invite state never lag behind the organizer's own change.
 */
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { Abi, Address, ContractFunctionArgs, ContractFunctionName, TransactionReceipt } from "viem";
import { useConfig } from "wagmi";
import { getConnection, getWalletClient, switchChain } from "wagmi/actions";
import { ballotboxAbi } from "@/lib/contracts/abis.generated.ts";
import { useTranslations } from "next-intl";
import { useAppConfig, useBallotboxConnection } from "./app-config.tsx";
import { useDescribeError } from "./describe-error.ts";

export type TransactionState =
  | { status: "idle" }
  | { status: "confirm" }
  | { status: "pending"; hash: `0x${string}` }
  | { status: "success"; receipt: TransactionReceipt }
  | { status: "error"; message: string };

type Writable<TAbi extends Abi> = ContractFunctionName<TAbi, "nonpayable" | "payable">;

/** A call to Ballotbox, or with `address` and `abi`, to another of the deployment's contracts. */
export interface ContractCall<TAbi extends Abi, TName extends Writable<TAbi>> {
  address?: Address;
  abi?: TAbi;
  functionName: TName;
  args: ContractFunctionArgs<TAbi, "nonpayable" | "payable", TName>;
}

export function useContractTransaction() {
  const wagmiConfig = useConfig();
  const { chainId } = useAppConfig();
  const t = useTranslations("common");
  const describeError = useDescribeError();
  const connection = useBallotboxConnection();
  const queryClient = useQueryClient();
  const [state, setState] = useState<TransactionState>({ status: "idle" });

  const send = useCallback(
    async <TAbi extends Abi = typeof ballotboxAbi, TName extends Writable<TAbi> = Writable<TAbi>>(
      call: ContractCall<TAbi, TName>,
    ): Promise<TransactionReceipt | undefined> => {
      setState({ status: "confirm" });
      try {
        const account = getConnection(wagmiConfig);
        if (account.address === undefined) throw new Error(t("wallet.notConnected"));
        if (account.chainId !== chainId) await switchChain(wagmiConfig, { chainId });
        // Simulated against the pending block: that is where the transaction lands (on a quiet local
        // chain the latest block can be long before now, e.g. before a poll's start).
        // viem cannot narrow the ABI's functions through this generic wrapper: a call's type is checked
        // where it is written (ContractCall), and the simulation sees the ABI widened.
        const abi: Abi = call.abi ?? ballotboxAbi;
        const { request } = await connection.client.simulateContract({
          address: call.address ?? connection.ballotbox,
          abi,
          functionName: call.functionName,
          args: call.args as readonly unknown[],
          account: account.address,
          blockTag: "pending",
        });
        const wallet = await getWalletClient(wagmiConfig, { chainId });
        const hash = await wallet.writeContract(request);
        setState({ status: "pending", hash });
        const receipt = await connection.client.waitForTransactionReceipt({ hash });
        if (receipt.status !== "success") throw new Error(t("transaction.reverted"));
        // Every query reads at the latest block number, which viem caches per client for its cacheTime
        // (4 s): read it afresh, which refreshes that cache, so the refetch sees this transaction at once.
        await connection.client.getBlockNumber({ cacheTime: 0 });
        await queryClient.invalidateQueries();
        setState({ status: "success", receipt });
        return receipt;
      } catch (error) {
        setState({ status: "error", message: describeError(error) });
        return undefined;
      }
    },
    [wagmiConfig, chainId, connection, queryClient, t, describeError],
  );
  const reset = useCallback(() => {
    setState({ status: "idle" });
  }, []);
  return { state, send, reset };
}
