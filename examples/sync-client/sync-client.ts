import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/*
 * An incremental sync client for the Mentorlens GraphQL API. Each run reads every mentorship,
 * participant, survey response and priority flag that changed since the previous run, and
 * every deletion, and appends them to JSON Lines files. Where it stopped is kept in a state
 * file, written only after a run has finished.
 */

/** Settings of one run: the API endpoint, the authentication headers and where files are kept. */
export interface SyncOptions {
  /** URL of the GraphQL endpoint, such as `https://mentorlens.example.edu/graphql`. */
  endpoint: string;
  /** Headers sent with every request, such as `{ Authorization: "Bearer …" }`. */
  headers: Record<string, string>;
  /** JSON file that stores the high-water mark between runs; created on the first run. */
  stateFile: string;
  /** Folder that receives one subfolder of JSON Lines files per run. */
  outputDir: string;
  /** Rows per request, 1 to 100 (the API's maximum); 100 when omitted. */
  pageSize?: number;
  /**
   * How far before the high-water mark each run starts reading again, in milliseconds; 5
   * minutes when omitted. Rows are stamped when they are written, and a slow transaction can
   * commit after a later one, so rows stamped just before the mark may appear only later.
   */
  overlapMs?: number;
}

/** State kept between runs: where the previous run stopped. */
export interface SyncState {
  /** Latest `updatedAt` or `deletedAt` the client has read, as the server stamped it; null before the first run. */
  highWaterMark: string | null;
  /** `id@updatedAt` of every row already written whose stamp lies inside the overlap window, so a rerun does not write it twice. */
  recentlyWritten: string[];
}

/** Output of one run: its folder and how many rows it wrote. */
export interface SyncRunResult {
  /** Folder of this run's files. */
  runDir: string;
  /** Rows written per file name, such as `{ "participants.jsonl": 3, "deletions.jsonl": 1 }`. */
  written: Record<string, number>;
  state: SyncState;
}

interface ListSpec {
  /** Top-level connection field, such as `participants`. */
  field: string;
  sortType: string;
  /** Fields selected for each row; restricted fields such as contact details are left out on purpose. */
  selection: string;
}

/** The lists a run reads, parents before children, so a loader can resolve each row's references. */
const LISTS: ListSpec[] = [
  {
    field: "participants",
    sortType: "ParticipantSort",
    selection: "id role firstName lastName preferredName pronouns graduationYear fieldOfStudyOrWork program { id } createdAt updatedAt",
  },
  {
    field: "mentorships",
    sortType: "MentorshipSort",
    selection: "id status matchedOn unmatchedOn unmatchReason externalId program { id } mentor { id } mentee { id } createdAt updatedAt",
  },
  {
    field: "surveyResponses",
    sortType: "SurveyResponseSort",
    selection: "id surveyType respondentRole submittedAt survey { id title } respondent { id } answers { id question { id prompt } displayValue } updatedAt",
  },
  {
    field: "priorityFlags",
    sortType: "PriorityFlagSort",
    selection: "id status urgent channel description reportedAt firstResponseAt resolvedAt resolutionReason category { id label } subject { id } mentorship { id } updatedAt",
  },
];

const DELETED_TYPES = ["PARTICIPANT", "MENTORSHIP", "SURVEY_RESPONSE", "PRIORITY_FLAG"];
const DEFAULT_OVERLAP_MS = 5 * 60 * 1000;

