/**
 * The PNG's size: the Open Graph convention, 1200 × 630. The SVG is drawn at 800 × 420 (the same
 * shape) and scaled up, so text sized like the page's stays readable in a link preview.
 */
export const PNG_SIZE = { width: 1200, height: 630 } as const
