/** Within the assistant: the panel's form assistant listens here for the fill shortcut. */
export const fillRequests = new EventTarget();
