/**
 * The lab server: `node:http` around the simulator's Fetch face (`sim.fetch`), plus the control
 * endpoints under `/__lab/`. Binds to 127.0.0.1 unless told otherwise.
 *
 * Hostile input is bounded here, before the org sees it: headers above `headerBytes` get 431
 * (Node's parser), bodies above `bodyBytes` get 413 and the connection is closed, a request that
 * stops halfway is cut off after `requestTimeoutMs`, and anything Node cannot parse (an unknown
 * method, a broken request line) gets a JSON 400. These limits are the lab's own; Okta does not
 * publish its limits.
 *
 * The `Date` header is the org's simulated time (Node's own is switched off), so a client that
 * reads `X-Rate-Limit-Reset` against `Date`, as Okta's SDK does, computes the right wait.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { FetchRequestLike, LabTraceRecord } from '../domain/okta-sim/index.ts';
import { control, CONTROL_PREFIX } from './control.ts';
import { createLabOrg, type ClockMode, type LabOrg } from './lab-org.ts';
import { logLine } from './log-line.ts';

export interface LabLimits {
  /** Largest request body, in bytes (default 1 MiB). */
  bodyBytes: number;
  /** Largest request head (request line and headers), in bytes (default 16 KiB, Node's own). */
  headerBytes: number;
  /** Time to receive a whole request (default 30 s). */
  requestTimeoutMs: number;
  /** Time to receive the headers (default 10 s). */
  headersTimeoutMs: number;
}

export interface LabServerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number | undefined;
  /** Default 127.0.0.1 (loopback only). */
  host?: string | undefined;
  /** Default `token-lab`. */
  seed?: string | undefined;
  /** Start from a playground scenario instead of the seeded org. */
  scenario?: string | undefined;
  /** Default `real`. */
  clock?: ClockMode | undefined;
  /** Receives one line per request; default: none. */
  log?: ((line: string) => void) | undefined;
  /** The machine's clock (tests pass their own); default `Date.now`. */
  wallClock?: (() => number) | undefined;
  limits?: Partial<LabLimits> | undefined;
}

export interface LabServer {
  /** The org URL, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  host: string;
  org: LabOrg;
  /** Stops accepting, closes every connection, resolves when the server is closed. */
  close(): Promise<void>;
}

const DEFAULT_LIMITS: LabLimits = {
  bodyBytes: 1024 * 1024,
  headerBytes: 16 * 1024,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
};

const SAFE_HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/**
 * A small JSON answer for cases the org never sees; `check` names the lab's own rule that decided
 * it in the `X-Token-Lab-Trace` header, as the org's answers do.
 */
function sendJson(res: ServerResponse, status: number, body: unknown, close = false, check?: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...(check ? { 'X-Token-Lab-Trace': `${check}; outcome=fail; basis=lab` } : {}),
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(text);
}

/** A body read up to `limit` bytes: the bytes, or why there are none. */
type BodyRead = { kind: 'ok'; bytes: Buffer } | { kind: 'too-big' } | { kind: 'incomplete' };

/** Reads the body up to `limit` bytes; never rejects. */
function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (!done) resolve(result);
      done = true;
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        finish({ kind: 'too-big' });
      } else chunks.push(chunk);
    });
    req.on('end', () => finish({ kind: 'ok', bytes: Buffer.concat(chunks) }));
    // The client closed its side, or the socket failed, before the announced body arrived.
    req.on('error', () => finish({ kind: 'incomplete' }));
    req.on('close', () => finish(req.complete ? { kind: 'ok', bytes: Buffer.concat(chunks) } : { kind: 'incomplete' }));
  });
}

/** The request target as a path, whatever form the request line used. */
function targetOf(url: string): string {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  return path.startsWith('/') ? path : `/${path}`;
}

function ipOf(socket: Socket): string | undefined {
  return socket.remoteAddress?.replace(/^::ffff:/, '');
}

