// A local HTTP proxy that records every request the browser sends to the network and refuses it.
// Firefox is pointed at it for all schemes, so requests that WebDriver BiDi cannot see (the extension's
// background page, its popup and options pages) still show up here: this is how the e2e tests prove the
// extension makes no network requests. Nothing is ever forwarded; the machine has no internet anyway.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  port: number;
  /** `CONNECT host:443` for HTTPS and WebSocket-over-TLS, `GET http://…` for plain HTTP. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The host a recorded request went to (`CONNECT host:443` or `GET http://host/path`). */
export function requestHost(recorded: string): string {
  const target = recorded.slice(recorded.indexOf(' ') + 1);
  return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
}
