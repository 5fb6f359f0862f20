import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

// The server serves web/dist with an SPA fallback; in development Vite proxies /api to it
// (GRASSROOTS_API_URL overrides the default http://127.0.0.1:3000).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, root, 'GRASSROOTS_');
  const proxy = {
    '/api': { target: env.GRASSROOTS_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
  };
  return {
    root,
    plugins: [react()],
    server: { port: 5173, proxy },
    preview: { port: 4173, proxy },
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  };
});
