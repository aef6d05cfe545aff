/** Fetching an attached file, with a size cap, a timeout and friendly errors. No discord.js here. */
import { DEFAULT_LANG, t } from '../../i18n/catalogue.js';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export type Fetcher = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** A refused download: `key` and `vars` say it in any language; the message is the English. */
export class DownloadError extends Error {
  override name = 'DownloadError';
  constructor(
    readonly key: string,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(t(DEFAULT_LANG, key, vars));
  }
}

export function isJsonFile(name: string, contentType: string | null | undefined): boolean {
  return /\.json$/i.test(name) || /^application\/json\b/i.test(contentType ?? '');
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Downloads at most `maxBytes` of UTF-8 text; a longer, unreachable or non-text file is refused. */
export async function downloadText(
  url: string,
  options: { maxBytes?: number; timeoutMs?: number; fetcher?: Fetcher } = {},
): Promise<string> {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  const fetcher = options.fetcher ?? ((u, init) => fetch(u, init));
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
  } catch (error) {
    throw new DownloadError('facts.import.downloadFailed', {
      why: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok) throw new DownloadError('facts.import.downloadFailed', { why: `HTTP ${response.status}` });
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DownloadError('facts.import.tooBig', { size: megabytes(declared), limit: megabytes(maxBytes) });
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new DownloadError('facts.import.tooBigStream', { limit: megabytes(maxBytes) });
      }
      chunks.push(value);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
  } catch {
    throw new DownloadError('facts.import.notUtf8');
  }
}
