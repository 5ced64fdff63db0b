export const join = {
  title: "Join a poll",
  description:
    "Your invite puts your voting identity on the poll's roll. No wallet is needed: the relayer sends the registration.",
  noCode: "This page needs an invite link. Open the whole link (or scan the QR code) your organizer gave you.",
  otherDeployment:
    "This invite is for another Ballotbox deployment (chain {chainId}). Open it on the site your organizer named.",
  question: "You are invited to vote on",
  optionsHeading: "Options",
  window: "Voting opens {start} and closes {end}.",
  identityLocked:
    "Your voting identity in this browser is locked with a passphrase. Unlock it here to join with this invite.",
  phaseClosed: "Registration for this poll is over: voting has opened, so the roll is frozen.",
  replaced: "This invite is no longer valid: the organizer has replaced this poll's invites. Ask them for a new link.",
  damaged:
    "This invite link is damaged: it matches none of the invites this poll's organizer published. Copy the whole link again, or scan its QR code again.",
  used: "This invite has already been used. Each invite registers one voter; ask the organizer for another if it was not you.",
  alreadyOnRoll: "Your identity is already on this poll's roll.",
  identityNew: "A voting identity will be made for you in this browser. Back it up afterwards from My identity.",
  identityExisting: "This voting identity will be put on the roll:",
  joinButton: "Join this poll",
  stages: {
    signing: "Signing the registration with the invite…",
    sending: "Sending it to the relayer…",
    waiting: "Waiting for the registration to be mined…",
  },
  joined: "You are on the roll.",
  joinedNext: "Voting opens {opensAt}. Come back then, in this browser, to vote.",
  voteNow: "Go to the ballot",
  backupReminder: "Back up your identity now",
  failed: "The relayer could not register you: {reason}",
} as const;
