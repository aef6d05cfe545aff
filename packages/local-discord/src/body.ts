/**
 * Request body parsing: JSON, and multipart/form-data as discord.js sends it for uploads
 * (a `payload_json` part plus `files[n]` parts).
 */
import type { RecordedFile } from './types.js';

export interface ParsedBody {
  body: unknown;
  files?: RecordedFile[];
  /** Set when the body could not be parsed. */
  error?: string;
}

interface Part {
  headers: Record<string, string>;
  data: Buffer;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Splits a multipart body into its parts. */
export function splitMultipart(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    let partStart = start + delimiter.length;
    // "--" right after the delimiter closes the body.
    if (raw[partStart] === 0x2d && raw[partStart + 1] === 0x2d) break;
    if (raw[partStart] === 0x0d && raw[partStart + 1] === 0x0a) partStart += 2;
    const next = raw.indexOf(delimiter, partStart);
    if (next === -1) break;
    // The part ends with CRLF before the next delimiter.
    let partEnd = next;
    if (raw[partEnd - 2] === 0x0d && raw[partEnd - 1] === 0x0a) partEnd -= 2;
    const chunk = raw.subarray(partStart, partEnd);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      parts.push({
        headers: parseHeaders(chunk.subarray(0, headerEnd).toString('utf8')),
        data: Buffer.from(chunk.subarray(headerEnd + 4)),
      });
    }
    start = next;
  }
  return parts;
}

function dispositionParam(disposition: string, name: string): string | undefined {
  const quoted = new RegExp(`(?:^|;)\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, 'i').exec(disposition);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, '$1');
  const bare = new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, 'i').exec(disposition);
  return bare?.[1]?.trim();
}

export function parseBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  if (raw.length === 0) return { body: undefined };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) return { body: undefined, error: 'multipart body without boundary' };
    let body: unknown;
    const files: RecordedFile[] = [];
    let error: string | undefined;
    for (const part of splitMultipart(raw, value.trim())) {
      const disposition = part.headers['content-disposition'] ?? '';
      const field = dispositionParam(disposition, 'name') ?? '';
      const filename = dispositionParam(disposition, 'filename');
      if (field === 'payload_json') {
        try {
          body = JSON.parse(part.data.toString('utf8'));
        } catch {
          error = 'payload_json is not valid JSON';
        }
      } else if (filename !== undefined) {
        files.push({
          field,
          filename,
          contentType: part.headers['content-type'] ?? null,
          size: part.data.length,
          data: part.data,
        });
      } else if (body === undefined || typeof body === 'object') {
        // Plain form fields (discord.js `appendToFormData`): keep them next to the payload.
        const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
        fields[field] = part.data.toString('utf8');
        body = fields;
      }
    }
    return error ? { body, files, error } : { body, files };
  }
  const text = raw.toString('utf8');
  if (type.includes('json') || text.startsWith('{') || text.startsWith('[')) {
    try {
      return { body: JSON.parse(text) };
    } catch {
      return { body: text, error: 'body is not valid JSON' };
    }
  }
  return { body: text };
}
