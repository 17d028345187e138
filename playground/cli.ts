/**
 * `npm start [-- --workbook my.xlsx] [--synthetic 150] [--tz Europe/London] [--locale de_DE] [--port 8080]`:
 * serves the offline playground and prints its address.
 */
import { SAMPLE_TIME_ZONE } from '../examples/nursery';
import { createPlaygroundServer } from './server';
import { sampleSource, syntheticSource, WorkbookSource, xlsxSource } from './sources';
import { PlainError, WorkbookPath, workbookPath } from './workbook-file';

export interface Args {
  workbook?: WorkbookPath;
  synthetic?: number;
  tz: string;
  locale?: string;
  port: number;
}

const USAGE = 'Usage: npm start -- [--workbook file.xlsx] [--synthetic N] [--tz Area/City] [--locale xx_XX] [--port N]';

/** `env` gives PORT and INIT_CWD (the folder relative paths start from). */
export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Args {
  const args: Args = { tz: SAMPLE_TIME_ZONE, port: Number(env.PORT || 8080) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    // The next word is this flag's value unless it is another flag.
    const value = () => inline ?? (argv[i + 1]?.startsWith('--') ? '' : (argv[++i] ?? ''));
    if (flag === '--workbook') {
      const typed = value();
      if (!typed.trim())
        throw new PlainError(
          '--workbook needs the path of an .xlsx file, e.g. npm start -- --workbook my-billing.xlsx',
        );
      args.workbook = workbookPath(typed, env);
    } else if (flag === '--synthetic') args.synthetic = Number(value());
    else if (flag === '--tz') args.tz = value();
    else if (flag === '--locale') args.locale = value();
    else if (flag === '--port') args.port = Number(value());
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`Unknown option ${argv[i]}.\n${USAGE}`);
  }
  if (args.synthetic !== undefined && !(Number.isInteger(args.synthetic) && args.synthetic > 0))
    throw new Error('--synthetic needs a whole number of invoices.');
  if (args.locale !== undefined && !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(args.locale))
    throw new Error('--locale takes a spreadsheet locale such as en_GB, de_DE or pl_PL.');
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error('The port must be a number from 0 to 65535.');
  return args;
}

function source(args: Args): WorkbookSource {
  const chosen = args.workbook
    ? xlsxSource(args.workbook, args.tz)
    : args.synthetic
      ? syntheticSource(args.synthetic, args.tz)
      : sampleSource(args.tz);
  return args.locale ? { ...chosen, locale: args.locale } : chosen;
}

function explain(error: unknown, args: Args): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EADDRINUSE')
    return `Port ${args.port} is in use. Try PORT=8081 npm start (or --port 0 for any free port).`;
  if (e instanceof RangeError && /time ?zone/i.test(e.message))
    return `${args.tz} is not a time zone (try Europe/London).`;
  return e.message ?? String(error);
}

export async function main(root: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  let args: Args | undefined;
  try {
    args = parseArgs(argv, env);
    const playground = await createPlaygroundServer({ root, source: source(args) });
    const url = await playground.listen(args.port, env.HOST || '127.0.0.1');
    const { name, timeZone, locale = 'en_GB' } = playground.session.source;
    console.log(`Revoice playground of "${name}" (time zone ${timeZone}, locale ${locale}): ${url}`);
    console.log('No Google account or network needed. Ctrl+C to stop.');
  } catch (e) {
    console.error(
      `Revoice playground: ${args && !(e instanceof PlainError) ? explain(e, args) : (e as Error).message}`,
    );
    process.exitCode = 1;
  }
}
