// Types for server.mjs, so TypeScript specs and benchmarks can start the replica in-process.
export type ReplicaOptions = {
  port?: number /** classic, govuk, table or a generated variant's name. */;
  variant?: string;
  today?: string;
  host?: string;
  sessionTimeoutSeconds?: number /** Markup and script in names, references and labels (data/hostile.json). */;
  hostile?: boolean;
};
export function startReplica(options?: ReplicaOptions): Promise<{ url: string; close: () => Promise<void> }>;
