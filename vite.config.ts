import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/*
 * The tab is served from src/tab and built to dist/tab. `npm start` mounts the local SharePoint
 * stand-in on the same origin (src/dev/local-sharepoint-plugin.ts). Routes are split by the
 * lazy imports in src/tab/app/routes.tsx, so no manualChunks are needed: the register's first
 * load is the shell plus its own page, and each other page is a chunk of its own.
 * `envDir` is the repo root, where .env.example documents the VITE_* variables.
 */
export default defineConfig({
  root: "src/tab",
  envDir: "../..",
  plugins: [react()],
  build: { outDir: "../../dist/tab", emptyOutDir: true },
  server: { port: 5173, strictPort: true },
});
