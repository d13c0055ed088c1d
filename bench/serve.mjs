/**
 * Child processes for the bench: builds and `vite preview` servers, each started by us and
 * stopped by its own id (its process group, so `npm run build` takes tsc/vite with it), on
 * success, failure, Ctrl-C or a time-out alike.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const VITE = resolve(ROOT, 'node_modules/vite/bin/vite.js');

/** Every child still running; the exit hooks below stop what a failed step left behind. */
const live = new Set();

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // Negative pid: the child's own group (it was spawned detached), never anyone else's.
    process.kill(-child.pid, child.stopSignal ?? 'SIGTERM');
  } catch {
    /* already gone */
  }
}

export function stopAll() {
  for (const child of live) stop(child);
  live.clear();
}

let hooked = false;
/** Stop children however the bench ends: normal exit, an uncaught error, or a signal. */
export function installCleanup() {
  if (hooked) return;
  hooked = true;
  process.on('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      console.error(`\nbench: ${signal}, stopping servers`);
      stopAll();
      process.exit(130);
    });
  }
}

function track(child) {
  live.add(child);
  child.on('exit', () => live.delete(child));
  return child;
}

/**
 * Runs a command to completion with a time limit. Output is kept, not streamed, so the report
 * stays readable; its tail is shown when the command fails. `stopSignal` is for children that
 * clean up only on that signal.
 */
export function run(cmd, args, { label = cmd, timeoutMs = 240_000, env, stopSignal } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = track(
      spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    child.stopSignal = stopSignal;
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      stop(child);
      reject(new Error(`${label}: timed out after ${timeoutMs / 1000} s\n${tail(out)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`${label}: ${e.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${label}: exited with ${code ?? signal}\n${tail(out)}`));
    });
  });
}

const tail = (text, lines = 40) => text.trim().split('\n').slice(-lines).join('\n');

/** A port nobody holds right now: the e2e suite may be using 4173 at the same moment. */
export function freePort() {
  return new Promise((resolvePromise, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePromise(port));
    });
  });
}

function get(url) {
  return new Promise((resolvePromise) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolvePromise(res.statusCode);
    });
    req.on('error', () => resolvePromise(0));
    req.setTimeout(2000, () => req.destroy());
  });
}

/**
 * `vite preview` of a finished build, through node rather than npx so the pid we stop is the
 * server's. Resolves once `/` answers 200; the config keeps its own headers (the app's CSP).
 */
export async function startPreview({ label, config, outDir, timeoutMs = 30_000 }) {
  const port = await freePort();
  const args = [VITE, 'preview', '--config', config, '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir];
  const child = track(spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }));
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + timeoutMs;
  while ((await get(url)) !== 200) {
    if (child.exitCode !== null) throw new Error(`${label} preview exited early (${child.exitCode})\n${tail(out)}`);
    if (Date.now() > deadline) {
      stop(child);
      throw new Error(`${label} preview did not answer on ${url} within ${timeoutMs / 1000} s\n${tail(out)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid,
    stop: () =>
      new Promise((resolvePromise) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
        child.once('exit', () => resolvePromise());
        stop(child);
        // A server that ignores SIGTERM still goes, by its own id.
        setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
          resolvePromise();
        }, 5000).unref();
      }),
  };
}

/** Rejects after `ms` with a message naming the step, so no wait can hang the bench. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
    }),
  ]);
}
