import { startStack } from "./start-stack";

/**
 * Until `npm start` lands: `npx tsx test/e2e/support/run-stack.ts` serves the tab with a seeded
 * local SharePoint and prints the address; Ctrl+C stops it and deletes its data.
 */
const stack = await startStack();
console.log(`The tab is at ${stack.origin}/ (${stack.arrangements.size} arrangements). Ctrl+C to stop.`);
const stop = () => {
  stack.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
