/**
 * Per-interaction log fields without a per-interaction context object: handlers keep receiving the one BotContext
 * (some state is keyed by its identity), and `ctx.log` looks up the fields of the interaction being handled in
 * AsyncLocalStorage, so every line logged while handling it (however deep, across awaits) carries them.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { childLogger, type Logger } from '../logger.js';

interface Scope {
  bindings: Record<string, unknown>;
  children: WeakMap<Logger, Logger>;
}

const scope = new AsyncLocalStorage<Scope>();

/** Runs `fn` with `bindings` added to every line logged through a scoped logger. */
export function withLogFields<T>(bindings: Record<string, unknown>, fn: () => T): T {
  return scope.run({ bindings, children: new WeakMap() }, fn);
}

/** A logger that adds the current scope's fields (if any) to each line it writes through `base`. */
export function scopedLogger(base: Logger): Logger {
  const current = (): Logger => {
    const s = scope.getStore();
    if (!s) return base;
    let child = s.children.get(base);
    if (!child) {
      child = childLogger(base, s.bindings);
      s.children.set(base, child);
    }
    return child;
  };
  return {
    debug: (m, e) => current().debug(m, e),
    info: (m, e) => current().info(m, e),
    warn: (m, e) => current().warn(m, e),
    error: (m, e) => current().error(m, e),
  };
}
