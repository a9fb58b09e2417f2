/** Change of session that one tab announces to the other tabs of the dashboard. */
export type SessionChange = "signed-in" | "signed-out";

const CHANNEL_NAME = "mentorlens-session";
// Used only where BroadcastChannel is missing: a `storage` event reaches the other tabs of the
// origin, never the tab that wrote the key.
const STORAGE_KEY = "mentorlens-session-change";

let channel: BroadcastChannel | null | undefined;

/**
 * Returns this tab's one channel, or null where the browser (or jsdom) has no BroadcastChannel.
 * Sending and listening share it because a channel object never receives its own messages, so
 * a tab does not react to its own announcement.
 */
function sessionChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL_NAME) : null;
  }

  return channel;
}

function isSessionChange(value: unknown): value is SessionChange {
  return value === "signed-in" || value === "signed-out";
}

/** Tells the other tabs that this tab signed in or out, so they drop data cached for the previous user. */
export function announceSessionChange(change: SessionChange): void {
  const broadcast = sessionChannel();
  if (broadcast) {
    broadcast.postMessage(change);
    return;
  }

  try {
    // The time makes every announcement a new value, because an unchanged value fires no event.
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ change, at: Date.now() }));
  } catch {
    // Storage can be disabled or full. The other tabs then notice the change when they regain focus.
  }
}

/** Calls `listener` when another tab announces a session change. Returns the unsubscribe function. */
export function subscribeToSessionChanges(listener: (change: SessionChange) => void): () => void {
  const broadcast = sessionChannel();
  if (broadcast) {
    const handleMessage = (event: MessageEvent<unknown>) => {
      if (isSessionChange(event.data)) {
        listener(event.data);
      }
    };
    broadcast.addEventListener("message", handleMessage);

    return () => broadcast.removeEventListener("message", handleMessage);
  }

  const handleStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY || !event.newValue) {
      return;
    }

    const change = readStoredChange(event.newValue);
    if (change) {
      listener(change);
    }
  };
  window.addEventListener("storage", handleStorage);

  return () => window.removeEventListener("storage", handleStorage);
}

function readStoredChange(value: string): SessionChange | null {
  try {
    const parsed = JSON.parse(value) as { change?: unknown };

    return isSessionChange(parsed.change) ? parsed.change : null;
  } catch {
    return null;
  }
}

/** Forgets the channel, so that a test can install or remove a BroadcastChannel mock between cases. */
export function resetSessionChannelForTests(): void {
  channel?.close();
  channel = undefined;
}
