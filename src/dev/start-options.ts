import { parseArgs } from "node:util";
import { resolve } from "node:path";

export interface StartOptions {
  port: number;
  dataDir: string;
  reset: boolean;
  host: string;
}

const usage = `Usage: npm start [-- --reset] [-- --port 5173] [-- --data-dir .local/sharepoint]

  --reset     start again from fresh demo data (deletes the local SharePoint's data)
  --port      the port for the tab and the local SharePoint (default 5173, or PORT)
  --data-dir  where the local SharePoint keeps its data (default .local/sharepoint)`;

/** Reads `npm start` flags; a bad value stops the start with a message that names it. */
export function readStartOptions(argv: string[], env: NodeJS.ProcessEnv): StartOptions | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { reset: { type: "boolean", default: false }, port: { type: "string" }, "data-dir": { type: "string" }, host: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    return { error: `${(error as Error).message}\n\n${usage}` };
  }
  if (values.help) return { error: usage };
  const rawPort = values.port ?? env.PORT ?? "5173";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { error: `--port must be a port number, got "${rawPort}".` };
  return {
    port,
    reset: values.reset ?? false,
    host: values.host ?? env.HOST ?? "localhost",
    dataDir: resolve(values["data-dir"] ?? env.LOCAL_DATA_DIR ?? ".local/sharepoint"),
  };
}
