import { runContractSuite } from "../contract/suite";
import { officeHarness, seedFake } from "./harness";

runContractSuite("Office.js (fake Excel)", async (seed = {}) => officeHarness(seedFake(seed)));
