import type { Plugin } from 'vite';

export function prebuiltCode(file: string): Promise<{ code: string; dependencies: string[] }>;
export function prebuilt(...files: string[]): Plugin;
