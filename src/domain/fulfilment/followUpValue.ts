/**
 * The value (0..1) of one follow-up, or null when it does not count.
 */
import type { FollowUp, Goal, ScaleStep } from "../types";
import { progressValue } from "./progress";
import { scaleLookup, type ScaleLookup } from "./scale";

/**
 * The value of a follow-up (målopfyldelse), in three steps:
 * 1. `Vurdering` is a label of the scale (trimmed, case-insensitive): the label's value; a label
 *    without a value (such as "Ikke vurderet") makes the follow-up not count;
 * 2. else, with `Vurdering` empty, a numeric `Måling` and a goal with numeric `Udgangspunkt` ≠
 *    `Målværdi`: the progress (Måling − Udgangspunkt) / (Målværdi − Udgangspunkt), clamped to 0..1;
 * 3. else the follow-up does not count (null). An unknown label never counts.
 *
 * `scale` is a lookup from `scaleLookup` (fast, for loops) or the scale steps themselves.
 * @example
 * followUpValue({ assessment: "Delvist opnået", measurement: null }, goal, DEFAULT_SCALE) // 0.5
 * followUpValue({ assessment: "", measurement: 3 }, { baseline: 1, target: 5 }, DEFAULT_SCALE) // 0.5
 * followUpValue({ assessment: "Ikke vurderet", measurement: 3 }, { baseline: 1, target: 5 }, DEFAULT_SCALE) // null
 */
export function followUpValue(
  followUp: Pick<FollowUp, "assessment" | "measurement">,
  goal: Pick<Goal, "baseline" | "target">,
  scale: ScaleLookup | readonly ScaleStep[],
): number | null {
  const find = typeof scale === "function" ? scale : scaleLookup(scale);
  const label = followUp.assessment ?? "";
  const step = label === "" ? undefined : find(label);
  if (step !== undefined) return typeof step.value === "number" && Number.isFinite(step.value) ? step.value : null;
  if (label.trim() !== "") return null;
  return progressValue(followUp.measurement, goal.baseline, goal.target);
}
