/** Share links and analysis files: the share dialog, and what the page says when it opens one. */
export const share = {
  button: 'Share…',
  title: 'Share this event',
  intro:
    'A share link carries this event’s lines inside the link itself, after the #, which browsers never send to a server. Nothing is uploaded.',
  redact: 'Hide identifying details',
  redactHelp:
    'Host names, IP and MAC addresses, user names in paths, container and pod ids and cgroup names are replaced by placeholders such as host-1. The same original always gets the same placeholder.',
  replacedNone: 'Nothing identifying was found in these lines.',
  replacedCount: '{count, plural, one {# detail will be replaced:} other {# details will be replaced:}}',
  kind: {
    host: 'host name',
    ip: 'IP address',
    mac: 'MAC address',
    user: 'user name',
    container: 'container id',
    pod: 'pod id',
    cgroup: 'cgroup name',
  },
  original: 'Original',
  placeholder: 'Placeholder',
  carries:
    'The link carries exactly this: {lines, plural, one {# line} other {# lines}} (lines {first}–{last}) of “{name}”.',
  carriesRedacted: 'Identifying details replaced.',
  linkLabel: 'Link',
  making: 'Making the link…',
  size: 'Link length: {chars} characters ({size}).',
  tooLongForChat:
    'Longer than 8 KB: chat tools and some mail clients cut links this long, and a cut link opens only part of the event. Send the analysis file instead.',
  tooLarge: 'This event is too large for a link ({size}). Save the analysis file instead.',
  fileUrl:
    'This page was opened from a file on this computer (file://). The link opens only on a machine that has the same oomscope file at the same path; otherwise send the analysis file.',
  copy: 'Copy link',
  copied: 'Link copied to the clipboard.',
  copyFailed: 'Could not copy: select the link above and copy it.',
  saveFile: 'Save analysis file',
  saveFileHelp:
    'A .oomscope.json file with these lines, their line numbers, the file name and the view. Open it with “Open file…”.',
  saved: 'Saved {file}.',
  close: 'Close',
  opening: 'Opening the shared event…',
  openedFrom: 'Shared event from “{name}”, lines {first}–{last}.',
  openedFromFile: 'Analysis file {file}: lines {first}–{last} of “{name}”.',
  openedRedacted:
    'Identifying details in this event were replaced by placeholders (host-1, ip-1, …) before it was shared.',
  unnamed: 'an unnamed log',
  damaged: 'Part of it was damaged:',
  cannotOpen: 'This share link cannot be opened: {reason} No other log was loaded.',
  cannotOpenFile: 'This analysis file cannot be opened: {reason}',
  problem: {
    'link-too-long': 'the link is longer than any oomscope link ({size}).',
    'link-invalid': 'one of its settings is damaged and was ignored.',
    'version-version':
      'it was made by a newer oomscope (format {version}; this page reads formats up to {known}). Open it with a newer oomscope.',
    'version-invalid': 'its format number is damaged; it was read as the current format.',
    'name-invalid': 'its file name is damaged and is not shown.',
    'lines-invalid': 'its line numbers are damaged; the lines are numbered from 1.',
    'lines-mismatch':
      'its line numbers do not match its {lines, plural, one {# line} other {# lines}}; numbering may be off.',
    'log-missing': 'it holds no log (the part after “s=” is missing: the link was probably cut).',
    'log-invalid': 'its log is damaged (it holds characters a link cannot).',
    'log-truncated':
      'the link was cut or damaged: {lines, plural, =0 {none of its lines could be read} one {only its first line could be read} other {only its first # lines could be read}}.',
    'log-too-large':
      'its log unpacks to more than {size}; only the first {lines, plural, one {# line was} other {# lines were}} read.',
    'view-invalid': 'its view settings are damaged and were ignored.',
    'file-too-large': 'the file is larger than {size}.',
    'file-invalid': 'it is not valid JSON, or not an oomscope analysis file.',
    'file-not-analysis': 'it is not an oomscope analysis file.',
  },
};
