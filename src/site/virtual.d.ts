/** The handbook as the integration hands it to the pages (src/integration/vite-plugin.ts). */
declare module 'virtual:lessonbook/handbook' {
  const handbook: import('./handbook-data.ts').HandbookData;
  export default handbook;
  /** The lessons folder, absolute (the dev server's checker reads it). */
  export const lessonsDir: string;
  /** Where a build keeps the lessons' rendered HTML, absolute (src/collection/rendered.ts). */
  export const renderedDir: string;
  /** The project folder, absolute (the dev server's checker reads its baseline). */
  export const root: string;
}
