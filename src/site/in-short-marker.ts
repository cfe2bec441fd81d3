/** Where the in-short route leaves room for the lessons' short versions (filled by src/write/in-short.ts). */
export const IN_SHORT = '<!--lessonbook:in-short-->';
