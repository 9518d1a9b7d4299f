import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as fs from 'node:fs';
import * as path from 'node:path';

// The dashboard is a static bundle (apps/dashboard, built by Vite into dist/dashboard). It is public: the page asks
// for an API key and sends it on its own API calls, so the API routes keep their guard.

/** Only what the bundle needs: its own scripts, styles and API; nothing from other origins. */
const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** dist/dashboard of the repository (or of the image), from the source tree or from dist/apps/gateway. */
export function dashboardDir(from: string = __dirname): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'dashboard');
  }
  return path.resolve(from, '..', '..', '..', '..', 'dashboard');
}

export function serveDashboard(app: NestFastifyApplication, dir: string = dashboardDir()): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    new Logger('Dashboard').warn(`not served: ${dir} has no index.html (npm run build builds it)`);
    return;
  }
  void app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    index: ['index.html'],
    decorateReply: false,
    cacheControl: false,
    // the API's paths are the API's, even where no route has them (a 404 or 405 from the API, never a file)
    allowedPath: (pathName) => pathName !== '/api' && !pathName.startsWith('/api/') && !pathName.split('/').includes('..'),
    setHeaders: (response, file) => {
      response.setHeader('Content-Security-Policy', DASHBOARD_CSP);
      // hashed bundle names never change content; the page itself is revalidated
      response.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
