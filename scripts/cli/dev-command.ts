// `dev`: not built yet (issue: live preview). Says so plainly rather than pretending.
import { CliError, EXIT } from "../errors.ts";

export async function runDev(_paths: string[], _port: string | undefined): Promise<number> {
  throw new CliError("the dev server is not available yet; use `npm run build -- PATH --no-pdf` and reload the page", EXIT.usage);
}
