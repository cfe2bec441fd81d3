// Nothing broken ships: the build writes beside the output folder, and only a finished
// build takes its place (src/integration/output.ts), on real folders.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stagingFor, swapInto } from '../../src/integration/output.ts';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'lessonbook-output-'));

describe('the build output', () => {
  it('is written to <out>.next, cleared of what a failed build left there', () => {
    const root = folder();
    const out = path.join(root, 'dist');
    mkdirSync(`${out}.next`);
    writeFileSync(path.join(`${out}.next`, 'half.html'), 'left by a failed build');
    const staging = stagingFor(pathToFileURL(`${out}/`));
    expect(staging.href).toBe(pathToFileURL(`${out}.next/`).href);
    expect(existsSync(`${out}.next`)).toBe(false);
  });

  it('takes the place of the previous output whole, keeping none of its pages', () => {
    const root = folder();
    const out = path.join(root, 'dist');
    mkdirSync(out);
    writeFileSync(path.join(out, 'deleted-lesson.html'), 'old');
    mkdirSync(`${out}.next`);
    writeFileSync(path.join(`${out}.next`, 'index.html'), 'new');
    swapInto(`${out}.next`, pathToFileURL(`${out}/`));
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(path.join(out, 'deleted-lesson.html'))).toBe(false);
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(existsSync(`${out}.old`)).toBe(false);
  });
});
