/** Indonesian: one file per area, as in en/, in the terms of docs/glossary.md. */
import type { Messages, Translation } from "../catalog.ts";
import { common } from "./common.ts";
import { contractErrors } from "./contract-errors.ts";
import { create } from "./create.ts";
import { errors } from "./errors.ts";
import { home } from "./home.ts";
import { identity } from "./identity.ts";
import { join } from "./join.ts";
import { manage } from "./manage.ts";
import { recount } from "./recount.ts";
import { results } from "./results.ts";
import { sealed } from "./sealed.ts";
import { vote } from "./vote.ts";

export const id: Translation<Messages> = {
  common,
  home,
  create,
  results,
  sealed,
  vote,
  identity,
  join,
  manage,
  recount,
  errors,
  contractErrors,
};
