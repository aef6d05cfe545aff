/**
 * The gateway half of the local Discord: HELLO, heartbeats, IDENTIFY -> READY + GUILD_CREATE, RESUME,
 * sequence numbers, and dispatching events to the connected client.
 *
 * Events dispatched while no client is connected (for instance between dropGateway() and the client's
 * reconnect) are held and delivered after the next READY or RESUMED, so tests never lose an interaction.
 * With several shards connected, an event about a server goes to that server's shard, as Discord routes it
 * ((guild_id >> 22) % shard count); other events go to the first live connection.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

export interface GatewayHooks {
  /** READY `d` for a new session (without session_id / resume_gateway_url, added here). */
  readyPayload(): Record<string, unknown>;
  /** GUILD_CREATE payloads sent after READY, one per guild. */
  guildCreates(): Record<string, unknown>[];
  /** Base url of this gateway, e.g. ws://127.0.0.1:1234/gateway */
  url(): string;
}

interface Session {
  id: string;
  seq: number;
  /** IDENTIFY's `shard` ([id, count]); absent: the only shard. */
  shard?: [number, number];
  /** Dispatched events, for replay on RESUME (bounded). */
  log: Array<{ s: number; t: string; d: unknown }>;
}

interface Connection {
  ws: WebSocket;
  session?: Session;
  /** READY or RESUMED was sent: events may flow. */
  live: boolean;
}

export interface GatewayOpRecord {
  op: number;
  d: unknown;
  at: number;
}

const LOG_LIMIT = 1000;

export class LocalGateway {
  readonly wss = new WebSocketServer({ noServer: true });
  readonly sessions = new Map<string, Session>();
  readonly connections = new Set<Connection>();
  /** Interactions sent to a client, with the shard (IDENTIFY's `shard`) of the connection that got each. */
  readonly interactionShards: Array<{ id: string; shard: [number, number] | undefined }> = [];
  /** Every op the client sent (heartbeats included). */
  readonly received: GatewayOpRecord[] = [];
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  /** The last IDENTIFY `d` (token, intents, properties...). */
  lastIdentify: Record<string, unknown> | undefined;
  private pending: Array<{ t: string; d: unknown }> = [];
  private liveWaiters: Array<() => void> = [];
  private sessionCounter = 0;

  constructor(
    private readonly hooks: GatewayHooks,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.wss.on('connection', (ws) => this.onConnection(ws));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** The connection events currently flow to, if any. */
  get liveConnection(): Connection | undefined {
    for (const conn of this.connections) if (conn.live && conn.ws.readyState === WebSocket.OPEN) return conn;
    return undefined;
  }

  get isLive(): boolean {
    return this.liveConnection !== undefined;
  }

  /** Resolves once a client is identified or resumed and events flow (immediately if so now). */
  whenLive(): Promise<void> {
    if (this.isLive) return Promise.resolve();
    return new Promise((resolve) => this.liveWaiters.push(resolve));
  }

  /** The live connection of the shard that owns `guildId`, if shards identified themselves and that one is live. */
  private shardConnection(guildId: unknown): Connection | undefined {
    if (typeof guildId !== 'string' || !/^\d+$/.test(guildId)) return undefined;
    for (const conn of this.connections) {
      const shard = conn.session?.shard;
      if (!conn.live || conn.ws.readyState !== WebSocket.OPEN || !shard || shard[1] < 2) continue;
      if (Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0]) return conn;
    }
    return undefined;
  }

  /** Sends a dispatch (op 0) to the live client (the server's shard, when sharded), or holds it until one is live. */
  dispatch(t: string, d: unknown): void {
    const guildId = typeof d === 'object' && d !== null ? (d as { guild_id?: unknown }).guild_id : undefined;
    const conn = this.shardConnection(guildId) ?? this.liveConnection;
    if (!conn?.session) {
      this.pending.push({ t, d });
      return;
    }
    if (t === 'INTERACTION_CREATE') {
      this.interactionShards.push({ id: String((d as { id?: unknown }).id), shard: conn.session.shard });
      if (this.interactionShards.length > 5000) this.interactionShards.splice(0, 1000);
    }
    this.sendDispatch(conn, t, d);
  }

