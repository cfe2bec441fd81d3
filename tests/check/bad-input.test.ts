/**
 * Every bad input an author can make gets one exact to-do line: file, line, field, what was
 * expected and the fix. Each fixture in tests/fixtures/check/bad/ is a real lesson file
 * holding one mistake; the folder is checked as a whole, as `npm run check` checks lessons/.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem, type CheckResult } from '../../src/check/index.ts';
import { formatIssue } from '../../src/load/issues.ts';
import { readSettings } from '../../src/load/settings.ts';

const dir = path.resolve('tests/fixtures/check/bad');
let result: CheckResult;
beforeAll(() => {
  result = checkHandbook(dir, { displayPath: (file) => `lessons/${path.basename(file)}` });
});

/** The to-do lines the check prints for one file. */
const linesFor = (file: string) => result.problems.filter((p) => p.file === `lessons/${file}`).map(formatProblem);

describe('a lesson with a mistake gets one precise line', () => {
  it('a missing title names the field and what to write', () => {
    expect(linesFor('missing-title.mdx')).toEqual([
      'lessons/missing-title.mdx:1: title: every lesson needs a title: add `title:` to the frontmatter, such as `title: Working with engineering`, or start the text with a `# Title` line',
    ]);
  });

  it('an empty title points at its line', () => {
    expect(linesFor('empty-title.mdx')).toEqual(['lessons/empty-title.mdx:2: title: the title is empty; write the lesson title']);
  });

  it('a misspelt key gets "did you mean", at the top level and inside the quiz; a field of another tool’s (colour) is no mistake', () => {
    expect(linesFor('unknown-key.mdx')).toEqual([
      'lessons/unknown-key.mdx:2: titel: unknown field `titel`; did you mean `title`?',
      'lessons/unknown-key.mdx:9: quiz[0].questoin: unknown field `questoin`; did you mean `question`?',
      'lessons/unknown-key.mdx:11: quiz[0].feedback: unknown field `feedback`; `quiz[0]` takes `id`, `question`, `type`, `answer`',
    ]);
  });

  it('an unknown section kind lists the kinds there are', () => {
    expect(linesFor('unknown-section-kind.mdx')).toEqual([
      'lessons/unknown-section-kind.mdx:11: <Section kind>: unknown kind "faq"; use one of short-version, why-it-matters, how-to, common-mistakes, in-a-startup, in-an-enterprise, quick-check, custom (custom is a section of your own)',
    ]);
  });

  it('a quiz answer that is not an option names the options', () => {
    expect(linesFor('quiz-answer-not-an-option.mdx')).toEqual([
      'lessons/quiz-answer-not-an-option.mdx:12: quiz[0].answer: "c" is not one of the options (a, b); use one of them',
    ]);
  });

  it('a choice question with no correct option says how to mark one', () => {
    expect(linesFor('no-correct-option.mdx')).toEqual([
      'lessons/no-correct-option.mdx:12: quiz[0].answer: no option is marked correct; list the ids of the correct options, such as `answer: [a, c]`',
      'lessons/no-correct-option.mdx:14: quiz[1].answer: no option is marked correct; add `answer:` with the id of the correct option, such as `answer: b`',
    ]);
  });

  it('a choice question with the same option twice points at the repeat', () => {
    expect(linesFor('duplicate-options.mdx')).toEqual([
      'lessons/duplicate-options.mdx:12: quiz[0].options[2].id: option id "a" is used twice; give each option its own id',
      'lessons/duplicate-options.mdx:12: quiz[0].options[2].text: option "This one" appears twice; remove or reword one',
    ]);
  });

  it('two lessons with one slug, and a former slug that is another lesson’s slug', () => {
    expect(linesFor('same-slug-one.mdx')).toEqual([]);
    expect(linesFor('same-slug-two.mdx')).toEqual([
      'lessons/same-slug-two.mdx:5: slug: "shared-slug" is already the slug of lessons/same-slug-one.mdx, so both would be /lessons/shared-slug/; give one of them its own `slug:`',
      'lessons/same-slug-two.mdx:6: formerSlugs[0]: "good-lesson" is the slug of lessons/good-lesson.mdx; an old URL can lead to only one lesson, so remove it here',
    ]);
  });

  it('two sections given one id name both lines', () => {
    expect(linesFor('duplicate-section-id.mdx')).toEqual([
      'lessons/duplicate-section-id.mdx:15: section "Notes": id "notes" is already used by the section on line 11; give one of them its own id with {#its-id} at the end of its heading',
    ]);
  });

  it('links to missing lessons, sections and section pages — Markdown, relative and MDX, a stray % included — but not to former slugs, former ids or the anchor GitHub gives a heading', () => {
    expect(linesFor('broken-links.mdx')).toEqual([
      'lessons/broken-links.mdx:13: link "/lessons/no-such-lesson/": there is no lesson "no-such-lesson"; link to the slug of an existing lesson (its file name, or its `slug:`)',
      'lessons/broken-links.mdx:13: link "/lessons/good-leson/": there is no lesson "good-leson"; did you mean /lessons/good-lesson/?',
      'lessons/broken-links.mdx:15: link "/lessons/good-lesson/#common-mistake": the lesson "good-lesson" has no section "#common-mistake"; did you mean #common-mistakes?',
      'lessons/broken-links.mdx:15: link "../good-lesson/#nowhere": the lesson "good-lesson" (good-lesson.mdx) has no section "#nowhere"; its sections are #short-version, #common-mistakes, #quick-check',
      'lessons/broken-links.mdx:17: link "/lessons/good-lesson/#faq": the lesson "good-lesson" has no section "#faq"; its sections are #short-version, #common-mistakes, #quick-check',
      'lessons/broken-links.mdx:17: link "#not-here": this lesson has no section "#not-here"; its sections are #short-version, #links-that-go-nowhere',
      'lessons/broken-links.mdx:19: link "/lessons/good-lesson/pitfall/": the lesson "good-lesson" has no section "pitfall"; did you mean /lessons/good-lesson/pitfalls/?',
      'lessons/broken-links.mdx:21: link "/lessons/100%-guide/": there is no lesson "100%-guide"; link to the slug of an existing lesson (its file name, or its `slug:`)',
    ]);
  });

  it('broken YAML names the line and the likely fix', () => {
    expect(linesFor('broken-yaml.mdx')).toEqual([
      'lessons/broken-yaml.mdx:7: frontmatter: the YAML is broken here: indent this line like the other fields at its level (with spaces), and put a value that contains ": " in quotes',
    ]);
  });

  it('a file that is not UTF-8 names the line and the byte', () => {
    expect(linesFor('not-utf8.mdx')).toEqual([
      'lessons/not-utf8.mdx:9: encoding: the file is not UTF-8: byte 0xE9 ("é" in Latin-1) at column 4; save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")',
    ]);
  });

  it('an empty file is a page titled from its name, with a warning (not an error: GitHub shows it too)', () => {
    expect(linesFor('empty.mdx')).toEqual([
      'lessons/empty.mdx:1: warning: file: the file is empty, so its page has only the title "Empty", from the file\'s name; write the lesson, or delete the file',
    ]);
    expect(result.model.lessons.find((l) => l.path === 'empty.mdx')?.title).toBe('Empty');
  });

  it('frontmatter that is opened and never closed', () => {
    expect(linesFor('unclosed-frontmatter.mdx')).toEqual([
      'lessons/unclosed-frontmatter.mdx:1: frontmatter: the frontmatter is never closed; end it with a line holding only `---`',
    ]);
  });

  it('MDX that does not parse, at its line, without a stack trace', () => {
    expect(linesFor('mdx-syntax-error.mdx')).toEqual([
      'lessons/mdx-syntax-error.mdx:13: body: MDX cannot read this: Expected a closing tag for `<div>`; in MDX, "<" and "{" start code: close the tag or brace, or write \\< or \\{ for the character itself — or save the lesson as .md, where they are just text',
    ]);
  });

  it('MDX that parses but could not render: braces in prose naming nothing, a component nobody imported', () => {
    expect(linesFor('mdx-braces.mdx')).toEqual([
      'lessons/mdx-braces.mdx:9: body: {braces} is JavaScript in MDX, and `braces` is not defined, so the page cannot render; for the characters themselves write \\{braces\\}, or save the lesson as .md, where braces are just text',
      "lessons/mdx-braces.mdx:13: body: <Callout> is a component, and nothing defines `Callout`: import it at the top of the lesson (import Callout from '…'), or write \\<Callout> for the text itself",
    ]);
  });

  it('an import of a file that is not there, or of a package nobody installed, at its line', () => {
    expect(linesFor('mdx-imports.mdx')).toEqual([
      "lessons/mdx-imports.mdx:6: import \"./components/Note.astro\": there is no file ./components/Note.astro beside this lesson; correct the path (it is relative to the lesson's own folder), or add the file",
      'lessons/mdx-imports.mdx:7: import "lessonbook-chart-widgets/Bar.astro": the package lessonbook-chart-widgets is not installed; run npm install lessonbook-chart-widgets, or correct the name',
    ]);
  });

  it('links written for GitHub, to a lesson file or an image that is not there, or a heading it does not have', () => {
    expect(linesFor('plain-notes.md').filter((l) => !l.includes('warning'))).toEqual([
      'lessons/plain-notes.md:3: link "missing-lesson.md": there is no lesson file missing-lesson.md in the lessons folder; put the file there, or correct the path',
      'lessons/plain-notes.md:3: link "good-lesson.mdx#no-such-heading": good-lesson.mdx has no heading "#no-such-heading"; its sections are #short-version, #common-mistakes, #quick-check',
      'lessons/plain-notes.md:9: link "offsite-whiteboard.png": there is no file offsite-whiteboard.png in the lessons folder; put the file there, or correct the path',
      'lessons/plain-notes.md:11: image "offsite-photo.jpg": there is no file offsite-photo.jpg in the lessons folder; put the file there, or correct the path',
      'lessons/plain-notes.md:13: image "handbook.json": handbook.json is not a picture (png, jpg, jpeg, gif, webp, avif, svg, tiff); to offer the file, link to it: [text](handbook.json)',
    ]);
  });

  it('a lesson with nothing wrong has no line at all', () => {
    expect(linesFor('good-lesson.mdx')).toEqual([]);
  });
});

