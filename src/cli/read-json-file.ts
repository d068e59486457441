import { readFile } from "node:fs/promises";
import { CliError } from "./cli-error";

/** Reads a JSON file, turning a missing file or bad JSON into a sentence that names the file. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === "ENOENT" ? `The ${what} file ${path} does not exist.` : `Could not read the ${what} file ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`The ${what} file ${path} is not valid JSON: ${(error as Error).message}`);
  }
}
