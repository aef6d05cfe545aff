import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const NEWLINE = 0x0a;
const CHUNK = 512;

/**
 * A text file of sorted lines read through a file descriptor, at byte positions, never held in memory: a line is
 * found by binary search over the bytes, a line at a known offset is read there. For word lists too large to keep for
 * the few words a question looks up (WordNet's database files).
 */
export class SortedLines {
  private readonly buffer = Buffer.allocUnsafe(CHUNK);

  private constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  /** The file a package ships, or undefined when the package or the file is missing. */
  static open(pkg: string, file: string): SortedLines | undefined {
    try {
      const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
      const fd = openSync(join(root, file), 'r');
      return new SortedLines(fd, fstatSync(fd).size);
    } catch {
      return undefined;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The line that starts at byte `start` (without its newline). */
  lineFrom(start: number): string {
    let text = '';
    for (let at = start; at < this.size; at += CHUNK) {
      const read = readSync(this.fd, this.buffer, 0, CHUNK, at);
      const end = this.buffer.indexOf(NEWLINE);
      if (end >= 0 && end < read) return text + this.buffer.toString('latin1', 0, end);
      text += this.buffer.toString('latin1', 0, read);
      if (read < CHUNK) break;
    }
    return text;
  }

  /** The start of the first line that starts at or after byte `at` (the size at the end of the file). */
  private lineStartFrom(at: number): number {
    if (at === 0) return 0;
    for (let from = at - 1; from < this.size; from += CHUNK) {
      const read = readSync(this.fd, this.buffer, 0, CHUNK, from);
      const end = this.buffer.indexOf(NEWLINE);
      if (end >= 0 && end < read) return from + end + 1;
      if (read < CHUNK) break;
    }
    return this.size;
  }

  /** The first line that is >= `key` (as strings), with its start; undefined past the end. */
  lowerBound(key: string): { line: string; start: number } | undefined {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.lineStartFrom(mid);
      if (start < this.size && this.lineFrom(start) < key) lo = mid + 1;
      else hi = mid;
    }
    const start = this.lineStartFrom(lo);
    return start < this.size ? { line: this.lineFrom(start), start } : undefined;
  }

  /** The lines that start with `prefix`, in order. */
  linesStarting(prefix: string): string[] {
    const lines: string[] = [];
    let found = this.lowerBound(prefix);
    while (found && found.line.startsWith(prefix)) {
      lines.push(found.line);
      const next = found.start + Buffer.byteLength(found.line, 'latin1') + 1;
      found = next < this.size ? { line: this.lineFrom(next), start: next } : undefined;
    }
    return lines;
  }
}
