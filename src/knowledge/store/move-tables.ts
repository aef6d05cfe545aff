/**
 * What the SQLite → PostgreSQL move copies, column by column (SQLite migrations.ts through version 8 against
 * pg/migrations.ts version 1). Each column names its PostgreSQL array type, which is how a batch is sent:
 * `INSERT … SELECT * FROM unnest($1::text[], $2::int[], …)`, one parameter per column whatever the row count.
 *
 * Not moved: `leases` (who leads the scheduler is a fact about running processes, and none runs during a move)
 * and `schema_migrations` (each backend keeps its own list).
 */
export type PgArrayType = 'text[]' | 'integer[]' | 'bigint[]' | 'boolean[]';

export interface MovedColumn {
  name: string;
  type: PgArrayType;
}

export interface MovedTable {
  name: string;
  columns: readonly MovedColumn[];
  /** An identity column whose sequence must be moved past the copied ids (setval). */
  identity?: string;
}

const text = (name: string): MovedColumn => ({ name, type: 'text[]' });
const int = (name: string): MovedColumn => ({ name, type: 'integer[]' });
const big = (name: string): MovedColumn => ({ name, type: 'bigint[]' });
// SQLite stores booleans as 0/1; the PostgreSQL schema has BOOLEAN.
const bool = (name: string): MovedColumn => ({ name, type: 'boolean[]' });

/** In copy order. Instants stay ISO TEXT and JSON stays TEXT in both schemas (see pg/migrations.ts for why). */
export const MOVED_TABLES: readonly MovedTable[] = [
  {
    name: 'facts',
    columns: [
      text('id'),
      text('kind'),
      text('data'),
      int('version'),
      bool('deleted'),
      text('seed_hash'),
      text('updated_at'),
    ],
  },
  {
    name: 'fact_revisions',
    identity: 'id',
    columns: [
      big('id'),
      text('fact_id'),
      int('version'),
      text('action'),
      text('actor_id'),
      text('actor_name'),
      text('reason'),
      text('at'),
      text('before'),
      text('after'),
    ],
  },
  {
    name: 'guild_settings',
    columns: [
      text('guild_id'),
      text('channel_id'),
      text('post_time'),
      text('timezone'),
      bool('enabled'),
      int('countdown_days'),
      bool('fact_of_the_day'),
      text('last_error'),
      text('last_error_at'),
      text('updated_at'),
      text('carry_date'),
      text('carry_from'),
      text('language'),
      big('next_post_ms'),
    ],
  },
  {
    name: 'post_ledger',
    columns: [
      text('guild_id'),
      text('occasion'),
      int('year'),
      text('status'),
      text('claimed_at'),
      text('sent_at'),
      text('message_id'),
      text('detail'),
    ],
  },
  {
    name: 'reports',
    identity: 'id',
    columns: [
      big('id'),
      text('fact_id'),
      text('guild_id'),
      text('user_id'),
      text('user_name'),
      text('note'),
      text('at'),
      text('status'),
    ],
  },
  { name: 'fact_of_the_day', columns: [text('guild_id'), text('local_date'), text('fact_id')] },
  {
    // Open drafts and pending imports: short-lived, but moved so a moderator mid-edit does not lose the draft.
    // PostgreSQL's `seq` (the oldest-first tie-break) is filled by its default as rows arrive in rowid order.
    name: 'sessions',
    columns: [text('scope'), text('key'), text('owner_id'), text('data'), big('created_at'), big('expires_at')],
  },
  {
    name: 'unanswered',
    identity: 'id',
    columns: [
      big('id'),
      text('question'),
      text('group_key'),
      text('guild_id'),
      text('source'),
      text('nearest'),
      text('at'),
    ],
  },
];

/** Every table that holds the bot's data on PostgreSQL: any row in one means the target is not empty. */
export const TARGET_DATA_TABLES: readonly string[] = [...MOVED_TABLES.map((t) => t.name), 'leases'];
