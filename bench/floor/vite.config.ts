import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Root is this folder, so `vite build --config bench/floor/vite.config.ts` works from the repo root
// and writes bench/floor/dist (git-ignored) without touching the app's dist/.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // React + recharts alone pass Vite's 500 kB warning; that size is the point of the floor.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
