/**
 * Structured logs with pino: one JSON object per line (level, time, msg, plus fields) on stderr, or pino-pretty's
 * human layout when asked. The `Logger` interface is the one the rest of the code already uses
 * (`log.info(msg, extra)`), so call sites need no change; pino is the engine underneath.
 *
 * Secrets are masked on the serialized line, whatever field or message they reached the logger by: the bot token
 * (registered at start-up) and the password of any `postgres://user:password@host` URL.
 */
import { pino, stdSerializers, type Logger as PinoLogger } from 'pino';
import PinoPretty from 'pino-pretty';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/** `auto`: pretty when stderr is a terminal, JSON otherwise (systemd, docker, files). */
export type LogFormat = 'json' | 'pretty' | 'auto';

export interface Logger {
  debug(msg: string, extra?: unknown): void;
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

const secrets = new Set<string>();

/** Any registered secret is masked in every log line, whatever path it reached the logger by. */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 8) secrets.add(value);
}

/** Registers the password of a database URL (raw and percent-decoded), so it is masked like the token. */
export function registerDatabaseUrl(url: string | undefined): void {
  if (!url) return;
  try {
    const password = new URL(url).password;
    if (!password) return;
    secrets.add(password);
    secrets.add(decodeURIComponent(password));
  } catch {
    // Not a URL: nothing to extract; the pattern below still masks anything URL-shaped.
  }
}

// scheme://user:password@ : the password part, for URLs nobody registered (e.g. inside a driver's error message).
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^:/@\s"]*:)[^@\s"]+@/gi;

export function redact(text: string): string {
  let out = text.replace(URL_PASSWORD, '$1[redacted]@');
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out;
}

const PINO_LEVEL: Record<LogLevel, string> = {
  debug: 'debug',
  info: 'info',
  warn: 'warn',
  error: 'error',
  silent: 'silent',
};

/** Plain objects become fields of the line; an Error becomes `err` (with its stack); anything else `extra`. */
function fieldsOf(extra: unknown): Record<string, unknown> | undefined {
  if (extra === undefined) return undefined;
  if (extra instanceof Error) return { err: extra };
  if (extra !== null && typeof extra === 'object' && !Array.isArray(extra)) {
    const { error, ...rest } = extra as Record<string, unknown>;
    // The scheduler passes `{ error: message }`; an Error under that key still gets its stack serialized.
    return error instanceof Error ? { ...rest, err: error } : (extra as Record<string, unknown>);
  }
  return { extra };
}

const pinoOf = new WeakMap<Logger, PinoLogger>();

function wrap(p: PinoLogger): Logger {
  const at = (lvl: 'debug' | 'info' | 'warn' | 'error') => (msg: string, extra?: unknown) => {
    const fields = fieldsOf(extra);
    if (fields) p[lvl](fields, msg);
    else p[lvl](msg);
  };
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
  pinoOf.set(log, p);
  return log;
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Defaults to stderr; tests pass a function that collects the (JSON) lines. */
  write?: (line: string) => void;
}

/** pino-pretty only when asked for, or on a terminal with `auto`; JSON for journald, files and log shippers. */
export function prettyWanted(format: LogFormat, isTTY: boolean = process.stderr.isTTY === true): boolean {
  return format === 'pretty' || (format === 'auto' && isTTY);
}

/**
 * `createLogger(level, write?)` keeps its old call shape; `write` receives each line already redacted, without
 * the trailing newline. A third argument chooses the format (JSON unless pretty is asked for or stderr is a TTY).
 */
export function createLogger(
  level: LogLevel = 'info',
  write?: (line: string) => void,
  format: LogFormat = 'auto',
): Logger {
  let sink: (line: string) => void;
  if (write) {
    sink = (line) => write(line.endsWith('\n') ? line.slice(0, -1) : line);
  } else if (prettyWanted(format)) {
    const pretty = PinoPretty({
      destination: 2,
      sync: true,
      colorize: process.stderr.isTTY === true,
      translateTime: 'SYS:standard',
    });
    sink = (line) => pretty.write(line);
  } else {
    const out = pino.destination({ dest: 2, sync: true });
    sink = (line) => out.write(line);
  }
  const p = pino(
    {
      level: PINO_LEVEL[level],
      base: undefined, // no pid/hostname on every line: journald records them already
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: stdSerializers.err },
      // Key-based masking for structured fields that should never be logged, even if short or unregistered.
      redact: {
        paths: ['token', '*.token', 'password', '*.password', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
    },
    { write: (line: string) => sink(redact(line)) },
  );
  return wrap(p);
}

/**
 * A logger whose every line also carries `bindings` (e.g. the command, server id and interaction id of one
 * interaction). Works on any Logger: pino-backed ones get a real pino child, others get the fields merged in.
 */
export function childLogger(log: Logger, bindings: Record<string, unknown>): Logger {
  const p = pinoOf.get(log);
  if (p) return wrap(p.child(bindings));
  const merged = (extra: unknown) => ({ ...bindings, ...(fieldsOf(extra) ?? {}) });
  return {
    debug: (m, e) => log.debug(m, merged(e)),
    info: (m, e) => log.info(m, merged(e)),
    warn: (m, e) => log.warn(m, merged(e)),
    error: (m, e) => log.error(m, merged(e)),
  };
}

/** pino's numeric levels, for reading JSON lines back (tests, tooling). */
export const LEVEL_NUMBER = { debug: 20, info: 30, warn: 40, error: 50 } as const;

export const silentLogger: Logger = createLogger('silent', () => {});
