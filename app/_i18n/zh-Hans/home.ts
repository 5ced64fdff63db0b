import type { Translation } from "../catalog.ts";
import { type home as english } from "../en/home.ts";

export const home = {
  title: "投票",
  description: "本部署上的所有投票。选票是匿名的零知识证明；计票结果保存在任何人都能重新计票的合约中。",
  createPoll: "创建投票",
  empty: "还没有投票。创建第一个吧。",
  loadError: "无法从区块链读取投票列表。",
  options: "{count, plural, other {# 个选项}}",
} satisfies Translation<typeof english>;
