// Keypress to frame in the containers pane: each series is `count` presses, each timed from
// the write of its bytes to the end of the first frame that shows its effect.
import { INVERSE, literal } from './terminal.mjs';

const DOWN = 'j';
const PAGE_DOWN = '\u001b[6~';
const PAGE_UP = '\u001b[5~';
const BACKSPACE = '\u007f';
const ESCAPE = '\u001b';

/** The cursor row is drawn in inverse video; its first cell is the container's name. */
const CURSOR = `^${INVERSE}  (\\S+)`;
/** The filter prompt, with its inverse-video caret and the rows it lets through. */
const prompt = (typed) => `^/${literal(typed)}${INVERSE} +\\d+ of \\d+`;
const pane = (key, title, header) => [
  `${INVERSE} ${key} ${title} `,
  `^  ${header} `,
];

async function series(count, pressOne) {
  const times = [];
  for (let i = 0; i < count; i += 1) times.push((await pressOne(i)).ms);

  return times;
}

/** `j` from the top: the cursor row changes on each press, scrolling past the first page. */
export const move = (app, count) =>
  series(count, () => app.press(DOWN, { changed: CURSOR }));

/** PgDn and PgUp in turn: each moves the cursor a page, the window with it. */
export const page = (app, count) =>
  series(count, (i) =>
    app.press(i % 2 ? PAGE_UP : PAGE_DOWN, { changed: CURSOR }),
  );

/**
 * Types a container's name into the filter a letter at a time, then erases it, and so
 * on: the frame that shows the prompt's new text also shows the rows it lets through, as
 * the list is filtered in the same render.
 */
export async function filter(app, count, name) {
  await app.press('/', { all: [prompt('')] });
  let typed = '';
  const times = await series(count, (i) => {
    const isTyping = i % (2 * name.length) < name.length;
    const key = isTyping ? name[typed.length] : BACKSPACE;
    typed = isTyping ? typed + key : typed.slice(0, -1);

    return app.press(key, { all: [prompt(typed)] });
  });
  await app.press(ESCAPE, { all: ['^\\d+ of \\d+ · sort'] });

  return times;
}

/** `2` and `1` in turn: images, then containers again. */
export const panes = (app, count) =>
  series(count, (i) =>
    i % 2
      ? app.press('1', { all: pane('1', 'Containers', 'NAME') })
      : app.press('2', { all: pane('2', 'Images', 'REPOSITORY') }),
  );

/** Every series on one running dockhand; moving and paging need rows to move over. */
export async function measureKeys(app, { containers, count, name }) {
  const hasRows = containers > 0;

  return {
    move: hasRows ? await move(app, count) : null,
    page: hasRows ? await page(app, count) : null,
    filter: await filter(app, count, name),
    panes: await panes(app, count),
  };
}
