/**
 * dnd-kit set-up for sort rounds: which sensors, how a drop target is found,
 * and how the arrow keys move a picked-up card (straight from bucket to bucket,
 * not 25 pixels at a time).
 */
import {
  KeyboardCode,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type TouchSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';

/**
 * PointerSensor for mouse and pen only. Touch gets TouchSensor, whose
 * press-and-hold delay lets a finger scroll the page across the cards.
 */
export class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent: event }: ReactPointerEvent, { onActivation }: PointerSensorOptions): boolean => {
        if (!event.isPrimary || event.button !== 0 || event.pointerType === 'touch') return false;
        onActivation?.({ event });
        return true;
      },
    },
  ];
}

export { KeyboardSensor, TouchSensor };

// The sensors' options (these two and KEYBOARD_OPTIONS below) are module constants because dnd-kit's useSensor
// memoizes on the options object: one written inline is new on every render, which gives DndContext new
// activators and re-renders every card on the board at each placement.

/** A small move before a drag starts, so a click still selects the card. */
export const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 6 } };
/** Touch: hold still briefly to pick up; moving sooner scrolls the page. */
export const TOUCH_OPTIONS: TouchSensorOptions = { activationConstraint: { delay: 200, tolerance: 8 } };

/** The pointer must be inside a bucket; a card moved by keyboard lands on the bucket it overlaps most. */
export const bucketCollision: CollisionDetection = (args) => (args.pointerCoordinates ? pointerWithin(args) : rectIntersection(args));

/** The order a bucket was given in its droppable data, for stepping through buckets with the arrow keys. */
function orderOf(data: Record<string, unknown> | undefined): number {
  const index = data?.['index'];
  return typeof index === 'number' ? index : Number.MAX_SAFE_INTEGER;
}

const FORWARD: readonly string[] = [KeyboardCode.Right, KeyboardCode.Down];
const BACKWARD: readonly string[] = [KeyboardCode.Left, KeyboardCode.Up];

/**
 * Right/Down go to the next bucket, Left/Up to the previous one (wrapping), so
 * a keyboard user reaches any bucket in a press or two wherever the layout put it.
 */
const bucketKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = FORWARD.includes(event.code) ? 1 : BACKWARD.includes(event.code) ? -1 : 0;
  if (!step) return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  const ids: UniqueIdentifier[] = droppableContainers
    .getEnabled()
    .filter((container) => droppableRects.has(container.id))
    .sort((a, b) => orderOf(a.data.current) - orderOf(b.data.current))
    .map((container) => container.id);
  if (!ids.length) return undefined;
  const current = over ? ids.indexOf(over.id) : -1;
  const next = current === -1 ? (step === 1 ? 0 : ids.length - 1) : (current + step + ids.length) % ids.length;
  const target = ids[next];
  const rect = target === undefined ? undefined : droppableRects.get(target);
  if (!rect) return undefined;
  // Centre the card on the bucket's top part, where its name is, so it overlaps that bucket most.
  const top = Math.min(rect.height, collisionRect.height * 2) / 2;
  return {
    x: rect.left + rect.width / 2 - collisionRect.width / 2,
    y: rect.top + top - collisionRect.height / 2,
  };
};

/** Arrow keys step between buckets; the page is not scrolled smoothly while a card moves. A constant: see above. */
export const KEYBOARD_OPTIONS: KeyboardSensorOptions = { coordinateGetter: bucketKeyboardCoordinates, scrollBehavior: 'auto' };