  /**
   * Cuts the client off. `terminate` (default) drops the TCP connection (the client sees 1006 and resumes);
   * `close` sends a close frame with `code` (default 4000, resumable). `invalidateSession` forgets the
   * session so a RESUME is answered with op 9 and the client re-identifies.
   */
  drop(options: { mode?: 'terminate' | 'close'; code?: number; invalidateSession?: boolean } = {}): void {
    for (const conn of this.connections) {
      conn.live = false;
      if (options.invalidateSession && conn.session) this.sessions.delete(conn.session.id);
      if (options.mode === 'close') conn.ws.close(options.code ?? 4000, 'dropped by LocalDiscord');
      else conn.ws.terminate();
    }
    if (options.invalidateSession) this.sessions.clear();
  }

  /** Closes every socket and the WebSocket server. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.liveWaiters = [];
  }

  private onConnection(ws: WebSocket): void {
    const conn: Connection = { ws, live: false };
    this.connections.add(conn);
    ws.on('message', (data: RawData) => this.onMessage(conn, data));
    ws.on('close', () => {
      conn.live = false;
      this.connections.delete(conn);
    });
    ws.on('error', () => {
      conn.live = false;
    });
    this.send(conn, {
      op: 10,
      d: { heartbeat_interval: this.heartbeatIntervalMs, _trace: ['["local-discord",{"micros":0}]'] },
      s: null,
      t: null,
    });
  }

  private send(conn: Connection, payload: unknown): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(payload));
  }

  private sendDispatch(conn: Connection, t: string, d: unknown): void {
    const session = conn.session;
    if (!session) return;
    session.seq += 1;
    session.log.push({ s: session.seq, t, d });
    if (session.log.length > LOG_LIMIT) session.log.splice(0, session.log.length - LOG_LIMIT);
    this.send(conn, { op: 0, t, s: session.seq, d });
  }

  private onMessage(conn: Connection, data: RawData): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(data.toString()) as { op?: unknown; d?: unknown };
    } catch {
      conn.ws.close(4002, 'Error while decoding payload.');
      return;
    }
    const op = typeof payload.op === 'number' ? payload.op : -1;
    this.received.push({ op, d: payload.d, at: Date.now() });
    if (this.received.length > 5000) this.received.splice(0, 1000);
    switch (op) {
      case 1:
        this.heartbeatCount++;
        this.send(conn, { op: 11, d: null, s: null, t: null });
        break;
      case 2:
        this.onIdentify(conn, (payload.d ?? {}) as Record<string, unknown>);
        break;
      case 6:
        this.onResume(conn, (payload.d ?? {}) as Record<string, unknown>);
        break;
      case 3: // presence update
      case 4: // voice state update
      case 8: // request guild members
        break;
      default:
        conn.ws.close(4001, 'Unknown opcode.');
    }
  }

  private onIdentify(conn: Connection, d: Record<string, unknown>): void {
    if (conn.session) {
      conn.ws.close(4005, 'Already authenticated.');
      return;
    }
    this.identifyCount++;
    this.lastIdentify = d;
    this.sessionCounter++;
    const session: Session = { id: `local-session-${this.sessionCounter}-${Date.now().toString(36)}`, seq: 0, log: [] };
    const shard = d.shard;
    if (Array.isArray(shard) && shard.length === 2 && shard.every((n) => Number.isInteger(n)))
      session.shard = [shard[0] as number, shard[1] as number];
    this.sessions.set(session.id, session);
    conn.session = session;
    this.sendDispatch(conn, 'READY', {
      ...this.hooks.readyPayload(),
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.hooks.url(),
    });
    for (const guild of this.hooks.guildCreates()) this.sendDispatch(conn, 'GUILD_CREATE', guild);
    this.goLive(conn);
  }

  private onResume(conn: Connection, d: Record<string, unknown>): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      this.send(conn, { op: 9, d: false, s: null, t: null });
      return;
    }
    this.resumeCount++;
    // Only one connection may own a session.
    for (const other of this.connections) {
      if (other !== conn && other.session === session) {
        other.live = false;
        other.session = undefined;
        other.ws.terminate();
      }
    }
    conn.session = session;
    const from = typeof d.seq === 'number' ? d.seq : 0;
    for (const event of session.log) {
      if (event.s > from) this.send(conn, { op: 0, t: event.t, s: event.s, d: event.d });
    }
    this.sendDispatch(conn, 'RESUMED', {});
    this.goLive(conn);
  }

  private goLive(conn: Connection): void {
    conn.live = true;
    const held = this.pending;
    this.pending = [];
    for (const event of held) this.sendDispatch(conn, event.t, event.d);
    const waiters = this.liveWaiters;
    this.liveWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
