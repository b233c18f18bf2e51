// STUB: signatures fixed by the orchestrator; the owning helper replaces the bodies.
import type { ConstraintInfo } from '../model';
/** 5.0+ `oom-kill:constraint=...,nodemask=...,[cpuset=..,mems_allowed=..,]global_oom|oom_memcg=..,[task_memcg=..,]task=..,pid=..,uid=..` */
export function parseConstraint(text: string, line: number): ConstraintInfo | null { void text; void line; return null; }
