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
    version: 2,
    name: 'fact-of-the-day',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN fact_of_the_day INTEGER NOT NULL DEFAULT 0;
      -- Which fact each server got on which local day, so none repeats within 30 days.
      CREATE TABLE fact_of_the_day (
        guild_id    TEXT NOT NULL,
        local_date  TEXT NOT NULL,            -- YYYY-MM-DD in the server's zone
        fact_id     TEXT NOT NULL,
        PRIMARY KEY (guild_id, local_date)
      );
    `,
  },
  {
    version: 3,
    name: 'stored sessions and report limit index',
    sql: `
      -- Moderators' open drafts and pending imports, so a restart does not lose them; each row carries its expiry.
      CREATE TABLE sessions (
        scope       TEXT NOT NULL,            -- form | import
        key         TEXT NOT NULL,            -- the key in the form's or button's custom id
        owner_id    TEXT NOT NULL,
        data        TEXT NOT NULL,            -- JSON
        created_at  INTEGER NOT NULL,         -- ms since epoch; set() restarts it (keeps a draft alive)
        expires_at  INTEGER NOT NULL,         -- ms since epoch
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX sessions_by_owner ON sessions (scope, owner_id, created_at);
      CREATE INDEX sessions_by_expiry ON sessions (expires_at);
      -- The per-member report limit counts a member's recent reports.
      CREATE INDEX reports_by_user ON reports (user_id, at);
    `,
  },
  {
    version: 4,
    name: 'unanswered questions',
    // What members asked that got "I don't know" or a reported wrong answer. No user id, by design.
    sql: `
      CREATE TABLE unanswered (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        question    TEXT NOT NULL,
        group_key   TEXT NOT NULL,            -- the question folded (case, punctuation, word forms and order) for grouping
        guild_id    TEXT,
        source      TEXT NOT NULL,            -- none ("I don't know") | report (a wrong answer was reported)
        nearest     TEXT NOT NULL DEFAULT '[]', -- JSON array of the nearest fact ids, best first
        at          TEXT NOT NULL
      );
      CREATE INDEX unanswered_by_group ON unanswered (group_key);
    `,
  },
  {
    // Ledger keys became one per date field ("<fact>:<field>"); before, fields sharing a date had ONE key named
    // after the first of them. Copy each old row to the other fields that share its date (read from the facts as
    // they are now, which is how they were when the row was written unless edited since), so that an upgrade on an
    // anniversary, or an edit after it, does not post that anniversary again.
    version: 5,
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
    version: 6,
    name: 'carry a pending post over a schedule change',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN carry_date TEXT;   -- YYYY-MM-DD, the server-local date carried over
      ALTER TABLE guild_settings ADD COLUMN carry_from TEXT;   -- ISO instant of the change: its new posting instant
    `,
  },
  {
    version: 7,
    name: 'the language a server posts in',
    sql: `
      ALTER TABLE guild_settings ADD COLUMN language TEXT;     -- e.g. "zh-CN"; NULL: English (servers set up before)
    `,
  },
  {
    version: 8,
    name: 'scale-out: leases and next posting instants',
    sql: `
      -- A named lease with expiry: the holder of 'scheduler' is the one process that runs reminder ticks.
      CREATE TABLE leases (
        name        TEXT PRIMARY KEY,
        holder      TEXT NOT NULL,
        expires_at  INTEGER NOT NULL          -- ms since epoch
      );
      -- When the scheduler next needs to look at a server (ms since epoch): its next posting instant once a tick
      -- has handled it, 0 (at once) after a settings change. A tick reads only the servers that are due.
      ALTER TABLE guild_settings ADD COLUMN next_post_ms INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX guild_settings_due ON guild_settings (next_post_ms) WHERE enabled = 1 AND channel_id IS NOT NULL;
      -- Each tick sweeps claims left by a dead process; without this it reads the whole (ever-growing) ledger.
      CREATE INDEX post_ledger_claimed ON post_ledger (claimed_at) WHERE status = 'claimed';
    `,
  },
];

/**
 * Applies what is missing as one IMMEDIATE transaction: the write lock is taken before reading what is applied,
 * so a second process starting at the same moment waits, then sees the migrations done instead of redoing them.
 */
export function migrate(db: Database.Database): number {
  return db
    .transaction(() => {
      db.exec(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
      let count = 0;
      for (const m of MIGRATIONS) {
        if (applied.has(m.version)) continue;
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
        count++;
      }
      return count;
    })
    .immediate();
}
