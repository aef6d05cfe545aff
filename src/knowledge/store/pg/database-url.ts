/**
 * DATABASE_URL handling that never leaks its password: checking its shape, describing where it points, and
 * masking it in any text (a driver's error message may quote the URL).
 */
export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** The URL with its password replaced by "***" (unchanged text when it is not a URL). */
export function redactDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!u.password) return url;
    u.password = '***';
    return u.toString();
  } catch {
    // Not parseable: mask from after "scheme://user:" to the last "@" (a broken password may hold anything).
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:).*@/i, '$1***@');
  }
}

/** Masks the URL's password (raw and percent-decoded) wherever it appears in `text`. */
export function redactPassword(text: string, url: string): string {
  let out = text;
  try {
    const password = new URL(url).password;
    for (const secret of password ? [password, decodeURIComponent(password)] : []) out = out.split(secret).join('***');
  } catch {
    // No password to find.
  }
  return out.replace(/\b(postgres(?:ql)?:\/\/[^:/@\s]*:)[^@\s]*@/gi, '$1***@');
}

export function isPostgresUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && (u.hostname !== '' || u.searchParams.has('host'))
    );
  } catch {
    return false;
  }
}

/** Checked before connecting, so a typo is one clear line instead of a driver stack trace. Never echoes the value. */
export function checkDatabaseUrl(url: string): void {
  if (!isPostgresUrl(url)) {
    throw new DatabaseUrlError(
      'DATABASE_URL must be a postgres:// or postgresql:// URL, e.g. postgres://corridor:PASSWORD@db.example:5432/corridor',
    );
  }
}

/** "user@host:port/database", for messages: everything needed to find the server, nothing secret. */
export function describeDatabaseUrl(url: string): string {
  const u = new URL(url);
  const host = u.hostname || u.searchParams.get('host') || 'localhost';
  const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
  return `${user}${host}:${u.port || '5432'}${u.pathname || '/'}`;
}