/** Starts a lab server; resolves once it listens and its org is built. */
export async function startLabServer(options: LabServerOptions = {}): Promise<LabServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  let org: LabOrg | undefined;
  let origin = '';

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const target = targetOf(req.url ?? '/');
    const path = target.split('?')[0] ?? '/';
    const finish = (status: number, label: string, check: string) => log(logLine(method, target, status, label, check));
    const declared = Number(req.headers['content-length'] ?? 0);
    const read: BodyRead = declared > limits.bodyBytes ? { kind: 'too-big' } : await readBody(req, limits.bodyBytes);
    if (read.kind === 'too-big') {
      sendJson(
        res,
        413,
        { error: 'payload_too_large', message: `Token Lab accepts request bodies up to ${limits.bodyBytes} bytes.` },
        true,
        'body-limit',
      );
      return finish(413, '413', 'body-limit');
    }
    if (read.kind === 'incomplete') {
      if (!res.destroyed && res.writable)
        sendJson(
          res,
          400,
          { error: 'incomplete_request', message: 'The request body ended before it was complete.' },
          true,
          'body-incomplete',
        );
      return finish(400, '400', 'body-incomplete');
    }
    const body = read.bytes;
    if (!org) return sendJson(res, 503, { error: 'starting', message: 'The lab is still starting.' });
    org.sync();

    if (path === CONTROL_PREFIX.slice(0, -1) || path.startsWith(CONTROL_PREFIX)) {
      const reply = await control(org, method, path, body.toString('utf8'));
      sendJson(res, reply.status, reply.body);
      return finish(reply.status, String(reply.status), 'control');
    }

    // The Host header names the origin the client used (localhost or 127.0.0.1): links, `htu`
    // and `aud` are checked against it. Anything odd falls back to the server's own origin.
    const hostHeader = req.headers.host ?? '';
    const url = `${SAFE_HOST.test(hostHeader) ? `http://${hostHeader}` : origin}${target}`;
    const distinct = req.headersDistinct;
    const request: FetchRequestLike = {
      method,
      url,
      headers: {
        forEach(callback) {
          for (const name of Object.keys(distinct)) callback((distinct[name] ?? []).join(', '), name);
        },
      },
      text: () => Promise.resolve(body.toString('utf8')),
    };
    let record: LabTraceRecord | undefined;
    // The Fetch face's plain-data form: a Web Response would be built here only to be read back.
    const response = await org.sim.exchange(request, {
      ip: ipOf(req.socket),
      onTrace(r) {
        record = r;
        org?.remember(r);
      },
    });
    const { headers, body: text } = response;
    if (text !== null) headers['Content-Length'] = String(Buffer.byteLength(text));
    res.writeHead(response.status, response.statusText || undefined, headers);
    res.end(text ?? undefined);
    finish(response.status, record?.outcome ?? String(response.status), record?.decision ?? '');
  }

  const server = createServer(
    {
      maxHeaderSize: limits.headerBytes,
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(limits.requestTimeoutMs / 4))),
    },
    (req, res) => {
      // Node's own Date header would be wall time; the org's is simulated time.
      res.sendDate = false;
      onRequest(req, res).catch((err: unknown) => {
        if (res.headersSent || res.destroyed) return;
        // Never expected: the org answers every input. Say so instead of hanging up.
        sendJson(res, 500, { error: 'lab_error', message: err instanceof Error ? err.message : String(err) });
        log(logLine(req.method ?? '?', targetOf(req.url ?? '/'), 500, '500', 'lab-error'));
      });
    },
  );

  // A client may send its request and then close its sending side (a TCP half-close). By default
  // Node then drops the connection with the answer still in the making; this long-standing (if
  // undocumented) switch makes it finish the answer first, as web servers do.
  (server as unknown as { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;

  /** Answers on the raw socket (for requests Node never hands to the request handler) and closes it. */
  function rawReply(socket: Socket, status: number, message: string, method = '?', target = '?'): void {
    const body = JSON.stringify({ error: 'bad_request', message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
    log(logLine(method, target, status, String(status), 'http-layer'));
  }

  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    if (err.code === 'HPE_HEADER_OVERFLOW')
      return rawReply(socket, 431, `Token Lab accepts request heads up to ${limits.headerBytes} bytes.`);
    if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return rawReply(socket, 408, 'The request did not arrive in time.');
    rawReply(socket, 400, 'Token Lab could not parse this HTTP request.');
  });
  // CONNECT and Upgrade requests never reach the request handler; without these listeners Node
  // would drop the connection without a word.
  server.on('connect', (req: IncomingMessage, socket: Socket) =>
    rawReply(socket, 405, 'Token Lab is not a proxy: CONNECT is not supported.', 'CONNECT', req.url ?? '?'),
  );
  server.on('upgrade', (req: IncomingMessage, socket: Socket) =>
    rawReply(socket, 400, 'Token Lab does not upgrade connections.', req.method ?? '?', targetOf(req.url ?? '/')),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    org = await createLabOrg({
      seed: options.seed ?? 'token-lab',
      clock: options.clock ?? 'real',
      orgUrl: origin,
      scenario: options.scenario,
      wallClock: options.wallClock,
    });
  } catch (err) {
    server.close();
    throw err;
  }
  const ready = org;
  return {
    url: origin,
    port,
    host,
    org: ready,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