describe('a lesson file the build would leave out', () => {
  it('saved as .MD, as some editors do, says to rename it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-upper-'));
    writeFileSync(path.join(dir, 'meeting-notes.MD'), '# Meeting notes\n\n## The short version\n\nSaved with an upper-case extension.\n');
    const lines = checkHandbook(dir, { displayPath: (file) => `lessons/${path.basename(file)}` }).problems.map(formatProblem);
    expect(lines).toEqual(['lessons/meeting-notes.MD:1: file: the build reads lessons named .md or .mdx, in lower case; rename the file to meeting-notes.md']);
  });
});

describe('warnings: printed with file and line, and they do not fail the check', () => {
  it('no short version, an empty section, a choice question without an explanation', () => {
    expect(linesFor('warnings.mdx')).toEqual([
      'lessons/warnings.mdx:6: warning: quiz[0]: this question has no `explanation:`; add one so every reader learns why the answer is right',
      'lessons/warnings.mdx:15: warning: sections: there is no "The short version" section; add `## The short version` with the lesson in one paragraph, first — it is what a busy reader reads',
      'lessons/warnings.mdx:19: warning: section "Common mistakes": this section is empty; write its text, or remove the heading',
    ]);
    expect(result.problems.filter((p) => p.file === 'lessons/warnings.mdx').every((p) => p.severity === 'warning')).toBe(true);
  });

  it('a plain Markdown lesson without a tagline (its title comes from its # heading)', () => {
    expect(linesFor('plain-notes.md').filter((l) => l.includes('warning'))).toEqual([
      'lessons/plain-notes.md:1: warning: tagline: there is no `tagline:`; add one line under the title that says what the lesson gives the reader',
    ]);
  });
});

describe('handbook.json, the handbook’s title and intro, is checked like a lesson', () => {
  it('a misspelt setting gets "did you mean", and an empty one says what to write', () => {
    expect(linesFor('handbook.json')).toEqual([
      'lessons/handbook.json:2: titel: not a setting of the handbook; did you mean "title"?',
      'lessons/handbook.json:3: intro: the intro is empty; write a sentence or two for the home page, or remove the setting',
    ]);
  });

  it('broken JSON points at its line and says how JSON is written', () => {
    const { issues } = readSettings(path.resolve('tests/fixtures/check/handbook-broken.json'));
    expect(issues).toHaveLength(1);
    expect(formatIssue('lessons/handbook.json', issues[0]!)).toMatch(
      /^lessons\/handbook\.json:3: JSON: not valid JSON \(.+\); put every name and text in double quotes and a comma between fields, none after the last$/,
    );
  });

  it('a folder without one has the settings’ defaults, and no problem', () => {
    expect(readSettings(path.resolve('tests/fixtures/check/no-such-folder/handbook.json'))).toEqual({ settings: { lessonShape: true, exclude: [] }, issues: [] });
  });
});
