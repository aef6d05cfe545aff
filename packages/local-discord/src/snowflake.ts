/** Discord-style snowflake ids (ms since the Discord epoch << 22 | worker | increment). */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** A random interaction token (Discord's are long opaque strings). */
export function interactionToken(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let out = 'aW50ZXJhY3Rpb246';
  for (let i = 0; i < 48; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}
