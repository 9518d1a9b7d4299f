import { Logger, type INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
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

export function serveDashboard(app: INestApplication, dir: string = dashboardDir()): void {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    new Logger('Dashboard').warn(`not served: ${dir} has no index.html (npm run build builds it)`);
    return;
  }
  const files = express.static(dir, {
    index: 'index.html',
    setHeaders: (res, file) => {
      res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
      // hashed bundle names never change content; the page itself is revalidated
      res.setHeader('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/') || req.path === '/api' ? next() : files(req, res, next)));
}
