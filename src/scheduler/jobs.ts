/**
 * Every periodic job in one list: a name, a cron schedule and what it runs. Started and stopped together, each
 * job's last run (time, ok or the error) kept for /reminders status and logged. node-cron v4: `cron.schedule`
 * creates and starts the task; `task.destroy()` stops it and removes it from node-cron's registry.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { SchedulerLog } from './run.js';

export interface PeriodicJob {
  name: string;
  /** Cron expression. */
  schedule: string;
  /** Throws (or rejects) when the run failed; a string result is a one-line summary for the log. */
  run(): Promise<string | void>;
}

export interface JobRun {
  at: Date;
  ok: boolean;
  /** The error's message, or the run's summary. */
  detail?: string;
}

export interface JobStatus {
  name: string;
  schedule: string;
  lastRun: JobRun | null;
}

export interface RunningJobs {
  /** Runs one job now (as its schedule would); resolves once it is done. A job never runs twice at once. */
  runNow(name: string): Promise<JobRun | null>;
  status(): JobStatus[];
  /** Stops every schedule and waits for the runs in progress. */
  stop(): Promise<void>;
}

export function startJobs(
  jobs: readonly PeriodicJob[],
  options: { log: SchedulerLog; clock?: () => Date },
): RunningJobs {
  const { log, clock = () => new Date() } = options;
  const lastRuns = new Map<string, JobRun>();
  const running = new Map<string, Promise<JobRun>>();
  let stopped = false;

  const runNow = (job: PeriodicJob): Promise<JobRun | null> => {
    if (stopped) return Promise.resolve(null);
    const current = running.get(job.name);
    if (current) return current;
    const at = clock();
    const done = (async (): Promise<JobRun> => {
      let record: JobRun;
      try {
        const summary = await job.run();
        record = { at, ok: true, ...(summary ? { detail: summary } : {}) };
      } catch (error) {
        // A failed run must never stop the bot or the other jobs; the next run is on schedule.
        record = { at, ok: false, detail: error instanceof Error ? error.message : String(error) };
        log.error(`job ${job.name}: failed`, { error: record.detail });
      } finally {
        running.delete(job.name);
      }
      lastRuns.set(job.name, record);
      return record;
    })();
    running.set(job.name, done);
    return done;
  };

  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(job.schedule, () => void runNow(job), {
      name: `corridor-${job.name}`,
      logger: {
        info: (message) => log.info(`node-cron: ${message}`),
        warn: (message) => log.warn(`node-cron: ${message}`),
        error: (message, err) => log.error(`node-cron: ${String(message)}`, err ? { error: err.message } : undefined),
        debug: () => {},
      },
    }),
  );

  return {
    runNow(name) {
      const job = jobs.find((j) => j.name === name);
      return job ? runNow(job) : Promise.resolve(null);
    },
    status: () =>
      jobs.map((job) => ({ name: job.name, schedule: job.schedule, lastRun: lastRuns.get(job.name) ?? null })),
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(tasks.map(async (task) => task.destroy()));
      await Promise.all(running.values());
    },
  };
}
