/**
 * SPR.S22POSTS: whole seconded posts per force (for example a force's part of a ROCU uplift, SPR paragraph 77),
 * summing exactly to the posts to place: largest remainder over the weights, minimums honoured first. This is
 * SPR.ALLOCATE in whole posts; it lives here under the Section 22 name with its arguments in the table's order.
 */
import { allocate } from "../allocate";
import { valueError } from "../errors";

export function s22Posts(weights: number[], posts: number, minimums?: number[]): number[] {
  if (!Number.isInteger(posts) || posts < 0) throw valueError("posts", `expected a whole number ≥ 0, got ${posts}`);
  return allocate(posts, weights, 1, minimums);
}
