/**
 * LocalDiscord: a small Discord (gateway over WebSocket + REST over HTTP on one port) that a real
 * discord.js Client logs into. Tests and the offline sandbox dispatch interactions with the send* helpers
 * and assert on the captured REST requests.
 *
 *   const local = await LocalDiscord.start();
 *   const client = createTestClient(local);          // rest: { api: local.restBase }
 *   await loginTestClient(client, local);
 *   const { id } = local.sendCommand({ name: 'ask', options: [{ name: 'q', type: 3, value: 'RCEP' }] });
 *   const callback = await local.waitForResponse(id);
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage } from 'discord-api-types/v10';
import { parseBody } from './body.js';
import { LocalGateway } from './gateway.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  modalSubmitInteraction,
  selectInteraction,
} from './interactions.js';
import type { LimitViolation } from './limits.js';
import { Errors, LocalRest, type RestResponse } from './rest.js';
import type {
  AutocompleteInvocation,
  ChannelSeed,
  CommandInvocation,
  ComponentInvocation,
  DropRule,
  FaultRule,
  InteractionHandle,
  LocalDiscordOptions,
  ModalSubmitInvocation,
  RecordedRequest,
  RecordedViolation,
  SelectInvocation,
  StoredMessage,
} from './types.js';
import { LocalWorld, type InteractionState } from './world.js';

type Obj = Record<string, unknown>;

interface Waiter<T> {
  test(value: T): boolean;
  resolve(value: T): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const DEFAULT_WAIT_MS = 5000;

export class LocalDiscord {
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every limit violation found in a body the bot sent (also answered with 400 50035 unless enforceLimits is false). */
  readonly limitViolations: RecordedViolation[] = [];
  /** Requests no route knew (answered 404). */
  readonly unhandled: RecordedRequest[] = [];
  readonly world: LocalWorld;
  readonly gateway: LocalGateway;
  /** A token to log in with (any non-empty token is accepted). */
  readonly token = 'MzAwMDAwMDAwMDAwMDAwMDAx.local.discord-token-not-secret';

  private readonly rest: LocalRest;
  private readonly server: Server;
  private readonly faults: Array<FaultRule & { remaining: number }> = [];
  private readonly drops: Array<DropRule & { remaining: number }> = [];
  private requestWaiters: Array<Waiter<RecordedRequest>> = [];
  private messageWaiters: Array<Waiter<StoredMessage>> = [];
  private port = 0;
  private stopped = false;

  private constructor(options: LocalDiscordOptions) {
    this.world = new LocalWorld(options);
    this.gateway = new LocalGateway(
      {
        readyPayload: () => this.world.readyPayload(),
        guildCreates: () => [...this.world.guilds.values()].map((g) => this.world.guildCreatePayload(g)),
        url: () => this.gatewayUrl,
      },
      options.heartbeatIntervalMs ?? 41_250,
    );
    this.rest = new LocalRest({
      world: this.world,
      gatewayUrl: () => this.gatewayUrl,
      enforceLimits: options.enforceLimits ?? true,
      ackDeadlineMs: options.ackDeadlineMs === undefined ? 3000 : options.ackDeadlineMs,
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
      onViolations: (record, violations) => this.recordViolations(record, violations),
      onMessageStored: (message) => this.notify(this.messageWaiters, message),
    });
    this.server = createServer({ keepAlive: true }, (req, res) => {
      void this.onHttp(req, res);
    });
    this.server.on('upgrade', (req, socket, head) => {
      const path = new URL(req.url ?? '/', 'http://local').pathname;
      if (path === '/gateway' || path === '/gateway/') this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  /** Starts a local Discord on 127.0.0.1 (random free port unless `port` is given). */
  static async start(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
    const local = new LocalDiscord(options);
    await new Promise<void>((resolve, reject) => {
      local.server.once('error', reject);
      local.server.listen(options.port ?? 0, '127.0.0.1', () => {
        local.server.off('error', reject);
        resolve();
      });
    });
    local.port = (local.server.address() as AddressInfo).port;
    return local;
  }

  /** For `new Client({ rest: { api: local.restBase } })`. */
  get restBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get applicationId(): string {
    return this.world.applicationId;
  }

  get botUserId(): string {
    return this.world.botUser.id;
  }

  /** The first guild's id (the default guild for dispatch helpers). */
  get guildId(): string {
    return this.world.firstGuildId();
  }

  // -------------------------------------------------------------------------------------------------------
  // Gateway
  // -------------------------------------------------------------------------------------------------------

  get identifyCount(): number {
    return this.gateway.identifyCount;
  }

  get resumeCount(): number {
    return this.gateway.resumeCount;
  }

  /** Resolves once a client is identified or resumed and events reach it (immediately when that is so now). */
  whenClientConnected(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return withTimeout(this.gateway.whenLive(), timeoutMs, 'no client connected to the local gateway');
  }

  /** Resolves once `count` IDENTIFYs in total were received (default: one more than now). */
  whenIdentified(count = this.identifyCount + 1, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.poll(
      () => this.identifyCount >= count,
      timeoutMs,
      () => `expected ${count} identify(s), got ${this.identifyCount}`,
    );
  }

  /** Resolves once `count` RESUMEs in total were accepted (default: one more than now). */
  whenResumed(count = this.resumeCount + 1, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return this.poll(
      () => this.resumeCount >= count,
      timeoutMs,
      () => `expected ${count} resume(s), got ${this.resumeCount}`,
    );
  }

  /**
   * Cuts the gateway connection abruptly. Default: terminate the socket (the client sees 1006 and resumes).
   * `{ mode: 'close', code: 4000 }` sends a close frame; `invalidateSession: true` makes the RESUME fail
   * (op 9) so the client identifies again.
   */
  dropGateway(options: { mode?: 'terminate' | 'close'; code?: number; invalidateSession?: boolean } = {}): void {
    this.gateway.drop(options);
  }

  /** Dispatches any gateway event (held until a client is live). */
  dispatch(event: string, data: unknown): void {
    this.gateway.dispatch(event, data);
  }

  // -------------------------------------------------------------------------------------------------------
  // Interactions
  // -------------------------------------------------------------------------------------------------------

  private dispatchInteraction(built: { payload: Obj; state: InteractionState }): InteractionHandle {
    const { payload, state } = built;
    this.world.interactions.set(state.id, state);
    this.world.interactionsByToken.set(state.token, state);
    // The ack deadline counts from when the client can actually receive the event.
    if (!this.gateway.isLive) {
      void this.gateway.whenLive().then(() => {
        state.createdAt = Date.now();
      });
    }
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    return { id: state.id, token: state.token, payload };
  }

  /** Dispatches a slash (or context menu) command, type 2. */
  sendCommand(invocation: CommandInvocation): InteractionHandle {
    return this.dispatchInteraction(commandInteraction(this.world, invocation));
  }

  /** Dispatches an autocomplete interaction, type 4 (one option should be `focused: true`). */
  sendAutocomplete(invocation: AutocompleteInvocation): InteractionHandle {
    return this.dispatchInteraction(autocompleteInteraction(this.world, invocation));
  }

  /** Dispatches a button press, type 3 / component_type 2. */
  sendButton(invocation: ComponentInvocation): InteractionHandle {
    return this.dispatchInteraction(buttonInteraction(this.world, invocation));
  }

  /** Dispatches a select menu choice, type 3 / component_type 3 (or 5–8 via componentType). */
  sendStringSelect(invocation: SelectInvocation): InteractionHandle {
    return this.dispatchInteraction(selectInteraction(this.world, invocation));
  }

  /** Dispatches a modal submit, type 5, with text inputs `fields` (custom_id -> value). */
  sendModalSubmit(invocation: ModalSubmitInvocation): InteractionHandle {
    return this.dispatchInteraction(modalSubmitInteraction(this.world, invocation));
  }

  // -------------------------------------------------------------------------------------------------------
  // Capture
  // -------------------------------------------------------------------------------------------------------

  /** Callback requests (POST /interactions/:id/:token/callback) for an interaction, injected faults excluded. */
  callbacks(interactionId: string): RecordedRequest[] {
    return this.requests.filter(
      (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && !r.injectedFault,
    );
  }

  /** Every REST request made with an interaction's token (callback, @original, follow-ups). */
  interactionRequests(interactionId: string): RecordedRequest[] {
    const state = this.world.interactions.get(interactionId);
    if (!state) return [];
    return this.requests.filter((r) => r.path.includes(`/${state.token}`));
  }

  /** Resolves with the first callback for an interaction (past or future) that was not an injected fault. */
  waitForResponse(interactionId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<RecordedRequest> {
    return this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/interactions/${interactionId}/`) && !r.injectedFault,
      timeoutMs,
      `no callback for interaction ${interactionId}`,
    );
  }

  /** Resolves with the first answered request (past or future) matching `predicate`. */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
    what = 'no matching request',
  ): Promise<RecordedRequest> {
    const found = this.requests.find((r) => r.status !== undefined && predicate(r));
    if (found) return Promise.resolve(found);
    return this.wait(this.requestWaiters, predicate, timeoutMs, what);
  }

  /** Messages the bot posted in a channel with POST /channels/:id/messages (current state, deleted ones excluded). */
  messagesIn(channelId: string): APIMessage[] {
    return [...this.world.messages.values()]
      .filter((m) => m.via === 'channel' && m.channelId === channelId && !m.deleted)
      .map((m) => m.raw);
  }

  /** Resolves with the first message (past or future) the bot posted in a channel. */
  async waitForMessageIn(channelId: string, timeoutMs = DEFAULT_WAIT_MS): Promise<APIMessage> {
    const test = (m: StoredMessage) => m.via === 'channel' && m.channelId === channelId && !m.deleted;
    const found = [...this.world.messages.values()].find(test);
    if (found) return found.raw;
    const stored = await this.wait(this.messageWaiters, test, timeoutMs, `no message in channel ${channelId}`);
    return stored.raw;
  }

  /** The current state of an interaction's original response message (after reply/defer/update/edits). */
  originalMessage(interactionId: string): APIMessage | undefined {
    const id = this.world.interactions.get(interactionId)?.originalMessageId;
    const stored = id ? this.world.messages.get(id) : undefined;
    return stored && !stored.deleted ? stored.raw : undefined;
  }

  /** Follow-up messages of an interaction, in order. */
  followups(interactionId: string): APIMessage[] {
    const state = this.world.interactions.get(interactionId);
    if (!state) return [];
    return state.followupIds
      .map((id) => this.world.messages.get(id))
      .filter((m): m is StoredMessage => !!m && !m.deleted)
      .map((m) => m.raw);
  }

  /** Any stored message by id. */
  message(messageId: string): APIMessage | undefined {
    return this.world.messages.get(messageId)?.raw;
  }

  /** Requests that carried a message body (channel/webhook messages, callbacks of type 4 and 7). */
  messageRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.message !== undefined);
  }

  /** Registered application commands (global, or for a guild). */
  commands(guildId?: string): Obj[] {
    return guildId === undefined ? [...this.world.globalCommands] : [...(this.world.guildCommands.get(guildId) ?? [])];
  }

  /** Forgets recorded requests, violations and unhandled requests (the world — messages, commands — stays). */
  clearRequests(): void {
    this.requests.length = 0;
    this.limitViolations.length = 0;
    this.unhandled.length = 0;
  }

  // -------------------------------------------------------------------------------------------------------
  // World changes
  // -------------------------------------------------------------------------------------------------------

  /** Adds a channel to a guild; dispatches CHANNEL_CREATE unless `dispatch: false`. */
  addChannel(guildId: string, seed: ChannelSeed, options: { dispatch?: boolean } = {}): void {
    const state = this.world.addChannel(guildId, seed);
    if (options.dispatch !== false) this.dispatch('CHANNEL_CREATE', state.raw);
  }

  /**
   * Removes a channel. With `dispatch: false` the client is not told (as if it was deleted while the bot
   * was away), so sending to it answers 404 Unknown Channel.
   */
  deleteChannel(channelId: string, options: { dispatch?: boolean } = {}): void {
    const state = this.world.removeChannel(channelId);
    if (state && options.dispatch !== false) this.dispatch('CHANNEL_DELETE', state.raw);
  }

  // -------------------------------------------------------------------------------------------------------
  // Faults
  // -------------------------------------------------------------------------------------------------------

  /**
   * Makes the next matching request(s) fail. 429 answers with `retry_after` and Retry-After /
   * X-RateLimit-* headers (default 0.05 s) so discord.js waits briefly and retries; 5xx are retried by
   * discord.js up to `rest.retries` times; 403 answers 50013 Missing Permissions; 404 a matching Unknown *.
   */
  failNext(rule: FaultRule): void {
    this.faults.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /**
   * The next matching request(s) are handled as usual (a message IS created) but never answered: the connection
   * is cut instead, as when a reply is lost on the way back. discord.js then sees a socket error, not a status.
   */
  acceptThenDrop(rule: DropRule = {}): void {
    this.drops.push({ ...rule, remaining: rule.times ?? 1 });
  }

  /** Drops all pending faults (and pending dropped replies). */
  clearFaults(): void {
    this.faults.length = 0;
    this.drops.length = 0;
  }

  private takeDrop(method: string, path: string): boolean {
    const index = this.drops.findIndex(
      (d) =>
        d.remaining > 0 &&
        (!d.method || d.method.toUpperCase() === method) &&
        (!d.pathIncludes || path.includes(d.pathIncludes)),
    );
    const drop = this.drops[index];
    if (!drop) return false;
    drop.remaining--;
    if (drop.remaining <= 0) this.drops.splice(index, 1);
    return true;
  }

  private takeFault(method: string, path: string): FaultRule | undefined {
    const index = this.faults.findIndex(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (!f.pathIncludes || path.includes(f.pathIncludes)),
    );
    const fault = this.faults[index];
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private faultResponse(fault: FaultRule, path: string): RestResponse {
    if (fault.status === 429) {
      const retryAfter = fault.retryAfter ?? 0.05;
      return {
        status: 429,
        body: fault.body ?? {
          message: 'You are being rate limited.',
          retry_after: retryAfter,
          global: fault.global ?? false,
        },
        headers: {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String((Date.now() / 1000 + retryAfter).toFixed(3)),
          'x-ratelimit-reset-after': String(retryAfter),
          'x-ratelimit-scope': fault.global ? 'global' : 'user',
          ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
        },
      };
    }
    if (fault.body !== undefined) return { status: fault.status, body: fault.body };
    if (fault.status === 403) return Errors.missingPermissions();
    if (fault.status === 404) {
      if (path.startsWith('/channels/'))
        return path.includes('/messages/') ? Errors.unknownMessage() : Errors.unknownChannel();
      if (path.startsWith('/webhooks/')) return Errors.unknownWebhook();
      if (path.startsWith('/interactions/')) return Errors.unknownInteraction();
      return Errors.notFound();
    }
    if (fault.status === 401) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    if (fault.status === 400) return { status: 400, body: { message: 'Bad Request', code: 0 } };
    return { status: fault.status, body: { message: 'Internal Server Error', code: 0 } };
  }

  // -------------------------------------------------------------------------------------------------------
  // HTTP
  // -------------------------------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      res.destroy();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://local');
    const method = (req.method ?? 'GET').toUpperCase();
    const versioned = /^\/api(?:\/v\d+)?(\/.*)?$/.exec(url.pathname);
    const path = decodePath(versioned ? (versioned[1] ?? '/') : url.pathname);
    const parsed = parseBody(req.headers['content-type'], Buffer.concat(chunks));
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: parsed.body,
      ...(parsed.files && parsed.files.length > 0 ? { files: parsed.files } : {}),
      ...(typeof req.headers.authorization === 'string' ? { authorization: req.headers.authorization } : {}),
      at: Date.now(),
    };
    this.requests.push(record);

    let response: RestResponse;
    try {
      const fault = versioned ? this.takeFault(method, path) : undefined;
      if (fault) {
        record.injectedFault = true;
        response = this.faultResponse(fault, path);
      } else if (!versioned) {
        this.unhandled.push(record);
        response = Errors.notFound();
      } else if (parsed.error) {
        response = { status: 400, body: { message: `Invalid request body: ${parsed.error}`, code: 50109 } };
      } else {
        const handled = this.rest.handle({
          method,
          path,
          query: record.query,
          body: parsed.body,
          files: parsed.files ?? [],
          record,
        });
        if (handled) response = handled;
        else {
          this.unhandled.push(record);
          response = Errors.notFound();
        }
      }
    } catch (error) {
      response = { status: 500, body: { message: `LocalDiscord error: ${(error as Error).message}`, code: 0 } };
    }
    record.status = response.status;
    if (versioned && !record.injectedFault && this.takeDrop(method, path)) {
      record.droppedReply = true;
      res.socket?.destroy();
    } else {
      this.send(res, response);
    }
    this.notify(this.requestWaiters, record);
  }

  private send(res: ServerResponse, response: RestResponse): void {
    const headers: Record<string, string> = { via: 'local-discord', ...(response.headers ?? {}) };
    if (response.status === 204 || response.body === undefined) {
      res.writeHead(response.status, headers);
      res.end();
      return;
    }
    const payload = JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...headers,
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
    });
    res.end(payload);
  }

  private recordViolations(record: RecordedRequest, violations: LimitViolation[]): void {
    for (const violation of violations) {
      this.limitViolations.push({
        ...violation,
        method: record.method,
        requestPath: record.path,
        at: record.at,
        request: record,
      });
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Waiting
  // -------------------------------------------------------------------------------------------------------

  private wait<T>(list: Array<Waiter<T>>, test: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    if (this.stopped) return Promise.reject(new Error('LocalDiscord is stopped'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        test,
        resolve,
        reject,
        timer: setTimeout(() => {
          const i = list.indexOf(waiter);
          if (i >= 0) list.splice(i, 1);
          reject(new Error(`LocalDiscord: timed out after ${timeoutMs} ms: ${what}`));
        }, timeoutMs),
      };
      list.push(waiter);
    });
  }

  private notify<T>(list: Array<Waiter<T>>, value: T): void {
    for (const waiter of [...list]) {
      if (!waiter.test(value)) continue;
      clearTimeout(waiter.timer);
      list.splice(list.indexOf(waiter), 1);
      waiter.resolve(value);
    }
  }

  private poll(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const tick = () => {
        if (done()) resolve();
        else if (this.stopped || Date.now() - started > timeoutMs)
          reject(new Error(`LocalDiscord: timed out after ${timeoutMs} ms: ${what()}`));
        else setTimeout(tick, 10);
      };
      tick();
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Lifecycle
  // -------------------------------------------------------------------------------------------------------

  /** Closes the gateway sockets, the WebSocket server and the HTTP server (and its keep-alive sockets). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const list of [this.requestWaiters, this.messageWaiters] as Array<Array<Waiter<never>>>) {
      for (const waiter of list.splice(0)) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error('LocalDiscord stopped'));
      }
    }
    await this.gateway.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** Decodes each path segment (discord.js sends `@original` as `%40original`). */
function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`LocalDiscord: timed out after ${timeoutMs} ms: ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
