/** English, the source of every other language: one file per area of the app. */
import { common } from "./common.ts";
import { CONTRACT_ERROR_SENTENCES } from "./contract-errors.ts";
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

export const en = {
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
  contractErrors: CONTRACT_ERROR_SENTENCES,
};
