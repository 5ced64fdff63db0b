/**
 * The rate limiter's memory: per client address, how many requests it made in its current window.
 * Kept in an LRU of at most `maxClients` addresses (toad-cache, the LRU @fastify/rate-limit itself
 * uses), so a flood of distinct addresses costs a fixed amount of memory: the least recently seen
 * clients are forgotten, and start a fresh window if they come back.
 *
 * Given to @fastify/rate-limit as its store (rateLimitStore), which does the rest: the hook, the key
 * (the client address), the 429 and the headers.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from "@fastify/rate-limit";
import { LruMap } from "toad-cache";

interface ClientWindow {
  count: number;
  startedAt: number;
}

export class ClientWindows {
  private readonly windows: LruMap<ClientWindow>;
  private readonly now: () => number;

  constructor(maxClients: number, now: () => number = Date.now) {
    this.windows = new LruMap<ClientWindow>(maxClients);
    this.now = now;
  }

  /** How many clients are remembered: never more than maxClients. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one request of `client`; returns its count in the current window and the window's ms left. */
  count(client: string, windowMs: number): { current: number; ttl: number } {
    const now = this.now();
    const known = this.windows.get(client);
    const window = known !== undefined && now - known.startedAt < windowMs ? known : { count: 0, startedAt: now };
    window.count += 1;
    this.windows.set(client, window);
    // A copy: the plugin reads it after an await, when later requests may have counted more.
    return { current: window.count, ttl: windowMs - (now - window.startedAt) };
  }
}

/** @fastify/rate-limit's store interface over one ClientWindows (shared by every route). */
export function rateLimitStore(windows: ClientWindows): FastifyRateLimitStoreCtor {
  return class ClientWindowsStore implements FastifyRateLimitStore {
    incr(key: string, callback: Parameters<FastifyRateLimitStore["incr"]>[1], timeWindow: number): void {
      callback(null, windows.count(key, timeWindow));
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
