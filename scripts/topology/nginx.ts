// Debian's nginx serving one page from files, precompressed: the fastest this machine can answer
// that page, and so the benchmark's baseline. Its configuration and files live in a folder of
// the caller's (nothing under /etc/nginx is read or written).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { requireProgram, type Server, startServer, waitForUrl, whenReady } from './processes'

const NGINX = '/usr/sbin/nginx'

/** One page as the site sent it: its path, Content-Type, and body plain and gzip-compressed. */
export type StaticPage = { urlPath: string; contentType: string; plain: Buffer; gzip: Buffer }

/** nginx.conf for `page` on 127.0.0.1:`port`, every path inside `dir`. */
export function nginxConfig(port: number, dir: string, page: StaticPage): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`
  return `worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    # The load generator keeps its connections open, as the site and Varnish let it.
    keepalive_requests 1000000;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        root ${path.join(dir, 'root')};
        location = ${page.urlPath} {
            types { }
            default_type "${page.contentType}";
            # <file>.gz beside <file>, sent as is to clients that accept gzip.
            gzip_static on;
            gzip_vary on;
        }
    }
}
`
}

/** Writes the page's files and configuration into `dir` and starts nginx in the foreground. */
export async function startNginx(port: number, dir: string, page: StaticPage): Promise<Server> {
  requireProgram(NGINX, 'nginx-light')
  const file = path.join(dir, 'root', page.urlPath)
  mkdirSync(path.dirname(file), { recursive: true })
  mkdirSync(path.join(dir, 'temp'), { recursive: true })
  writeFileSync(file, page.plain, { mode: 0o644 })
  writeFileSync(`${file}.gz`, page.gzip, { mode: 0o644 })
  // Started as root, nginx serves files as `nobody`: every folder on the way must be readable.
  for (let folder = path.dirname(file); folder.startsWith(dir); folder = path.dirname(folder)) {
    chmodSync(folder, 0o755)
  }
  const configFile = path.join(dir, 'nginx.conf')
  writeFileSync(configFile, nginxConfig(port, path.resolve(dir), page))
  const server = startServer(
    `nginx on port ${port}`,
    NGINX,
    ['-e', 'stderr', '-p', path.resolve(dir), '-c', path.resolve(configFile), '-g', 'daemon off;'],
    { logFile: path.join(dir, 'nginx.log') },
  )
  return whenReady(server, waitForUrl(`http://127.0.0.1:${port}${page.urlPath}`, server, 10_000))
}
