// Cookie sessions held in memory, named like ASP.NET's so the replica's cookies look like the portal's.
import { randomBytes } from 'node:crypto';

export const COOKIE = 'ASP.NET_SessionId';

export function createSessions(store) {
  const sessions = new Map();

  function create() {
    const session = {
      id: randomBytes(12).toString('hex'),
      csrf: randomBytes(16).toString('base64url'),
      variant: null,
      userId: null,
      orgCode: null,
      timedOut: false,
      flash: null,
      lastSeen: Date.now(),
    };
    sessions.set(session.id, session);
    return session;
  }

  return {
    /** The session for a cookie value, created if missing. An idle login past the timeout is dropped. */
    get(id) {
      const session = sessions.get(id) ?? create();
      const idleMs = Date.now() - session.lastSeen;
      if (session.userId && idleMs > store.sessionTimeoutSeconds * 1000) {
        session.userId = null;
        session.orgCode = null;
        session.timedOut = true;
      }
      session.lastSeen = Date.now();
      return session;
    },
    /** A fresh id at login, so a session id seen before login is not reused after it. */
    renew(session) {
      sessions.delete(session.id);
      session.id = randomBytes(12).toString('hex');
      session.csrf = randomBytes(16).toString('base64url');
      sessions.set(session.id, session);
    },
    /** Test hook: makes every logged-in session look idle for longer than the timeout. */
    expireAll() {
      for (const session of sessions.values()) session.lastSeen = 0;
    },
    clear() {
      sessions.clear();
    },
  };
}

export function setSessionCookie(ctx) {
  ctx.res.setHeader('Set-Cookie', `${COOKIE}=${ctx.session.id}; Path=/; HttpOnly; SameSite=Lax`);
}
