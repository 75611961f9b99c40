/**
 * The first of the app's start-up steps (see boot.ts): React and React DOM, whose
 * evaluation is the largest single piece of start-up work, run in a task of their
 * own, so the browser can paint and take input before the app's modules follow.
 */
import 'react';
import 'react-dom/client';
