import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { quizKeyHandler } from '@/features/quiz/quiz-keys';

/** A quiz-like area: an option, a text field, a button, a dialog, and a spot outside the quiz. */
function setup() {
  const actions = { optionCount: 4, choose: vi.fn(), enter: vi.fn(), next: vi.fn(), flag: vi.fn() };
  render(
    <div>
      <div data-testid="quiz" tabIndex={-1} onKeyDown={quizKeyHandler(actions)}>
        <input type="radio" aria-label="Option A" />
        <input type="text" aria-label="Notes" />
        <input type="number" aria-label="Length" />
        <button type="button">Next</button>
        <dialog open aria-label="Confirm">
          <button type="button">Cancel</button>
        </dialog>
      </div>
      <input type="text" aria-label="Outside" />
    </div>,
  );
  return { actions, user: userEvent.setup() };
}

describe('quiz keyboard shortcuts', () => {
  it('choose with 1-5 and A-E, submit with Enter, go on with N and flag with F while focus is in the quiz', async () => {
    const { actions, user } = setup();
    screen.getByTestId('quiz').focus();
    await user.keyboard('3');
    await user.keyboard('B');
    await user.keyboard('e');
    await user.keyboard('{Enter}nf');
    expect(actions.choose.mock.calls).toEqual([[2], [1]]);
    expect(actions.enter).toHaveBeenCalledTimes(1);
    expect(actions.next).toHaveBeenCalledTimes(1);
    expect(actions.flag).toHaveBeenCalledTimes(1);
  });

  it('still choose while an option has focus', async () => {
    const { actions, user } = setup();
    screen.getByRole('radio', { name: 'Option A' }).focus();
    await user.keyboard('2{Enter}');
    expect(actions.choose).toHaveBeenCalledWith(1);
    expect(actions.enter).toHaveBeenCalledTimes(1);
  });

  it('never fire while typing in a field, with a modifier key, inside a dialog, or outside the quiz', async () => {
    const { actions, user } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), '12abnf{Enter}');
    await user.type(screen.getByRole('spinbutton', { name: 'Length' }), '3{Enter}');
    screen.getByTestId('quiz').focus();
    await user.keyboard('{Control>}1{/Control}{Meta>}2{/Meta}{Alt>}a{/Alt}{Shift>}N{/Shift}{Control>}{Enter}{/Control}');
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('1nf{Enter}');
    await user.type(screen.getByRole('textbox', { name: 'Outside' }), '1n');
    expect(actions.choose).not.toHaveBeenCalled();
    expect(actions.next).not.toHaveBeenCalled();
    expect(actions.flag).not.toHaveBeenCalled();
    expect(actions.enter).not.toHaveBeenCalled();
  });

  it('leave Enter on a focused button to the button', async () => {
    const { actions, user } = setup();
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
    expect(actions.enter).not.toHaveBeenCalled();
  });
});
