import { common } from "./common.ts";
import { contractErrorSentences } from "./contract-errors.ts";
import { create } from "./create.ts";
import { home } from "./home.ts";
import { identity } from "./identity.ts";
import { join } from "./join.ts";
import { manage } from "./manage.ts";
import { recount } from "./recount.ts";
import { results } from "./results.ts";
import { vote } from "./vote.ts";

export const en = {
  common,
  home,
  create,
  results,
  vote,
  identity,
  join,
  manage,
  recount,
  contractErrors: contractErrorSentences,
};
