/** Types the Office.js layer shares with the core and the gateway contract. */
export type { Finding, Severity, AnalysisResult, Lang } from '../core/model';
export type { Progress } from './gateway';
