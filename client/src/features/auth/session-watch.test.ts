import { announceSessionChange, resetSessionChannelForTests } from "./session-broadcast";
import { watchSession } from "./session-watch";
import { currentTabUser, rememberTabUser } from "./tab-user";

type MessageListener = (event: { data: unknown }) => void;

/** In-memory BroadcastChannel: a message reaches every other open channel of the same name. */
class FakeBroadcastChannel {
  static open: FakeBroadcastChannel[] = [];
  private listeners: MessageListener[] = [];

  constructor(readonly name: string) {
    FakeBroadcastChannel.open.push(this);
  }

  postMessage(data: unknown) {
    for (const other of FakeBroadcastChannel.open) {
      if (other !== this && other.name === this.name) {
        other.listeners.forEach((listener) => listener({ data }));
      }
    }
  }

  addEventListener(_type: "message", listener: MessageListener) {
    this.listeners.push(listener);
  }

  removeEventListener(_type: "message", listener: MessageListener) {
    this.listeners = this.listeners.filter((candidate) => candidate !== listener);
  }

  close() {
    FakeBroadcastChannel.open = FakeBroadcastChannel.open.filter((channel) => channel !== this);
  }
}

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
let stopWatching: () => void = () => {};

function sessionResponse(body: unknown): Response {
  return { ok: true, status: 200, json: async () => body } as Response;
}

function signedInAs(email: string): Response {
  return sessionResponse({ signedIn: true, viewer: { email } });
}

function startWatching(pathname = "/mentorships/mtr_1", search = "") {
  const options = {
    clearStore: jest.fn(async () => []),
    currentLocation: () => ({ pathname, search }),
    navigate: jest.fn(),
    reload: jest.fn(),
  };
  stopWatching = watchSession(options);

  return options;
}

/** Lets the mocked session check and the handlers after it finish. */
async function settle() {
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function returnToTab() {
  window.dispatchEvent(new Event("focus"));
}

function installBroadcastChannel() {
  (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = FakeBroadcastChannel;
}

/** Posts a message as another tab does, from a channel object of its own. */
function announceFromOtherTab(change: string) {
  new FakeBroadcastChannel("mentorlens-session").postMessage(change);
}

beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as typeof fetch;
  rememberTabUser("admin@northfield.example.edu");
  resetSessionChannelForTests();
});

afterEach(() => {
  stopWatching();
  resetSessionChannelForTests();
  delete (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel;
  FakeBroadcastChannel.open = [];
  window.localStorage.clear();
});

describe("watchSession on returning to the tab", () => {
  test("clears the cache when another user signed in", async () => {
    fetchMock.mockResolvedValue(signedInAs("admin@lakeshore.example.org"));
    const options = startWatching();

    returnToTab();
    await settle();

    expect(options.clearStore).toHaveBeenCalledTimes(1);
    expect(options.reload).toHaveBeenCalledTimes(1);
  });

  test("keeps the cache for the same user", async () => {
    fetchMock.mockResolvedValue(signedInAs("admin@northfield.example.edu"));
    const options = startWatching();

    returnToTab();
    await settle();

    expect(options.clearStore).not.toHaveBeenCalled();
    expect(options.reload).not.toHaveBeenCalled();
  });

  test("sends a signed-out tab to sign-in", async () => {
    fetchMock.mockResolvedValue(sessionResponse({ signedIn: false }));
    const options = startWatching("/mentorships/mtr_1", "?tab=flags");

    returnToTab();
    await settle();

    expect(options.clearStore).toHaveBeenCalledTimes(1);
    expect(options.navigate).toHaveBeenCalledWith("/sign-in?next=%2Fmentorships%2Fmtr_1%3Ftab%3Dflags&reason=session-ended");
  });

  test("leaves the tab alone when the check fails", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    const options = startWatching();

    returnToTab();
    await settle();

    expect(options.clearStore).not.toHaveBeenCalled();
    expect(options.navigate).not.toHaveBeenCalled();
  });

  test("checks once for visibility and focus together", async () => {
    fetchMock.mockResolvedValue(signedInAs("admin@northfield.example.edu"));
    startWatching();

    document.dispatchEvent(new Event("visibilitychange"));
    returnToTab();
    await settle();

    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  test("records the user when none was known", async () => {
    rememberTabUser(null);
    fetchMock.mockResolvedValue(signedInAs("admin@lakeshore.example.org"));
    startWatching();

    returnToTab();
    await settle();

    expect(currentTabUser()).toBe("admin@lakeshore.example.org");
  });

  test("skips the check on the sign-in page", async () => {
    startWatching("/sign-in");

    returnToTab();
    await settle();

    expect(fetchMock).not.toHaveBeenCalled();
  });

  test("stops checking once stopped", async () => {
    startWatching();
    stopWatching();

    returnToTab();
    await settle();

    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe("watchSession on an announcement from another tab", () => {
  test("clears the cache and reloads after another sign-in", async () => {
    installBroadcastChannel();
    const options = startWatching();

    announceFromOtherTab("signed-in");
    await settle();

    expect(options.clearStore).toHaveBeenCalledTimes(1);
    expect(options.reload).toHaveBeenCalledTimes(1);
  });

  test("clears the cache and goes to sign-in after a sign-out", async () => {
    installBroadcastChannel();
    const options = startWatching("/mentorships");

    announceFromOtherTab("signed-out");
    await settle();

    expect(options.clearStore).toHaveBeenCalledTimes(1);
    expect(options.navigate).toHaveBeenCalledWith("/sign-in?next=%2Fmentorships&reason=session-ended");
  });

  test("continues from the sign-in page after another sign-in", async () => {
    installBroadcastChannel();
    const options = startWatching("/sign-in", "?next=%2Fmentorships%2Fmtr_1");

    announceFromOtherTab("signed-in");
    await settle();

    expect(options.navigate).toHaveBeenCalledWith("/mentorships/mtr_1");
  });

  test("ignores an unknown message", async () => {
    installBroadcastChannel();
    const options = startWatching();

    announceFromOtherTab("hello");
    await settle();

    expect(options.clearStore).not.toHaveBeenCalled();
  });

  test("ignores its own announcement", async () => {
    installBroadcastChannel();
    const options = startWatching();

    announceSessionChange("signed-in");
    await settle();

    expect(options.clearStore).not.toHaveBeenCalled();
  });

  test("falls back to storage events without BroadcastChannel", async () => {
    const options = startWatching();

    window.dispatchEvent(
      new StorageEvent("storage", {
        key: "mentorlens-session-change",
        newValue: JSON.stringify({ change: "signed-in", at: 1 }),
      }),
    );
    await settle();

    expect(options.clearStore).toHaveBeenCalledTimes(1);
    expect(options.reload).toHaveBeenCalledTimes(1);
  });

  test("announces through storage without BroadcastChannel", () => {
    announceSessionChange("signed-out");

    const stored = JSON.parse(window.localStorage.getItem("mentorlens-session-change") ?? "{}") as { change?: string };

    expect(stored.change).toBe("signed-out");
  });
});
