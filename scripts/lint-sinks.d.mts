export function lintSource(source: string, filename: string): { line: number; message: string }[];
export function lintTree(dirs: string[], root?: string): { files: number; problems: string[] };
