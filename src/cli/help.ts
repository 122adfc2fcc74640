import { ChainAuthorityValues, DatasetTableValues } from '../index.ts';

const DATA = `  --data <file>      Read this dataset file instead of the embedded dataset`;
const AS_OF = `  --as-of <date>     The date to answer as of: YYYY, YYYY-MM or YYYY-MM-DD
                     (default: the dataset's asOf)`;
const RAW = `  --raw              CSV as it is: do not neutralise cells a spreadsheet would
                     run as a formula (=, +, -, @); also --no-spreadsheet-safe`;
const VIA = `  --via <list>       Comma-separated authorities to follow (default: the
                     operational line, ${ChainAuthorityValues.slice(0, 4).join(', ')},
                     ${ChainAuthorityValues.slice(4, 7).join(', ')});
                     e.g. --via ADCON for the administrative chain`;
const END = `  -h, --help         Show this help

Exit codes: 0 ok, 1 invalid data or no answer, 2 bad usage.
`;

/**
 * The help of `nsatu` and of each command, 80 columns wide.
 *
 * @internal
 */
export const HELP: Readonly<Record<string, string>> = {
  main: `Usage: nsatu <command> [options]

Commands:
  report             Summarise the dataset as of a date (the default command)
  chain <id>         Who an organisation reports to, link by link, and why
  validate <file>    Check a dataset file; print every issue with its path
  dedupe <file>      Group weapon names (one a line, or a CSV column) by system
  fragmentation      How many weapon types were sent, per capability
  export <format>    The dataset as mermaid, dot, json, json-schema, csv, arrow
                     or vega-lite

Run 'nsatu <command> --help' (or 'nsatu help <command>') for its options.

Options:
${DATA}
${AS_OF}
  --format <fmt>     Output format: text (default), md, json; csv for tables
  -h, --help         Show help
  -v, --version      Show the version

Colour only on a terminal, never with NO_COLOR; output to a pipe is plain.
Exit codes: 0 ok, 1 invalid data or no answer, 2 bad usage.
`,
  report: `Usage: nsatu report [--as-of DATE] [--format text|md|json] [--data FILE]
       nsatu report --html FILE [--as-of DATE] [--data FILE]

The structure (NSATU's chain, who holds each post), the coalitions and their
leads, the agreements signed, training totals, aid and the weapon types sent,
as of a date.

${DATA}
${AS_OF}
  --format <fmt>     text (default), md or json. For one table as CSV, see
                     'nsatu fragmentation' and 'nsatu export csv'
  --html <file>      Write the report as one HTML page, with charts ('-' for
                     standard output)
${END}`,
  chain: `Usage: nsatu chain <id> [--as-of DATE] [--via LIST] [--format FMT]

Resolves who <id> reports to, up to the top, stating why each link holds.

${VIA}
${DATA}
${AS_OF}
  --format <fmt>     text (default), md, json or csv
${RAW}
${END}`,
  validate: `Usage: nsatu validate <file> [--format text|md|json]

Checks a dataset file: shape and integrity. Prints every issue with its JSON
path (on standard error; with --format json, as JSON on standard output) and
exits 1 when there is one.

  --format <fmt>     text (default), md or json
${END}`,
  dedupe: `Usage: nsatu dedupe <file> [--column NAME] [--level system|variant]
                    [--format text|md|json|csv]

Reads weapon names, one a line, or from a column of a CSV file (a .csv file
or --column; a CSV file with a single column needs none), resolves them
through the weapon catalogue and prints the groups (the spellings that denote
one system) and the names left unresolved, with the reason.

  --column <name>    The CSV column holding the names
  --level <level>    Group by system (default) or by variant
  --format <fmt>     text (default), md, json or csv (one row per name)
${RAW}
${DATA}
${END}`,
  fragmentation: `Usage: nsatu fragmentation [--by KEY] [--stage LIST] [--as-of DATE]
                           [--format text|md|json|csv]

How fragmented the equipment sent is: per capability (or ammunition family, or
category), the distinct systems, ammunition families and donors, the quantity,
and the effective number of types (1 / Herfindahl index of the quantities).
The same table the report shows.

  --by <key>         capability (default), ammunition or category
  --stage <list>     Count only these stages (comma-separated; default: all
                     but cancelled)
${DATA}
${AS_OF}
  --format <fmt>     text (default), md, json or csv
${RAW}
${END}`,
  export: `Usage: nsatu export <format> [--out FILE] [options]

Writes the dataset in another format, to standard output or to --out FILE.

Formats:
  mermaid, dot       The command chart (Mermaid flowchart, Graphviz digraph)
  json               The dataset as JSON (with --as-of: as it stood that day)
  json-schema        The JSON Schema of the dataset format
  csv                A table as CSV: the aid records unless --table names one
  arrow              A table as Apache Arrow IPC bytes, to --out or a pipe (the
                     file format for a .arrow or .feather file, else a stream)
  vega-lite          A Vega-Lite chart spec (--chart)

  --out <file>       Write to this file instead of standard output
  --root <id>        mermaid, dot: draw this organisation, its subordinates
                     and its chain up
  --via <list>       mermaid, dot: the authorities drawn as command lines
                     (default: the operational line); e.g. --via ADCON
  --table <name>     csv, arrow: the table (default aid): one of
                     ${DatasetTableValues.slice(0, 5).join(', ')},
                     ${DatasetTableValues.slice(5, 9).join(', ')},
                     ${DatasetTableValues.slice(9).join(', ')}
  --raw              csv: do not neutralise cells a spreadsheet would run as a
                     formula (=, +, -, @); also --no-spreadsheet-safe
  --chart <name>     vega-lite: aid-by-donor (default), aid-by-month or
                     fragmentation
  --stage <stage>    vega-lite: the aid stage (default allocated); for the
                     fragmentation chart, a list (default: all but cancelled)
  --currency <code>  vega-lite aid charts: the currency (default EUR)
  --by <key>         vega-lite fragmentation: capability, ammunition, category
${DATA}
${AS_OF}
${END}`,
};
