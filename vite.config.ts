import { defineConfig } from "vite";

// The tab is served from src/tab; `npm start` mounts the local SharePoint stand-in on the same origin.
export default defineConfig({
  root: "src/tab",
  build: { outDir: "../../dist/tab", emptyOutDir: true },
  server: { port: 5173, strictPort: true },
});
