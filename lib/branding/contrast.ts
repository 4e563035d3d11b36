// WCAG 2.x contrast for the city's primary colour. The colour fills the public header and buttons
// under white text and colours links and headings on white, so white text on it must reach AA
// (4.5:1); the ratio is symmetric, so that also covers the colour as text on white. The dark text
// colour is measured too, so the refusal can say whether the colour would carry dark text instead
// (it would still fail as a link colour on white). Pure functions: the browser's form check and
// the server's schema share them.

/** WCAG 2.x level AA for normal text. */
export const AA_RATIO = 4.5;
export const WHITE = "#ffffff";
/** The site's body text colour (Tailwind slate-900). */
export const DARK_TEXT = "#0f172a";

export const HEX_COLOR = /^#[0-9a-f]{6}$/;

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  if (!HEX_COLOR.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

const toHex = (c: Rgb) => `#${c.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0")).join("")}`;

/** Relative luminance (WCAG 2.x, sRGB). */
export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** A ratio as people read it: rounded down to two decimals, so 4.499 never shows as "4.5". */
export const shownRatio = (ratio: number) => Math.floor(ratio * 100) / 100;

/** `hex` mixed with `other`: weight 0 is `hex`, 1 is `other`. */
export function mix(hex: string, other: string, weight: number): string {
  const a = rgb(hex);
  const b = rgb(other);
  return toHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * weight) as Rgb);
}

/** The same hue darkened (mixed with black) in small steps until `against` reaches `min` on it. */
export function darkenUntil(hex: string, against: string, min = AA_RATIO): string {
  for (let w = 0; w <= 1; w += 0.02) {
    const candidate = mix(hex, "#000000", w);
    if (contrastRatio(candidate, against) >= min) return candidate;
  }
  return "#000000";
}

export type ContrastCheck = {
  /** Whether the colour may be the primary colour (white text on it reaches AA). */
  ok: boolean;
  /** White text on the colour. */
  white: number;
  /** The dark text colour on the colour. */
  dark: number;
  /** When refused: the same hue darkened until white text on it reaches AA. */
  suggestion: string | null;
};

/** Checks a #rrggbb primary colour (lower-case) for WCAG AA with white text. */
export function checkPrimaryColor(hex: string): ContrastCheck {
  const white = contrastRatio(hex, WHITE);
  const dark = contrastRatio(hex, DARK_TEXT);
  const ok = white >= AA_RATIO;
  return { ok, white, dark, suggestion: ok ? null : darkenUntil(hex, WHITE) };
}

/**
 * The brand palette (Tailwind theme variables `--color-brand-*`) from an accepted primary colour:
 * the light tints for backgrounds, and the dark roles (links, headings, the header, buttons) the
 * colour itself, darkened where needed so that it keeps AA on the tints too.
 */
export function brandPalette(primary: string): Record<`--color-brand-${50 | 100 | 600 | 700 | 800 | 900}`, string> {
  const tint50 = mix(primary, WHITE, 0.94);
  const tint100 = mix(primary, WHITE, 0.84);
  const base = darkenUntil(primary, tint100);
  return {
    "--color-brand-50": tint50,
    "--color-brand-100": tint100,
    "--color-brand-600": base,
    "--color-brand-700": base,
    "--color-brand-800": mix(base, "#000000", 0.15),
    "--color-brand-900": base,
  };
}