interface Page<Row> {
  edges: Array<{ node: Row }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Runs one incremental sync and returns what it wrote; throws, leaving the state file as it was, when a request fails. */
export async function runSync(options: SyncOptions): Promise<SyncRunResult> {
  const pageSize = options.pageSize ?? 100;
  const overlapMs = options.overlapMs ?? DEFAULT_OVERLAP_MS;
  const previous = await readState(options.stateFile);
  const since = previous.highWaterMark === null ? null : new Date(Date.parse(previous.highWaterMark) - overlapMs).toISOString();
  const alreadyWritten = new Set(previous.recentlyWritten);
  const runDir = join(options.outputDir, new Date().toISOString().replace(/[:.]/g, "-"));
  await mkdir(runDir, { recursive: true });

  const written: Record<string, number> = {};
  const stamps: Array<{ key: string; stamp: string }> = [];
  const keep = async (file: string, key: string, stamp: string, row: unknown) => {
    stamps.push({ key, stamp });
    written[file] ??= 0;
    if (alreadyWritten.has(key)) {
      return;
    }
    await appendFile(join(runDir, file), `${JSON.stringify(row)}\n`);
    written[file] += 1;
  };

  for (const list of LISTS) {
    const query = `query Changed($first: Int!, $after: String, $since: DateTimeISO) {
      ${list.field}(first: $first, after: $after, filter: { updatedSince: $since }, sort: { field: UPDATED_AT, direction: ASC }) {
        edges { node { ${list.selection} } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    await forEachRow<{ id: string; updatedAt: string }>(options, list.field, query, { first: pageSize, since }, (row) =>
      keep(`${list.field}.jsonl`, `${row.id}@${row.updatedAt}`, row.updatedAt, row),
    );
  }

  // A first run copies every live row, so there is nothing to delete yet.
  if (since !== null) {
    const query = `query Deleted($first: Int!, $after: String, $since: DateTimeISO!, $types: [DeletedRecordType!]) {
      deletedRecords(first: $first, after: $after, since: $since, types: $types) {
        edges { node { id recordType recordId deletedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    await forEachRow<{ id: string; deletedAt: string }>(options, "deletedRecords", query, { first: pageSize, since, types: DELETED_TYPES }, (row) =>
      keep("deletions.jsonl", `${row.id}@${row.deletedAt}`, row.deletedAt, row),
    );
  }

  const state = nextState(previous, stamps, overlapMs);
  await writeState(options.stateFile, state);

  return { runDir, written, state };
}

/** Pages through one connection with `first`/`after` and calls `visit` for each row, in order. */
async function forEachRow<Row>(
  options: SyncOptions,
  field: string,
  query: string,
  variables: Record<string, unknown>,
  visit: (row: Row) => Promise<void>,
): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const data = await postGraphQL<Record<string, Page<Row>>>(options, query, { ...variables, after });
    const page: Page<Row> = data[field];
    for (const edge of page.edges) {
      await visit(edge.node);
    }
    if (!page.pageInfo.hasNextPage) {
      return;
    }
    after = page.pageInfo.endCursor;
  }
}

async function postGraphQL<Data>(options: SyncOptions, query: string, variables: Record<string, unknown>): Promise<Data> {
  const response = await fetch(options.endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", ...options.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: Data; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;

  if (!response.ok || !body || body.errors?.length || !body.data) {
    const reasons = body?.errors?.map((error) => `${error.extensions?.code ?? "ERROR"}: ${error.message}`).join("; ") ?? "no GraphQL body";
    throw new Error(`Sync request failed with HTTP ${response.status}: ${reasons}`);
  }

  return body.data;
}

/**
 * Moves the high-water mark to the latest stamp read, never backward, and remembers the rows
 * inside the overlap window below it. Only server stamps are compared, so the clock of the
 * machine running the client does not matter.
 */
function nextState(previous: SyncState, stamps: Array<{ key: string; stamp: string }>, overlapMs: number): SyncState {
  let mark = previous.highWaterMark === null ? Number.NEGATIVE_INFINITY : Date.parse(previous.highWaterMark);
  for (const { stamp } of stamps) {
    mark = Math.max(mark, Date.parse(stamp));
  }
  if (!Number.isFinite(mark)) {
    return { highWaterMark: null, recentlyWritten: [] };
  }

  const windowStart = mark - overlapMs;
  const recent = new Set(previous.recentlyWritten.filter((key) => Date.parse(key.split("@")[1] ?? "") >= windowStart));
  for (const { key, stamp } of stamps) {
    if (Date.parse(stamp) >= windowStart) {
      recent.add(key);
    }
  }

  return { highWaterMark: new Date(mark).toISOString(), recentlyWritten: [...recent] };
}

async function readState(stateFile: string): Promise<SyncState> {
  try {
    return JSON.parse(await readFile(stateFile, "utf8")) as SyncState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return { highWaterMark: null, recentlyWritten: [] };
    }
    throw error;
  }
}

/** Writes the state to a temporary file first, so an interrupted write never leaves half a state file. */
async function writeState(stateFile: string, state: SyncState): Promise<void> {
  await mkdir(dirname(stateFile), { recursive: true });
  const temporary = `${stateFile}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temporary, stateFile);
}
