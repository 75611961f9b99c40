import { describe, expect, it, vi } from 'vitest';
import { lazy } from '@/domain/lazy';

describe('lazy', () => {
  it('builds nothing until asked, then builds once and keeps the value', () => {
    const build = vi.fn(() => ({ built: true }));
    const value = lazy(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('keeps a value that is undefined without building it again', () => {
    const build = vi.fn(() => undefined);
    const value = lazy(build);
    value();
    value();
    expect(build).toHaveBeenCalledTimes(1);
  });
});
