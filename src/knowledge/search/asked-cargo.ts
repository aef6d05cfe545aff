import { ownText, type FactCheck } from './asked-attribute.js';

/**
 * "Freight volume", "cargo tonnage", "container throughput": the amount of goods a route or port moved, which only a
 * fact that states a load (tonnes, TEU, containers) gives. A fact about freight that counts something else (the
 * countries a line reaches, its trains) is a near miss, though it names the freight and is a figure.
 */
const ASKS_CARGO =
  /\b(?:freight|cargo|container|goods|shipping)\s+(?:volumes?|tonnage|throughput|carried|moved|handled)\b|\btonnage\b/i;
const STATES_CARGO = /\d[\d.,]*\s*(?:million\s+|thousand\s+|m\s+|k\s+)?(?:tonnes?|tons?|teus?|containers?|boxes)\b/;

export function cargoCheck(asking: string): FactCheck | undefined {
  return ASKS_CARGO.test(asking) ? (fact) => STATES_CARGO.test(ownText(fact)) : undefined;
}
