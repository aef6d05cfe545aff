import type Database from 'better-sqlite3';

/** Append-only: a shipped migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'initial',
    sql: `
      CREATE TABLE facts (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        data        TEXT NOT NULL,            -- the whole Fact as JSON, validated on the way in
        version     INTEGER NOT NULL,         -- bumped on every change; guards against stale edits
        deleted     INTEGER NOT NULL DEFAULT 0,
        seed_hash   TEXT,                     -- hash of the shipped JSON it came from, while untouched by moderators
        updated_at  TEXT NOT NULL
      );
      CREATE TABLE fact_revisions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        fact_id     TEXT NOT NULL,
        version     INTEGER NOT NULL,
        action      TEXT NOT NULL,            -- seed | add | edit | remove | restore | revert | import
        actor_id    TEXT NOT NULL,
        actor_name  TEXT NOT NULL,
        reason      TEXT NOT NULL DEFAULT '',
        at          TEXT NOT NULL,
        before      TEXT,                     -- JSON Fact or NULL
        after       TEXT                      -- JSON Fact or NULL
      );
      CREATE INDEX fact_revisions_by_fact ON fact_revisions (fact_id, id);
      CREATE TABLE guild_settings (
        guild_id        TEXT PRIMARY KEY,
        channel_id      TEXT,
        post_time       TEXT NOT NULL DEFAULT '09:00',
        timezone        TEXT NOT NULL,
        enabled         INTEGER NOT NULL DEFAULT 0,
        countdown_days  INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT,
        last_error_at   TEXT,
        updated_at      TEXT NOT NULL
      );
      CREATE TABLE post_ledger (
        guild_id    TEXT NOT NULL,
        occasion    TEXT NOT NULL,            -- e.g. "fta-in-force:date" or "countdown:fta-in-force:date"
        year        INTEGER NOT NULL,
        status      TEXT NOT NULL,            -- claimed | sent | failed | skipped
        claimed_at  TEXT NOT NULL,
        sent_at     TEXT,
        message_id  TEXT,
        detail      TEXT,
        PRIMARY KEY (guild_id, occasion, year)
      );
      CREATE TABLE reports (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        fact_id     TEXT NOT NULL,
        guild_id    TEXT,
        user_id     TEXT NOT NULL,
        user_name   TEXT NOT NULL,
        note        TEXT NOT NULL,
        at          TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'open'   -- open | resolved
      );
    `,
  },
  {
    // Ledger keys became one per date field ("<fact>:<field>"); before, fields sharing a date had ONE key named
    // after the first of them. Copy each old row to the other fields that share its date (read from the facts as
    // they are now, which is how they were when the row was written unless edited since), so that an upgrade on an
    // anniversary, or an edit after it, does not post that anniversary again.
    version: 2,
    name: 'ledger keys per date field',
    sql: `
      INSERT INTO post_ledger (guild_id, occasion, year, status, claimed_at, sent_at, message_id, detail)
      SELECT l.guild_id, pre.p || f.id || ':' || other.name, l.year, l.status, l.claimed_at, l.sent_at, l.message_id, l.detail
      FROM post_ledger l
      JOIN (SELECT '' AS p UNION ALL SELECT 'countdown:') AS pre
      JOIN (SELECT 'date' AS name UNION ALL SELECT 'signed' UNION ALL SELECT 'inForce') AS field
      JOIN (SELECT 'date' AS name UNION ALL SELECT 'signed' UNION ALL SELECT 'inForce') AS other ON other.name <> field.name
      JOIN facts f ON l.occasion = pre.p || f.id || ':' || field.name
      WHERE json_extract(f.data, '$.' || other.name) = json_extract(f.data, '$.' || field.name)
      ON CONFLICT (guild_id, occasion, year) DO NOTHING;
    `,
  },
  {
    // A schedule changed during the day keeps that day's pending post: it goes out at the change if its new time
    // had already passed (see pendingPostAtChange in guild-settings.ts).
    version: 3,
    name: 'carry a pending post over a schedule change',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN carry_date TEXT;   -- YYYY-MM-DD, the server-local date carried over
      ALTER TABLE guild_settings ADD COLUMN carry_from TEXT;   -- ISO instant of the change: its new posting instant
    `,
  },
];

export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  let count = 0;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
    count++;
  }
  return count;
}
