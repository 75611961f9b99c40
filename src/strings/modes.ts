/** Each mode's page title and lead: shown before the mode's own code and strings have loaded (prerendered pages, the wait for saved progress). */
export const modes = {
  flashcards: { title: 'Flashcards', lead: 'Decide who is responsible, turn the card, and say how well you knew it. Each card comes back just before you would forget it.' },
  sort: { title: 'Sort the duties', lead: 'Put each duty in the right bucket against the clock. Drag it, tap it and then a bucket, or use the keyboard alone.' },
  quiz: { title: 'Quiz', lead: 'Exam-style questions about who secures what. Practise with an explanation after every answer, or sit a timed simulation scored like the real exam.' },
  present: { title: 'Present to a class', lead: 'Show one duty at a time in large type, count the room’s show of hands, then reveal who owns it. Presenting never changes your own study progress.', documentTitle: 'Present' },
} as const;
