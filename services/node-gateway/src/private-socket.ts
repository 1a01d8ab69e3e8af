// A unix socket server only the gateway's own user may reach: the node's events socket and its
// handoff socket. A socket file an earlier run left behind is replaced.
import { chmod, unlink } from 'node:fs/promises';
import net from 'node:net';

export async function listenPrivately(socketPath: string, options: net.ServerOpts = {}): Promise<net.Server> {
  await unlink(socketPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const server = net.createServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // The socket directory is private too: between listen and chmod the socket has the umask's mode.
  await chmod(socketPath, 0o600);
  return server;
}
