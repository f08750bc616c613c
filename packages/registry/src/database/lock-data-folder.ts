import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegistryError } from '../registry-error.ts';

/** A held data folder; `release()` lets the next process have it. */
export interface DataFolderLock {
  /** Where the lock lives: a Unix socket path, or a named pipe on Windows. */
  readonly address: string;
  release(): Promise<void>;
}

/** Longest Unix socket path every platform binds without cutting it short (Linux: 107, macOS: 103). */
const MAX_SOCKET_PATH = 100;
/** A take-over marker older than this was left by a process that died within the few milliseconds it holds one. */
const TAKEOVER_STALE_MS = 10_000;
const RETRY_MS = 50;
const PROBE_TIMEOUT_MS = 2_000;

/**
 * Where the lock of a folder may live, in order: a socket in the folder, then one in the
 * temporary folder named by a hash of the folder's real path, for a path too long to bind or a
 * file system that holds no sockets. Every process derives the same list for the same folder.
 */
function lockAddresses(folder: string): string[] {
  const real = realpathSync(folder);
  const hash = createHash('sha256').update(real).digest('hex').slice(0, 24);
  if (process.platform === 'win32') return [`\\\\?\\pipe\\social-lens-${hash}`];
  const inFolder = join(real, 'lock');
  const inTemporary = join(tmpdir(), `social-lens-${hash}.lock`);
  return Buffer.byteLength(inFolder) <= MAX_SOCKET_PATH ? [inFolder, inTemporary] : [inTemporary];
}

function listen(address: string): Promise<Server | 'in-use'> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.end(`${JSON.stringify({ pid: process.pid })}\n`));
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve('in-use') : reject(error)));
    server.listen(address, () => {
      // The lock must not keep a process alive that has nothing else to do.
      server.unref();
      resolve(server);
    });
  });
}

function holderPid(reply: string): number | undefined {
  try {
    const { pid } = JSON.parse(reply) as { pid?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process listens at `address`, and its pid when it says it. */
function probe(address: string): Promise<{ held: false } | { held: true; pid: number | undefined }> {
  return new Promise((resolve) => {
    const socket = connect(address);
    let reply = '';
    let connected = false;
    const done = () => {
      socket.destroy();
      resolve(connected ? { held: true, pid: holderPid(reply) } : { held: false });
    };
    socket.setTimeout(PROBE_TIMEOUT_MS, done);
    socket.on('connect', () => {
      connected = true;
    });
    socket.on('data', (chunk) => {
      reply += chunk.toString();
    });
    socket.on('end', done);
    socket.on('error', done);
  });
}

function locked(folder: string, pid: number | undefined): RegistryError {
  return new RegistryError(
    'data-folder-locked',
    `${folder} is in use by ${pid === undefined ? 'another process' : `process ${pid}`}: stop it first, or use PostgreSQL (DATABASE_URL)`,
  );
}

function unusable(folder: string, address: string, error: unknown): RegistryError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return new RegistryError('database-unavailable', `${folder}: cannot take its lock at ${address} (${reason})`, { cause: error });
}

/** Creates the take-over marker; false while another process has it (a marker left by a dead one is removed once stale). */
function takeTakeoverMarker(marker: string): boolean {
  try {
    writeFileSync(marker, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - (statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > TAKEOVER_STALE_MS) rmSync(marker, { force: true });
    return false;
  }
}

/**
 * Holds a data folder for this process: PGlite is one process's database, and a second process
 * opening the same folder would corrupt it.
 *
 * The lock is a Unix socket (a named pipe on Windows) this process listens on, in the folder
 * itself (in the temporary folder, named by a hash, when the path is too long for a socket). The
 * operating system closes it with the process, however the process ends: what is left of a dead
 * holder is a socket file nobody answers on, taken over at once. A live holder answers with its
 * pid. Unlike a pid file, nothing here can be fooled by a pid that a new process reuses, such as
 * pid 1 of a restarted container. Taking over a dead holder's socket file is serialised by a
 * marker file created exclusively, so two processes starting together cannot both take it over.
 *
 * @example
 * const lock = await lockDataFolder('./.data') // throws RegistryError 'data-folder-locked' when held
 * await lock.release()
 */
export async function lockDataFolder(folder: string): Promise<DataFolderLock> {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new RegistryError('database-unavailable', `${folder}: cannot create the data folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`, {
      cause: error,
    });
  }
  const addresses = lockAddresses(folder);
  let address = addresses[0]!;
  for (const [index, candidate] of addresses.entries()) {
    address = candidate;
    try {
      const server = await listen(candidate);
      if (server !== 'in-use') return heldAt(candidate, server);
      break;
    } catch (error) {
      if (index === addresses.length - 1) throw unusable(folder, candidate, error);
    }
  }
  const marker = `${address}.takeover`;
  const deadline = Date.now() + TAKEOVER_STALE_MS + 5_000;
  while (Date.now() < deadline) {
    const server = await listen(address).catch((error: unknown) => {
      throw unusable(folder, address, error);
    });
    if (server !== 'in-use') return heldAt(address, server);
    const holder = await probe(address);
    if (holder.held) throw locked(folder, holder.pid);
    if (process.platform === 'win32' || !takeTakeoverMarker(marker)) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      continue;
    }
    try {
      // Another process may have taken over between the probe and the marker.
      const again = await probe(address);
      if (again.held) throw locked(folder, again.pid);
      rmSync(address, { force: true });
      const taken = await listen(address).catch((error: unknown) => {
        throw unusable(folder, address, error);
      });
      if (taken !== 'in-use') return heldAt(address, taken);
    } finally {
      rmSync(marker, { force: true });
    }
  }
  throw locked(folder, undefined);
}

function heldAt(address: string, server: Server): DataFolderLock {
  return { address, release: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
