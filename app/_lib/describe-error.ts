"use client";
/**
 * One sentence, in the reader's language, for any error a person can meet, saying what to do: the
 * wallet declined or on the wrong chain, the chain unreachable, a contract refusal (decoded by
 * lib/contracts/contract-errors.ts), a relayer refusal (by the relayer's code). Only an error nothing
 * here recognises shows its own (English) text.
 */
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { BaseError, HttpRequestError, TimeoutError, UserRejectedRequestError } from "viem";
import { BaseError as WagmiError, ConnectorChainMismatchError, ProviderNotFoundError } from "wagmi";
import { decodeContractError, type ContractErrorCode } from "@/lib/contracts/contract-errors.ts";
import { DamagedBackupError } from "@/lib/identity/backup.ts";
import { WeakPassphraseError, WrongPassphraseError } from "@/lib/identity/passphrase-box.ts";
import { PassphraseRequiredError } from "@/lib/identity/identity-document.ts";
import { InvalidIdentityFileError } from "@/lib/identity/plain-identity.ts";
import { UnreadableIdentityError } from "@/lib/identity/sealed-identity.ts";
import { RelayerError } from "@/lib/relayer/client.ts";
import { CONTRACT_ERROR_SENTENCES } from "../_i18n/en/contract-errors.ts";
import { useAppConfig } from "./app-config.tsx";
import { LocalNodeError } from "./local-dev-account.ts";

const isContractCode = (code: string): code is ContractErrorCode => Object.hasOwn(CONTRACT_ERROR_SENTENCES, code);

export type DescribeError = (error: unknown) => string;

export function useDescribeError(): DescribeError {
  const t = useTranslations();
  const { rpcUrl } = useAppConfig();
  return useCallback(
    (error: unknown) => {
      if (error instanceof RelayerError) {
        if (isContractCode(error.code)) return t(`contractErrors.${error.code}`);
        if (error.code === "http_error") return t("errors.relayer.http_error", { status: String(error.status) });
        return t(`errors.relayer.${error.code}`);
      }
      if (error instanceof WeakPassphraseError) return t("errors.identity.weakPassphrase");
      if (error instanceof WrongPassphraseError) return t("errors.identity.wrongPassphrase");
      if (error instanceof DamagedBackupError) return t("errors.identity.damagedBackup");
      if (error instanceof InvalidIdentityFileError) return t("errors.identity.invalidFile");
      if (error instanceof PassphraseRequiredError) return t("errors.identity.passphraseRequired");
      if (error instanceof UnreadableIdentityError) return t("errors.identity.unreadable");
      if (error instanceof LocalNodeError) {
        return error.reason === "unreachable"
          ? t("errors.localAccount.unreachable", { rpcUrl: error.rpcUrl })
          : t("errors.localAccount.wrongChain", { rpcUrl: error.rpcUrl, chainId: String(error.chainId) });
      }
      if (error instanceof ConnectorChainMismatchError) return t("common.wallet.switchFirst");
      if (error instanceof ProviderNotFoundError) return t("common.wallet.noWallet");
      if (error instanceof BaseError) {
        if (error.walk((cause) => cause instanceof UserRejectedRequestError) instanceof UserRejectedRequestError) {
          return t("common.wallet.rejected");
        }
        const known = decodeContractError(error);
        if (known !== undefined) return t(`contractErrors.${known.code}`);
        const unreachable = error.walk((cause) => cause instanceof HttpRequestError || cause instanceof TimeoutError);
        if (unreachable !== null) return t("common.chainUnreachable", { rpcUrl });
        return t("errors.unknown", { detail: error.shortMessage });
      }
      // wagmi's own errors (not connected, no connector) have a readable short message.
      if (error instanceof WagmiError) return t("errors.unknown", { detail: error.shortMessage });
      return t("errors.unknown", { detail: error instanceof Error ? error.message : String(error) });
    },
    [t, rpcUrl],
  );
}
