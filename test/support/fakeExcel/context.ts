/**
 * The request context of the fake Excel: queued operations run only at `sync()`, which is counted,
 * and loaded properties become readable only after the sync that loaded them — as in Office.js.
 * A test may act as another user before any sync (`beforeSync`).
 */
import { fakeError } from "./model";
import type { FakeWorkbookState } from "./model";

export type Op = () => void;

/** Excel on the web refuses a request or a response above 5 MB, and a read above 5,000,000 cells. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_LIMIT = 5_000_000;

/** Office's own errors above its limits (code and message as Office.js gives them). */
export const requestTooLarge = (): Error =>
  fakeError(
    "RequestPayloadSizeLimitExceeded",
    'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  );
export const responseTooLarge = (): Error =>
  fakeError(
    "ResponsePayloadSizeLimitExceeded",
    'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
  );
export const tooManyCells = (): Error =>
  fakeError(
    "RangeExceedsLimit",
    "The cell count in the range has exceeded the maximum supported number. See https://aka.ms/excellimits for more information.",
  );

/** The message Office.js gives when a property is read before load + sync. */
export const notLoaded = (prop: string): Error =>
  fakeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/**
 * Office sends a batch as JSON: every object the batch names is an object path
 * (`{"12":{"Id":12,"ObjectPathType":4,"Name":"getCell","ParentObjectPathId":11,"ArgumentInfo":{"Arguments":[3,0]}}}`)
 * and every method call, property write or load is an action
 * (`{"Id":13,"ActionType":2,"Name":"values","ObjectPathId":12,"ArgumentInfo":{"Arguments":[[…]]}}`). The fake
 * counts each as that JSON with its arguments, and each loaded object in the response as
 * `{"ActionId":13,"Value":{"values":[[…]]}}` with every property's name and value.
 */
export const OBJECT_PATH_BYTES = JSON.stringify({
  "1234": { Id: 1234, ObjectPathType: 4, Name: "getItem", ParentObjectPathId: 1233, ArgumentInfo: { Arguments: [] } },
}).length;
export const ACTION_BYTES = JSON.stringify({
  Id: 1235,
  ActionType: 2,
  Name: "values",
  ObjectPathId: 1234,
  ArgumentInfo: { Arguments: [] },
}).length;
export const RESULT_BYTES = JSON.stringify({ ActionId: 1235, Value: {} }).length;

export class FakeContext {
  readonly state: FakeWorkbookState;
  private queue: Op[] = [];
  private pendingBytes = 0;
  /** Number of completed or attempted syncs. */
  syncCount = 0;
  /**
   * Bytes of each sync's request as the JSON Office sends: object paths, actions (loads included)
   * and their arguments (written values included).
   */
  readonly requestBytes: number[] = [];
  /** Bytes of the response per sync: every loaded property as the JSON Office sends back. */
  readonly responseBytes: number[] = [];
  private responsePending = 0;
  /** Syncs (1-based) Excel refused for a payload or cell limit. */
  readonly refused: number[] = [];
  /** Largest number of cells any one load of this run asked for. */
  maxCellsRead = 0;
  /** How often calculation was suspended until the next sync, per sync. */
  readonly suspendedSyncs: number[] = [];
  private suspendPending = false;
  /** Called with the sync number before that sync's queued operations run. */
  beforeSync?: (syncNumber: number) => void;
  /** Memo of expensive lookups (find) within one sync. */
  readonly memo = new Map<unknown, unknown>();

  constructor(state: FakeWorkbookState) {
    this.state = state;
  }

  /** Queue one action (a method call, property write or load) whose arguments take `bytes` as JSON. */
  enqueue(op: Op, bytes = 0): void {
    this.queue.push(op);
    this.pendingBytes += ACTION_BYTES + bytes;
  }

  /** An object the batch names (`getItem("Maal")`, `getCell(3, 0)` …): one object path in the request. */
  notePath(args: readonly unknown[] = []): void {
    this.pendingBytes += OBJECT_PATH_BYTES + (args.length === 0 ? 0 : JSON.stringify(args).length - 2);
  }

  /** Is anything queued (Excel.run flushes only then)? */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  suspendCalculation(): void {
    this.suspendPending = true;
  }

  /** One load's result in the response (`{"ActionId":…,"Value":{…}}`), before its properties. */
  noteResult(): void {
    this.responsePending += RESULT_BYTES;
  }

  /** A loaded property goes into this sync's response: `"name":value,` as JSON, like Office's. */
  noteResponse(value: unknown, name = ""): void {
    this.responsePending += name.length + 3;
    if (Array.isArray(value) && Array.isArray(value[0])) {
      const cells = value.length * (value[0] as unknown[]).length;
      this.maxCellsRead = Math.max(this.maxCellsRead, cells);
      if (cells > CELL_LIMIT) throw tooManyCells();
    }
    // Proxies (items of a collection) are counted by the properties loaded on them.
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return;
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === "object" && !Array.isArray(value[0])) return;
    this.responsePending += JSON.stringify(value ?? null).length + 1;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const request = this.pendingBytes;
    this.requestBytes.push(request);
    if (this.suspendPending) this.suspendedSyncs.push(this.syncCount);
    this.pendingBytes = 0;
    this.suspendPending = false;
    this.beforeSync?.(this.syncCount);
    const ops = this.queue;
    this.queue = [];
    this.memo.clear();
    this.responsePending = 0;
    if (request > PAYLOAD_LIMIT_BYTES) {
      this.responseBytes.push(0);
      this.refused.push(this.syncCount);
      throw requestTooLarge();
    }
    // Like Excel, an operation that fails stops the rest of the batch; earlier ones stay done.
    try {
      for (const op of ops) op();
    } catch (e) {
      if ((e as { code?: string }).code === "RangeExceedsLimit") this.refused.push(this.syncCount);
      throw e;
    } finally {
      this.responseBytes.push(this.responsePending);
    }
    if (this.responsePending > PAYLOAD_LIMIT_BYTES) {
      this.refused.push(this.syncCount);
      throw responseTooLarge();
    }
    await Promise.resolve();
  }
}

/** Parse a load argument ("values, address", ["items/name"]) into property paths. */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined) return [];
  const list = Array.isArray(arg) ? arg : String(arg).split(",");
  return list.map((s) => String(s).trim()).filter((s) => s !== "");
}
