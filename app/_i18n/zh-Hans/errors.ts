import type { Translation } from "../catalog.ts";
import { type errors as english } from "../en/errors.ts";

export const errors = {
  relayer: {
    not_found: "中继服务没有这个接口。应用和中继服务的版本可能不一致。",
    method_not_allowed: "中继服务拒绝了这种请求。",
    receipt_not_found: "中继服务没有这个编号的回执。它可能是发给另一个中继服务的。",
    rate_limited: "来自你的地址的请求太多了。请等几秒后重试。",
    queue_full: "中继服务现在很忙：队列已满。请一分钟后重试。",
    body_too_large: "请求超出了中继服务接受的大小。",
    malformed_json: "中继服务无法读取这个请求。",
    invalid_body: "中继服务无法读取这个请求：某个字段缺失或格式错误。",
    invalid_commitment: "身份承诺值必须是从 1 到小于 SNARK 域大小的数字。",
    already_queued: "这位选民或这个邀请链接的另一个请求已在中继服务中等待。",
    sealed_unsupported: "这个中继服务不接受密封选票。请改用你的钱包提交选票。",
    unavailable: "中继服务暂时无法检查。请稍后重试。",
    unreachable: "无法连接中继服务。请检查网络连接后重试。",
    http_error: "中继服务返回了意外错误（HTTP {status}）。请重试。",
  },
  identity: {
    weakPassphrase: "密码短语太短。",
    wrongPassphrase: "这个密码短语无法打开此备份。请检查（注意大小写）后重试。",
    damagedBackup: "这个文件不是此版本能打开的 Ballotbox 身份备份：它可能不完整或被改动过。",
    invalidFile: "这个文件不是 Ballotbox 身份文件。",
    passphraseRequired: "这个备份已加密：请输入它的密码短语。",
    unreadable: "无法打开此浏览器中保存的身份：它可能已损坏，或者密钥已丢失。",
  },
  localAccount: {
    unreachable: "位于 {rpcUrl} 的本地区块链没有响应。“npm start”还在运行吗？",
    wrongChain: "{rpcUrl} 上的节点属于链 {chainId}：本地开发账户只能在本地链（31337）上使用。",
  },
  unknown: "出现了问题：{detail}",
} satisfies Translation<typeof english>;
