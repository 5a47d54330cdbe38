import type { ServerResponse } from 'node:http';

/**
 * Calls `hook(status)` just before the response's headers go out, however they are sent (explicit
 * writeHead or the implicit one of write/end), so a header can still be added. Node's implicit
 * header path calls writeHead too, which is why wrapping it is enough.
 */
export function beforeHeaders(res: ServerResponse, hook: (status: number) => void): void {
  const writeHead = res.writeHead;
  let done = false;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!done) {
      done = true;
      hook(typeof args[0] === 'number' ? args[0] : this.statusCode);
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
