/** The input box's state: which file it refers to, the remembered log, and what happened on reload. */
export const inputBox = {
  fileCard: '{name} ({size}) is open: the results below are from this file. Its text is too large to show here.',
  sharedCard: 'The shared event from “{name}” is open ({size}); it is too large to show here.',
  reading: 'Reading {name}…',
  clear: 'Clear',
  remember: 'Remember my last log in this browser',
  rememberHelp: 'Kept only in this browser (IndexedDB), never sent anywhere. Off unless you turn it on.',
  forget: 'Forget it',
  rememberUnavailable: 'This browser does not let the page keep a log (private mode, or a file:// page).',
  remembered: 'Reopened your last log, {name}, kept in this browser since {date}.',
  forgotten: 'The remembered log was deleted from this browser.',
  notKept:
    'Your last log ({name}) was not kept across the reload: a log stays only in the page unless “Remember my last log” is on. Showing the built-in sample.',
  cancelled: 'Cancelled reading {name}. Your input is untouched; “Try again” reads it again.',
  retry: 'Try again: {name}',
  pasted: 'pasted text',
};
