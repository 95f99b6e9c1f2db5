import { describe, expect, it } from 'vitest';
import { editsText, shortcutLabels, undoCommand } from './keys';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>> = {},
) => ({
  key: k,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('undoCommand', () => {
  it('reads Ctrl/⌘+Z as undo and Shift+Ctrl/⌘+Z or Ctrl+Y as redo', () => {
    expect(undoCommand(key('z', { ctrl: true }))).toBe('undo');
    expect(undoCommand(key('z', { meta: true }))).toBe('undo');
    expect(undoCommand(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoCommand(key('Z', { meta: true, shift: true }))).toBe('redo');
    expect(undoCommand(key('y', { ctrl: true }))).toBe('redo');
  });
  it('ignores other keys and combinations', () => {
    expect(undoCommand(key('z'))).toBeNull();
    expect(undoCommand(key('z', { shift: true }))).toBeNull();
    expect(undoCommand(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoCommand(key('y', { meta: true }))).toBeNull(); // ⌘Y is the browser's history
    expect(undoCommand(key('x', { ctrl: true }))).toBeNull();
  });
});

describe('editsText', () => {
  it('leaves text fields to the browser', () => {
    expect(editsText({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(editsText({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(editsText({ tagName: 'INPUT' })).toBe(true);
    expect(editsText({ tagName: 'TEXTAREA' })).toBe(true);
    expect(editsText({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });
  it('takes the shortcut on sliders, buttons and the page', () => {
    expect(editsText({ tagName: 'INPUT', type: 'range' })).toBe(false);
    expect(editsText({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(editsText({ tagName: 'BUTTON' })).toBe(false);
    expect(editsText({ tagName: 'BODY' })).toBe(false);
    expect(editsText(null)).toBe(false);
  });
});

describe('shortcutLabels', () => {
  it('names ⌘ on Apple platforms and Ctrl elsewhere', () => {
    expect(shortcutLabels('MacIntel').undo).toBe('⌘Z');
    expect(shortcutLabels('Linux x86_64')).toEqual({ undo: 'Ctrl+Z', redo: 'Ctrl+Y' });
  });
});
