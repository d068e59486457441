import type { Plugin } from "vite";
import type { SharePointHandler } from "../local/index";

/**
 * Mounts the SharePoint stand-in inside Vite's dev server, so the tab and "SharePoint" share one
 * origin (as a tab and its tenant's site effectively do through the token) and no CORS is needed.
 */
export function localSharePointPlugin(handler: SharePointHandler): Plugin {
  return {
    name: "local-sharepoint",
    configureServer(server) {
      server.middlewares.use((req, res, next) => handler(req, res, next));
    },
  };
}
