// One-shot messages carried across a redirect (post/redirect/get).

export function setFlash(session, text) {
  session.flash = text;
}

export function takeFlash(session) {
  const text = session.flash;
  session.flash = null;
  return text;
}

/** A ReturnUrl is followed only when it stays on this site. */
export function safeReturnUrl(value) {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '';
}
