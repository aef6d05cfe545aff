import { LEVEL_NUMBER } from '../../src/logger.js';

export interface LogEntry {
  level: number;
  msg: string;
  [field: string]: unknown;
}

/** The JSON lines a test logger collected, parsed (a line that is not JSON fails the test loudly). */
export function parseLogs(lines: readonly string[]): LogEntry[] {
  return lines.map((l) => JSON.parse(l) as LogEntry);
}

/** The entries at exactly one level ('error', 'warn', …). */
export function logsAt(lines: readonly string[], level: keyof typeof LEVEL_NUMBER): LogEntry[] {
  return parseLogs(lines).filter((e) => e.level === LEVEL_NUMBER[level]);
}
