"use client";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { ContractErrorCode } from "@/lib/contracts/contract-errors.ts";
import { RELAYER_FAILURE_CODES, type Receipt, type RelayerFailureCode } from "@/lib/relayer/protocol.ts";
import { CONTRACT_ERROR_SENTENCES } from "@/app/_i18n/en/contract-errors.ts";

const isContractCode = (code: string): code is ContractErrorCode => Object.hasOwn(CONTRACT_ERROR_SENTENCES, code);
const isRelayerCode = (code: string): code is RelayerFailureCode =>
  (RELAYER_FAILURE_CODES as readonly string[]).includes(code);

/**
 * Why the relayer failed a ballot or registration, in the reader's language, by the receipt's code;
 * a receipt without a code this app knows (an older journal, a newer relayer) shows its own sentence.
 */
export function useReceiptFailure(): (receipt: Pick<Receipt, "code" | "reason">) => string {
  const t = useTranslations();
  return useCallback(
    ({ code, reason }) => {
      if (code !== undefined && isContractCode(code)) return t(`contractErrors.${code}`);
      if (code !== undefined && isRelayerCode(code)) return t(`vote.receiptFailure.${code}`);
      return reason ?? "";
    },
    [t],
  );
}
