import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../support/fixtures.ts';

/** Where Debian installs nginx (`apt-get install nginx`). */
const DEFAULT_NGINX_PATH = '/usr/sbin/nginx';

/** The site's nginx configuration, as deployed (deploy/nginx.conf). */
export const NGINX_CONF = join(ROOT, 'deploy', 'nginx.conf');

/** A running nginx serving a folder on 127.0.0.1. */
export interface NginxServer {
  /** Its origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Its error log so far. */
  errorLog: () => string;
  /** Stops it. */
  stop: () => Promise<void>;
}

/** A port that was free a moment ago (the system picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** Waits until `origin` answers HTTP, or the process exits. */
async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${String(child.exitCode)}):\n${log()}`);
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${origin}:\n${log()}`);
}

/**
 * Starts Debian's nginx in the foreground (no system service, no root needed)
 * with the project's `deploy/nginx.conf`, its `listen` and `root` lines
 * replaced to serve `webRoot` on 127.0.0.1 and a free port; its pid file, logs
 * and temp folders are in `workDir`.
 * @throws {Error} when nginx is missing, saying how to install it.
 */
export async function startNginx(webRoot: string, workDir: string): Promise<NginxServer> {
  const nginx = process.env['NGINX_PATH'] ?? DEFAULT_NGINX_PATH;
  if (!existsSync(nginx)) {
    throw new Error(
      `nginx not found at ${nginx}. The deployment test needs it: install Debian's nginx ` +
        '(apt-get install nginx; .ci/run does) or set NGINX_PATH to an nginx executable.',
    );
  }
  const port = await freePort();
  mkdirSync(join(workDir, 'logs'), { recursive: true });
  const site = readFileSync(NGINX_CONF, 'utf8')
    .replace(/^\s*listen .*# plan-atlas: listen$/mu, `    listen 127.0.0.1:${String(port)};`)
    .replace(/^\s*root .*# plan-atlas: root$/mu, `    root ${webRoot};`);
  writeFileSync(join(workDir, 'plan-atlas.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${join(workDir, `${name}_temp`)};`)
    .join('\n');
  writeFileSync(
    join(workDir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx would hand requests to `nobody`, who cannot read a private temp folder.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      `pid ${join(workDir, 'nginx.pid')};`,
      `error_log ${join(workDir, 'logs', 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      temp,
      `  include ${join(workDir, 'plan-atlas.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(
    nginx,
    ['-p', workDir, '-c', join(workDir, 'nginx.conf'), '-e', join(workDir, 'logs', 'error.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const errorLog = (): string => {
    const file = join(workDir, 'logs', 'error.log');
    return `${stderr}${existsSync(file) ? readFileSync(file, 'utf8') : ''}`;
  };
  const origin = `http://127.0.0.1:${String(port)}`;
  await waitUntilServing(origin, child, errorLog);
  return {
    origin,
    errorLog,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        // SIGQUIT: graceful shutdown of a foreground nginx.
        child.kill('SIGQUIT');
      }),
  };
}
