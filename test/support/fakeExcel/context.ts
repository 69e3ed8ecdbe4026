/**
 * The request context of the fake Excel: queued operations run only at `sync()`, which is counted,
 * and loaded properties become readable only after the sync that loaded them — as in Office.js.
 * A test may act as another user before any sync (`beforeSync`).
 */
import { fakeError } from "./model";
import type { FakeWorkbookState } from "./model";

export type Op = () => void;

/** The message Office.js gives when a property is read before load + sync. */
export const notLoaded = (prop: string): Error =>
  fakeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export class FakeContext {
  readonly state: FakeWorkbookState;
  private queue: Op[] = [];
  private pendingBytes = 0;
  /** Number of completed or attempted syncs. */
  syncCount = 0;
  /** Bytes of written payload (JSON) per sync, to check chunking below the 5 MB request limit. */
  readonly requestBytes: number[] = [];
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

  enqueue(op: Op, bytes = 0): void {
    this.queue.push(op);
    this.pendingBytes += bytes;
  }

  /** Is anything queued (Excel.run flushes only then)? */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  suspendCalculation(): void {
    this.suspendPending = true;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    this.requestBytes.push(this.pendingBytes);
    if (this.suspendPending) this.suspendedSyncs.push(this.syncCount);
    this.pendingBytes = 0;
    this.suspendPending = false;
    this.beforeSync?.(this.syncCount);
    const ops = this.queue;
    this.queue = [];
    this.memo.clear();
    // Like Excel, an operation that fails stops the rest of the batch; earlier ones stay done.
    for (const op of ops) op();
    await Promise.resolve();
  }
}

/** Parse a load argument ("values, address", ["items/name"]) into property paths. */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined) return [];
  const list = Array.isArray(arg) ? arg : String(arg).split(",");
  return list.map((s) => String(s).trim()).filter((s) => s !== "");
}
