/** Where the one-page handbook's route leaves room for the lessons (filled by src/write/print-page.ts). */
export const PRINT_BOOK = '<!--lessonbook:print-book-->';
