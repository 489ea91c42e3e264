// Small helpers over node:http: request bodies, cookies, responses and static files.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const MAX_BODY = 1_000_000;

export async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('Body too large'), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Form fields as a Map of name → all values, so repeated names (checkboxes) keep every value. */
export function parseForm(text) {
  const form = new Map();
  for (const [name, value] of new URLSearchParams(text)) form.set(name, [...(form.get(name) ?? []), value]);
  return {
    get: (name) => form.get(name)?.[0] ?? '',
    all: (name) => form.get(name) ?? [],
    has: (name) => form.has(name),
    names: () => [...form.keys()],
  };
}

export function parseCookies(header = '') {
  const cookies = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) cookies[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return cookies;
}

export function send(res, status, body, type = 'text/html; charset=utf-8', headers = {}) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** 303 See Other, so a POST is always followed by a GET (post/redirect/get). */
export function redirect(res, location) {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.gif': 'image/gif',
};

/** Serves a file under `root` for the request path after `prefix`; false if it is not there. */
export async function serveStatic(res, root, relative) {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(root + path.sep)) return false;
  try {
    const content = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=60' });
    res.end(content);
    return true;
  } catch {
    return false;
  }
}
