// Vite builds the dashboard (plain TypeScript + DOM) into dist/dashboard, which the gateway serves at `/`.
// `npx vite --config apps/dashboard/vite.config.mts` serves it with hot reload, the API proxied to a local gateway.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.GATEWAY_PORT ?? '3000'}` } },
});
