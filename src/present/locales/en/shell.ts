/** The page around the views: the document title (what a tab, a bookmark and a printout are called). */
export const shell = {
  printSource: 'Source lines {first}–{last}',
  title: {
    base: 'oomscope — Linux OOM-killer log explorer',
    event: 'oomscope — {what}',
    killed: '{victim} killed',
    invoked: '{trigger} ran out of memory',
    separator: ', ',
  },
};
