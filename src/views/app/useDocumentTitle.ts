/**
 * Keeps document.title naming the event on screen (present/title.ts): `oomscope — java killed, web-7,
 * Nov 20 10:03`. The host comes from the event's own lines (their syslog prefix), so it is known once the
 * event's detail has arrived; the title follows the language.
 */
import { useEffect } from 'react';
import { useTranslation } from '../common/i18n';
import { prefixHost } from '../../present/redact/redact';
import { documentTitle } from '../../present/title';
import type { EventDetail, EventSummary } from '../../worker/protocol';

export function useDocumentTitle(summary: EventSummary | null, detail: EventDetail | null): void {
  const { t, i18n } = useTranslation();
  const firstLine = detail?.source[0]?.raw ?? null;
  useEffect(() => {
    document.title = documentTitle(
      (key, params) => t(key, params ?? {}),
      summary
        ? {
            victim: summary.victim?.comm ?? null,
            trigger: summary.trigger?.comm ?? null,
            host: firstLine != null ? prefixHost(firstLine) : null,
            time: summary.time,
          }
        : null,
    );
  }, [summary, firstLine, t, i18n.language]);
}
