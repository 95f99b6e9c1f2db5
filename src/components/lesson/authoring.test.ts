import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { decodeHash } from '../../state/url/urlState';
import { readLessonFile } from '../../state/lesson/spec';
import { fileOf, lessonHash, validSpec, viewOf } from './authoring';
import { NO_CLASSROOM, withClassroom } from './EmbedClassroom';
import { draftOf } from '../../state/url/urlState';

const form = {
  title: 'T',
  text: '',
  question: 'Q?',
  choices: ['a', 'b'],
  answer: 1,
  explanation: '',
  reveal: '',
  play: false,
};

describe('lesson author', () => {
  it('saves the view without the open lesson, and the link re-opens view and lesson', () => {
    const store = createAppStore({
      hash: '#/train?v=1&tlr=0.05&ls=momentum&origins=https://a.edu',
    });
    const view = viewOf(store.getState());
    expect(view).toContain('tlr=0.05');
    expect(view).not.toContain('ls=');
    const spec = validSpec(form)!;
    const d = decodeHash(lessonHash(view, ['lr', 'tabs'], spec));
    expect(d.ignored).toEqual([]);
    expect(d.draft.train.optimizer.lr).toBe(0.05);
    // The link carries no allow-list: a lesson link is not an embedding.
    expect(d.draft.lesson).toEqual({
      hide: ['tabs', 'lr'],
      origins: [],
      lesson: { kind: 'custom', spec },
    });
    const file = readLessonFile(fileOf(view, ['lr'], spec));
    expect(file.ok && file.value.view).toMatch(/hide=lr/);
    expect(file.ok && file.value.lesson).toEqual(spec);
  });

  it('refuses an incomplete form', () => {
    expect(validSpec({ ...form, question: ' ' })).toBeNull();
    expect(validSpec({ ...form, choices: ['a', ''] })).toBeNull();
    expect(validSpec({ ...form, answer: 2 })).toBeNull();
  });

  it('the Embed dialog writes hide and only valid origins', () => {
    const d = draftOf(createAppStore({}).getState());
    expect(withClassroom(d, NO_CLASSROOM).lesson).toEqual({ hide: [], origins: [], lesson: null });
    const c = withClassroom(d, { hide: ['lr'], origins: 'https://a.edu/, https://a.edu  nope *' });
    expect(c.lesson).toEqual({ hide: ['lr'], origins: ['https://a.edu'], lesson: null });
  });
});
