import type { Translation } from "../catalog.ts";
import type { join as english } from "../en/join.ts";

export const join = {
  title: "加入投票",
  description: "你的邀请链接会把你的投票身份加入投票的选民名册。不需要钱包：登记由中继服务发送。",
  noCode: "这个页面需要邀请链接。请打开组织者给你的完整链接（或扫描二维码）。",
  otherDeployment: "这个邀请链接属于另一个 Ballotbox 部署（链 {chainId}）。请在组织者指定的网站上打开它。",
  question: "邀请你投票的问题",
  optionsHeading: "选项",
  window: "投票于 {start} 开始，{end} 截止。",
  identityLocked: "这个浏览器中的投票身份已用密码短语锁定。请在这里解锁，然后用这个邀请链接加入。",
  phaseClosed: "本次投票的登记已结束：投票已经开始，选民名册已冻结。",
  replaced: "这个邀请链接已失效：组织者已更换了本次投票的邀请链接。请向他们索取新的链接。",
  damaged: "这个邀请链接已损坏：它与组织者发布的任何邀请链接都不匹配。请重新复制完整链接，或重新扫描二维码。",
  used: "这个邀请链接已经被使用过。每个邀请链接只能登记一位选民；如果不是你用的，请向组织者再要一个。",
  alreadyOnRoll: "你的身份已经在本次投票的选民名册上。",
  identityNew: "系统会在这个浏览器中为你生成一个投票身份。之后请在“我的投票身份”中备份它。",
  identityExisting: "将把这个投票身份加入名册：",
  joinButton: "加入这次投票",
  stages: {
    signing: "正在用邀请链接签署登记…",
    sending: "正在发送给中继服务…",
    waiting: "正在等待登记被打包…",
  },
  joined: "你已在选民名册上。",
  joinedNext: "投票于 {opensAt} 开始。届时请在这个浏览器中回来投票。",
  voteNow: "前往选票",
  backupReminder: "现在备份你的身份",
  failed: "中继服务无法为你登记：{reason}",
} satisfies Translation<typeof english>;
