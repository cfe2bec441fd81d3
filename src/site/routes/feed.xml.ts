/**
 * /feed.xml: an Atom feed of lesson updates, newest first — each lesson with a date (its
 * `updated:`, or its last commit in git). Written by the `feed` library, not by hand.
 */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { handbook, lessons } from '../data.ts';
import { lessonDescription } from '../lessons.ts';
import { absolute, href, urls } from '../urls.ts';

/** How many updates the feed carries. */
const ENTRIES = 50;

export const GET: APIRoute = ({ site }) => {
  const dated = lessons
    .filter((l) => l.updated)
    .sort((a, b) => b.updated!.localeCompare(a.updated!) || a.title.localeCompare(b.title))
    .slice(0, ENTRIES);
  const home = absolute(href(), site);
  const feed = new Feed({
    title: handbook.title,
    description: handbook.intro || `Lessons of ${handbook.title}`,
    id: home,
    link: home,
    language: 'en',
    updated: dated[0] ? new Date(`${dated[0].updated}T00:00:00Z`) : new Date(0),
    feedLinks: { atom: absolute(urls.feed(), site) },
    copyright: handbook.title,
  });
  for (const lesson of dated) {
    const url = absolute(urls.lesson(lesson.slug), site);
    feed.addItem({ title: lesson.title, id: url, link: url, description: lessonDescription(lesson), date: new Date(`${lesson.updated}T00:00:00Z`) });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
