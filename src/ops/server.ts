/**
 * The operator's HTTP endpoint: GET /metrics (Prometheus text) and GET /healthz (200 "ok" or 503 with one line).
 * node:http rather than fastify: two read-only routes need no routing, validation or plugins, and one dependency
 * fewer is one fewer thing to patch on a server that must keep running.
 *
 * Start-up never waits for it and never fails because of it: a port in use (or any listen error) is logged once
 * and the bot runs on without metrics.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger.js';
import type { HealthVerdict } from './health.js';

export interface OpsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  health: () => HealthVerdict | Promise<HealthVerdict>;
  log: Logger;
}

export interface OpsServer {
  /** The bound port once listening, or null if the server could not start. */
  readonly port: Promise<number | null>;
  close(): Promise<void>;
}

export function startOpsServer(options: OpsServerOptions): OpsServer {
  const { registry, health, log } = options;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    if (path === '/metrics') {
      registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: unknown) => {
          log.warn('metrics: could not collect', error);
          res.writeHead(500, { 'content-type': 'text/plain' }).end('could not collect metrics\n');
        },
      );
    } else if (path === '/healthz') {
      void Promise.resolve()
        .then(health)
        .catch((error: unknown) => ({ ok: false, reason: `health check failed: ${String(error)}` }))
        .then((verdict) =>
          res
            .writeHead(verdict.ok ? 200 : 503, {
              'content-type': 'text/plain; charset=utf-8',
              'cache-control': 'no-store',
            })
            .end(`${verdict.reason}\n`),
        );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /metrics or /healthz\n');
    }
  });

  const port = new Promise<number | null>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE' ? 'is already in use' : `could not be opened (${error.code ?? error.message})`;
      log.error(
        `metrics: ${options.host}:${options.port} ${why}; /metrics and /healthz are off, the bot keeps running ` +
          `(set METRICS_PORT to a free port)`,
      );
      resolve(null);
    });
    server.listen(options.port, options.host, () => {
      const bound = (server.address() as AddressInfo).port;
      log.info(`metrics: serving /metrics and /healthz on http://${options.host}:${bound}`);
      resolve(bound);
    });
  });

  return {
    port,
    async close() {
      if ((await port) === null) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
