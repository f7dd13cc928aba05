/**
 * The mobilisation tier an event needs (SPR paragraphs 123–125) and where its units come from:
 *   tier 1 (local)    demand ≤ local capacity                   all from the force;
 *   tier 2 (regional) demand ≤ local capacity + regional spare  the force's own, then the region (paragraph 127);
 *   tier 3 (national) otherwise                                 the force's own, all the region can spare, the rest
 *                                                               through NPoCC's national mutual aid (paragraph 126).
 * The parts always add up to the demand.
 */
export function mutualAid(demand: number, local: number, regional: number): [number, number, number, number] {
  if (demand <= local) return [1, demand, 0, 0];
  if (demand <= local + regional) return [2, local, demand - local, 0];
  return [3, local, regional, demand - local - regional];
}
