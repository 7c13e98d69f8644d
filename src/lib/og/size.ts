/** Open Graph preview size (the 1.91:1 card most forums and chat apps show). */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
