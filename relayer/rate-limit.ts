/**
 * Per-client token buckets: each client (IP address) may make `burst` requests at once and `rate` a
 * second on average, so one noisy client cannot crowd out the others or fill the queue alone.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  private readonly rate: number;
  private readonly burst: number;
  private readonly now: () => number;

  constructor(rate: number, burst: number, now: () => number = () => performance.now()) {
    this.rate = rate;
    this.burst = burst;
    this.now = now;
  }

  /** Takes one token for `client`; false when the client must wait. */
  take(client: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(client, bucket);
    // Forget full buckets now and then, so the map does not grow with every address ever seen.
    if (this.buckets.size > 10_000) {
      for (const [key, value] of this.buckets) if (value.tokens >= this.burst - 1) this.buckets.delete(key);
    }
    return allowed;
  }
}
