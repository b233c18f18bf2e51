/** Words for what was wrong with a link or analysis file (the worker reports parts and codes, the page words them). */
import type { Translate } from '../../present/i18n';
import { formatKb } from '../../present/units';
import type { ShareProblem } from '../../worker/protocol';

export function problemText(t: Translate, p: ShareProblem): string {
  const limit = p.params?.limit;
  return t(`share.problem.${p.part}-${p.code}`, {
    ...p.params,
    ...(limit != null ? { size: formatKb(limit / 1024) } : {}),
  });
}

export function problemsText(t: Translate, problems: readonly ShareProblem[]): string {
  return problems.map((p) => problemText(t, p)).join(' ');
}
