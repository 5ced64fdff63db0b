import type { Translation } from "../catalog.ts";
import type { recount as english } from "../en/recount.ts";

export const recount = {
  metaTitle: "重新计票",
  title: "亲自重新计算这次投票",
  sealedCli:
    "这是一个密封投票。其重新计票会重新验证每张加密选票、密钥仪式以及每位受托人的解密；在此版本中，它在命令行中运行，检查项相同，结果为 MATCH 或列出差异：",
  intro:
    "完全在你的浏览器中运行的独立重新计票。它既不信任本网站的服务器，也不信任合约自己的记录：每个数字都从选票本身重新算出。",
  checksTitle: "检查的内容",
  checks: {
    proofs: "每张选票的零知识证明都在你的浏览器中重新验证。",
    roll: "根据 Semaphore 的成员事件重建选民名册，并把它的根与投票冻结时的根比较。",
    ballots:
      "每张选票都必须带有本次投票的范围和冻结的名册根，是选项中的有效选择，并在投票时间内投出；每个作废标识只计一次。",
    tally: "根据有效选票重新计算结果，并逐个选项与合约的结果比较。",
  },
  chainSource: "从区块链重新计票时，选票直接从位于 {rpcUrl} 的节点读取。",
  fromChain: "从区块链重新计票",
  notStarted: "投票尚未开始：这次投票仍在登记阶段，所以还没有可重新计算的选票。投票开始时间：{opensAt}。",
  or: "或",
  bundleLabel: "验证审计包",
  bundleHint:
    "审计包（之前的重新计票在此处或用命令行保存的 JSON 文件）包含从区块链读取的全部内容：只凭这个文件即可离线重新计票。",

  runningTitle: "正在重新计票…",
  stage: {
    starting: "正在开始重新计票…",
    readingChain: "正在从区块链读取投票、名册和选票…",
    readingBundle: "正在读取审计包…",
    verifying: "正在验证每张选票的证明…",
  },
  blocks: "区块 {last, number} / {to, number}",
  ballotsDone: "{done, number} / {total, plural, other {# 张选票}}",
  rate: "每秒 {perSecond, number, ::precision-integer} 张选票",
  elapsed: "已用时间：{duration}",
  percentDone: "已完成 {percent, number}%",
  cancel: "取消",
  cancelled: "重新计票已取消。",

  resultTitle: "结果",
  verdictExplanation: {
    MATCH: "每张计入的选票都通过了检查，合约的结果与重新计算的结果一致。",
    MISMATCH: "合约的数字与重新计票不一致。下面列出了每一处差异。",
  },
  provisional: "读取的区块时投票仍在进行：之后可能还有选票投出，所以这个结果是临时的。",
  fromBundle: "已根据审计包 {fileName} 离线重新计票。",
  otherPoll: "这个审计包属于投票 #{bundlePoll}，而不是本页显示的投票 #{pagePoll}：结果针对的是投票 #{bundlePoll}。",
  otherDeployment: "这个审计包来自与本网站不同的部署：链 {chainId}，合约 {ballotbox}。",

  tableCaption: "按选项列出的重新计票数与合约计票数",
  column: { option: "选项", recount: "重新计票", contract: "合约", agree: "一致" },
  agrees: "是",
  differs: "否，不一致",
  missing: "—",

  detailsTitle: "详情",
  details: {
    ballotsChecked: "已检查的选票",
    ballotsCounted: "已计入的选票",
    ballotsRejected: "被拒绝的选票",
    contractBallots: "合约计入的选票",
    rollSize: "名册上的选民",
    rollRoot: "名册根",
    block: "读取的区块",
    chain: "链",
    contract: "合约",
    speed: "验证速度",
  },
  blockAt: "{block, number}（{time}）",
  speed: "每秒 {perSecond, number, ::precision-integer} 张选票（共 {seconds, number, ::.00} 秒）",

  discrepanciesTitle: "差异",
  rejectedTitle: "{rejected, plural, other {# 张被拒绝的选票}}",
  rejected: { nullifier: "作废标识", transaction: "交易", block: "区块", reasons: "被拒绝的原因" },
  discrepancy: {
    rollRootMismatch: "根据 Semaphore 的事件重建的名册根是 {rebuilt}，但合约报告的根是 {contract}。",
    pollRootMismatch: "根据 Semaphore 的事件重建的名册根是 {rebuilt}，但本次投票冻结的名册根是 {stored}。",
    rejectedBallots: "{count, plural, other {合约计入了 # 张被重新计票拒绝的选票。}}",
    optionTallyMismatch:
      "选项 {option, number}（{label}）：重新计票得出 {recount, number} 票，合约报告的是 {contract, number} 票。",
    optionMissing: "选项 {option, number}（{label}）：重新计票得出 {recount, number} 票，但合约没有这个选项的票数。",
    optionCountMismatch: "合约报告了 {contract, plural, other {# 个选项}}的票数，但本次投票有 {poll, number} 个选项。",
    ballotCountMismatch: "重新计票计入 {recount, plural, other {# 张选票}}，但合约报告的是 {contract, number} 张。",
  },
  reason: {
    wrongScope: "它的范围不是本次投票的范围：这张选票是为另一次投票或另一个部署生成的。",
    wrongRoot: "它的证明所用的名册根不是本次投票冻结的名册根。",
    invalidBallot:
      "它的选票值（{ballot}）无效：本次投票为{ballotType, select, single {单选} other {赞成投票（可多选）}}，共 {optionCount, plural, other {# 个选项}}。",
    outsideVotingWindow: "它在 {includedAt} 被写入区块链，不在投票时间（{opens} 至 {closes}）之内。",
    unsupportedDepth: "它的树深度（{depth, number}）不是 Semaphore 支持的深度。",
    malformedProof: "它的证明格式不正确。",
    proofInvalid: "它的零知识证明未通过验证。",
    nullifierReused: "它的作废标识已经在交易 {transaction} 中计入过。",
  },
  report: {
    poll: "投票 #{pollId}：{question}",
    setup: "{ballotType, select, single {单选} other {赞成投票（可多选）}}，链 {chainId}，合约 {ballotbox}",
    readClosed: "读取于区块 {block, number}（{time}）；投票已结束。",
    readOpen: "读取于区块 {block, number}（{time}）；投票仍在进行，票数可能还会变化。",
    roll: "选民名册：{size, plural, other {# 位选民}}，根 {root}",
    ballots:
      "已检查 {checked, number} 张选票；计入 {counted, number} 张；拒绝 {rejected, number} 张（合约计入 {contract, number} 张）",
    verification: "证明验证用时 {seconds, number, ::.00} 秒（每秒 {perSecond, number, ::precision-integer} 张选票）",
    rejectedBallot: "被拒绝的选票，作废标识 {nullifier}（交易 {transaction}，区块 {block, number}）：",
    verdict: {
      MATCH: "MATCH：每张计入的选票都通过了检查，合约的结果与重新计票一致。",
      MISMATCH: "MISMATCH：合约的数字与重新计票不一致：",
    },
  },

  downloadsTitle: "保存副本",
  downloadsHint: "有了审计包，任何人都能在本页面或用命令“ballotbox verify-bundle”离线重复这次重新计票。",
  downloadJson: "下载报告（JSON）",
  downloadText: "下载报告（文本）",
  downloadBundle: "下载审计包",

  errorTitle: "重新计票未能完成",
  errors: {
    wrongChain: "位于 {rpcUrl} 的节点在链 {actual} 上，而不是本网站的链 {expected}。",
    pollNotFound: "本部署上没有编号为 {pollId} 的投票。",
    bundleNotJson: "无法对这个文件重新计票：它不是审计包（甚至不是 JSON 文件）。请选择从重新计票中下载的审计包。",
    bundleInvalid: "无法对这个文件重新计票：它不是 Ballotbox 审计包，或者是当前版本无法读取的审计包。",
    bundleInvalidField: "无法对这个文件重新计票：其中的字段“{field}”缺失或有误。文件可能不完整或已被改动。",
    unreadableFile: "无法读取这个文件。请重新选择。",
    verificationKey: "本网站无法提供树深度 {depth, number} 的验证密钥（HTTP {status}），因此无法检查证明。请稍后再试。",
    crashed: "重新计票意外停止（浏览器可能内存不足）。请重新加载页面后重试。",
  },
} satisfies Translation<typeof english>;
