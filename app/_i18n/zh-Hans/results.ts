import type { Translation } from "../catalog.ts";
import type { results as english } from "../en/results.ts";

export const results = {
  tabs: { results: "结果", vote: "投票", manage: "管理", recount: "重新计票", label: "投票页面分区" },
  notFound: "本部署上没有编号为 {pollId} 的投票。",
  invalidId: "这不是投票的地址：投票编号是从 1 开始的整数。",
  window: "投票时间：{start} 至 {end}",
  organizer: "组织者",
  liveTally: "实时计票",
  finalResult: "最终结果",
  chartLabel: "各选项得票：{question}",
  votes: "{count, plural, other {# 票}}",
  turnoutTitle: "投票率",
  rollSize: "名册人数",
  ballotsCast: "已计入的选票",
  approvalNote: "赞成投票：每位选民可以赞成多个选项。百分比是赞成该选项的选票所占的比例，所以各项相加可能超过 100%。",
  singleNote: "百分比是该选项在已计入选票中所占的比例。",
  shareLabel: "占选票比例",
  optionLabel: "选项",
  votesLabel: "票数",
  registrationNote: "投票还没有开始。在此之前仍可向名册添加选民。",
  noBallots: "还没有选票。",
  winner: "得票最多：{label}",
  tie: "并列：{labels}",
  verifyHint: "不必相信这个页面：你可以亲自重新计算每一张选票。",
  recountLink: "在浏览器中重新计票",

  downloadsTitle: "下载结果",
  downloadCsv: "下载 CSV",
  downloadJson: "下载 JSON",
  downloadsHint: "截至区块 {block} 的数据，包括投票的问题和选项。",

  share: {
    title: "分享这次投票",
    label: "这次投票的链接",
    copy: "复制链接",
    copied: "链接已复制。",
    copyFailed: "无法复制链接：请选中它后自己复制。",
  },

  receipt: {
    title: "查验回执",
    label: "作废标识（回执）",
    hint: "选民回执上显示的数字。它只在本页面中比对：节点从不会被问到它。",
    button: "查验",
    invalid: {
      empty: "请先粘贴回执上的作废标识。",
      format: "作废标识是一个只由数字组成的整数，和回执上显示的一样。",
      range: "这个数字太大，不可能是作废标识：请从回执重新复制。",
    },
    counted: "已计入。",
    where: "这张选票已计入结果：区块 {block}，交易",
    absent: "本次投票中还没有计入带这个作废标识的选票。刚刚发送的选票可能需要一点时间才会被打包。",
  },
} satisfies Translation<typeof english>;
