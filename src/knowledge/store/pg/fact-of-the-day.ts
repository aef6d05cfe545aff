/** Which fact each server got on which local day, in PostgreSQL (see fact-of-the-day.ts). */
import type { Pool } from 'pg';
import { noRepeatSince } from '../../fact-of-the-day.js';
import type { FactOfTheDayStore } from '../store.js';

export function pgFactOfTheDayStore(pool: Pool): FactOfTheDayStore {
  return {
    async recent(guildId, localDate) {
      const { rows } = await pool.query<{ fact_id: string }>(
        'SELECT fact_id FROM fact_of_the_day WHERE guild_id = $1 AND local_date >= $2 AND local_date < $3',
        [guildId, noRepeatSince(localDate), localDate],
      );
      return new Set(rows.map((r) => r.fact_id));
    },
    async record(guildId, localDate, factId) {
      await pool.query(
        `INSERT INTO fact_of_the_day (guild_id, local_date, fact_id) VALUES ($1, $2, $3)
         ON CONFLICT (guild_id, local_date) DO UPDATE SET fact_id = EXCLUDED.fact_id`,
        [guildId, localDate, factId],
      );
    },
  };
}
