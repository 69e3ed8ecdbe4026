/**
 * The one contract every workbook adapter passes: the same tests run against each adapter's factory.
 */
import { domainContract } from "./domainContract";
import { partialReadContract } from "./partialReadContract";
import type { HarnessFactory } from "./harness";
import { readContract } from "./readContract";
import { sheetContract } from "./sheetContract";
import { templateContract } from "./templateContract";
import { upsertContract } from "./upsertContract";

export function runContractSuite(adapter: string, make: HarnessFactory): void {
  describe(`workbook contract: ${adapter}`, () => {
    readContract(make);
    templateContract(make);
    upsertContract(make);
    sheetContract(make);
    domainContract(make);
    partialReadContract(make);
  });
}
