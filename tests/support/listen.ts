/**
 * Starts a test server on a free loopback port and gives its origin: the one way every test host
 * here listens, so none of them is reachable from outside the machine.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** @example const origin = await listenOnLoopback(createServer(handler)); // 'http://127.0.0.1:40123' */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
