import { startLocalSharePoint } from "./index";

/**
 * Runs the stand-in on its own: `npx tsx src/local/main.ts`.
 * Env: SP_PORT (default 5055, 0 = any), SP_DATA_DIR (default .local/sharepoint), SP_SITE_PATH,
 * SP_LATENCY_MS, SP_THROTTLE_RATE. Prints one line `LOCAL_SHAREPOINT_URL=<url>` when listening.
 */
const port = Number(process.env.SP_PORT ?? "5055");
const sp = await startLocalSharePoint({
  port,
  dataDir: process.env.SP_DATA_DIR ?? ".local/sharepoint",
  sitePath: process.env.SP_SITE_PATH ?? "/sites/partnerships",
});
console.log(`LOCAL_SHAREPOINT_URL=${sp.url}`);

const stop = (): void => {
  sp.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
