// The lessons collection, declared where Astro looks for it — as every team's project does.
export { collections } from './collection/index.ts';
