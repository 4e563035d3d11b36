// How a risk is rated, in one place: score = probability × impact (1–25 on a 5 × 5 matrix), read as
// low up to 6, medium up to 12, high from 15 (a rare but severe risk, 1 × 5, stays low).
export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";

export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

export function riskLevel(score: number): RiskLevel {
  if (score >= 15) return "HIGH";
  if (score >= 8) return "MEDIUM";
  return "LOW";
}
