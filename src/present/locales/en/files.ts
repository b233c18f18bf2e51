/** Several files opened at once (a node's rotated logs, or one log per node): src/views/input, src/views/events. */
export const files = {
  name: '{count, number} files',
  card: '{count, number} files are open ({size}): {names}. The results below are from all of them, on one timeline.',
};
