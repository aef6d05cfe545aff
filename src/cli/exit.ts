/** CLI convention: one line on stderr, status 2 for bad input, 1 for anything else. */
export function exitWithError(message: string, status = 2): never {
  process.stderr.write(`error: ${message.split('\n').join('\n  ')}\n`);
  process.exit(status);
}
