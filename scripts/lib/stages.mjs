// Runs build stages side by side where they do not depend on each other, with tidy output:
// a stage's output is held back while it runs, then shown in the order the stages were
// listed, so two stages never interleave their lines; a stage marked `live` streams as it
// runs once every stage before it has been shown. When stages fail, the one listed first
// is the one reported (a bad lesson gets the checker's list, not Astro's first complaint),
// and the stages after it are stopped.
import { spawn } from 'node:child_process';
import { root, toolEnv } from './run.mjs';

/**
 * @typedef {{ label: string, command: string, args: string[], env?: Record<string, string>, live?: boolean }} Stage
 */

/**
 * Runs `stages` at once; resolves to the label of the failed stage, or undefined.
 * @param {Stage[]} stages
 * @returns {Promise<string | undefined>}
 */
export function runSideBySide(stages) {
  const colour = process.stdout.isTTY ? { FORCE_COLOR: '1' } : {};
  let shown = 0; // stages before this index have had all their output shown
  const running = stages.map((stage) => {
    const child = spawn(stage.command, stage.args, {
      cwd: root,
      env: toolEnv({ ...colour, ...stage.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const state = {
      stage,
      child,
      /** @type {[NodeJS.WriteStream, Buffer][]} */
      held: [],
      /** @type {number | undefined} exit status, once finished */
      status: undefined,
    };
    for (const [from, to] of /** @type {const} */ ([[child.stdout, process.stdout], [child.stderr, process.stderr]])) {
      from.on('data', (chunk) => {
        if (stage.live && running[shown] === state) to.write(chunk);
        else state.held.push([to, chunk]);
      });
    }
    return state;
  });

  /** Shows held output in order, up to the first stage still running (or `last`). */
  const show = (last = running.length - 1) => {
    while (shown <= last) {
      const current = running[shown];
      for (const [to, chunk] of current.held.splice(0)) to.write(chunk);
      if (current.status === undefined) return;
      shown++;
    }
  };

  return new Promise((resolve) => {
    let settled = false;
    const settle = () => {
      if (settled) return;
      for (const [i, state] of running.entries()) {
        if (state.status === undefined) break; // an earlier stage may yet fail: wait for it
        if (state.status !== 0) {
          settled = true; // the stages after it were stopped when it finished
          show(i);
          resolve(state.stage.label);
          return;
        }
      }
      show();
      if (running.every((s) => s.status === 0)) {
        settled = true;
        resolve(undefined);
      }
    };
    for (const [i, state] of running.entries()) {
      const finish = (/** @type {number} */ status) => {
        if (state.status !== undefined) return;
        state.status = status;
        // A failure makes every later stage's work pointless.
        if (status !== 0) for (const later of running.slice(i + 1)) if (later.status === undefined) later.child.kill();
        settle();
      };
      state.child.on('error', (error) => {
        state.held.push([process.stderr, Buffer.from(`could not start ${state.stage.command}: ${error.message}\n`)]);
        finish(1);
      });
      state.child.on('close', (code) => finish(code ?? 1));
    }
  });
}
