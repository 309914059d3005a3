/** When the privacy policy or terms last changed in substance; shown on both pages. */
export const LEGAL_UPDATED = "26 November 2026";
