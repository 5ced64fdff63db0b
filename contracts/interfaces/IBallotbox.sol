// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";

/// @title Ballotbox: anonymous, verifiable polls on Semaphore v4
/// @notice Organizers create polls with a voter roll; voters cast one anonymous ballot each with a
/// Semaphore proof; the contract keeps the tally so that anyone can recount it from the chain.
/// @dev A poll goes through three phases, decided by block time alone:
///  - Registration (now < startTime): the organizer manages the roll and voters self-register;
///  - Voting (startTime <= now < endTime): the roll is frozen and ballots are counted;
///  - Closed (endTime <= now): the tally is final.
interface IBallotbox {
    /// @notice How a ballot's value (the proof's message) is read.
    /// @dev SingleChoice: the message is the index of one option, 0 <= message < optionCount.
    /// Approval: the message is a non-zero bitmask over the options, bit i approving option i.
    enum BallotType {
        SingleChoice,
        Approval
    }

    /// @notice Whether a poll's ballots are readable as they are cast.
    /// @dev PublicAsCast: each ballot's choice is its proof's message, and the tally runs as ballots land.
    /// SealedUntilClose: ballots are encrypted to the poll key of a trustee ceremony (TrusteeCeremony) and cast
    /// to SealedBallots; only the total is ever decrypted, after endTime, by any t of the n trustees
    /// (docs/sealed-ballots.md). This contract keeps the poll and its roll either way.
    enum Secrecy {
        PublicAsCast,
        SealedUntilClose
    }

    /// @notice A poll's phase, from block time (see the contract's description).
    enum Phase {
        Registration,
        Voting,
        Closed
    }

    /// @notice A poll as stored. The first six fields share one storage slot, so counting a ballot
    /// reads and writes a single slot besides the tally.
    /// @param startTime First second of voting; the roll is frozen from then on.
    /// @param endTime First second after voting.
    /// @param optionCount Number of options, 2..MAX_OPTIONS.
    /// @param ballotType How ballots are read.
    /// @param secrecy Whether ballots are public as cast or sealed until close.
    /// @param groupId The Semaphore group that holds the poll's voter roll.
    /// @param ballotCount Number of ballots counted.
    /// @param organizer The account that created the poll and alone manages its roll.
    /// @param metadataHash keccak256(abi.encode(question, options)); the texts are in {PollCreated}.
    /// @param inviteRoot Merkle root of the invite addresses (OpenZeppelin StandardMerkleTree, leaf
    /// `address`), or zero when invites are off.
    /// @param allowlistRoot Merkle root of the wallets allowed to register themselves (same format),
    /// or zero when the allowlist is off.
    /// @param rollRoot The root of the roll's Semaphore group, copied after every change to the roll;
    /// final from startTime on. Every ballot's proof must be against exactly this root.
    // The first six fields fill one slot on purpose; the linter's packing heuristic misreads it.
    // solhint-disable-next-line gas-struct-packing
    struct Poll {
        uint40 startTime;
        uint40 endTime;
        uint8 optionCount;
        BallotType ballotType;
        Secrecy secrecy;
        uint64 groupId;
        uint64 ballotCount;
        address organizer;
        bytes32 metadataHash;
        bytes32 inviteRoot;
        bytes32 allowlistRoot;
        uint256 rollRoot;
    }

    /// @notice What a ballot cast in another contract (SealedBallots) is checked against: the poll's
    /// words of {Poll} that voting needs, and its {pollScope}.
    /// @dev Two storage reads instead of {getPoll}'s six: a sealed ballot pays for every read.
    struct BallotContext {
        uint40 startTime;
        uint40 endTime;
        uint8 optionCount;
        BallotType ballotType;
        Secrecy secrecy;
        uint256 rollRoot;
        uint256 scope;
    }

    /// @notice No poll has this id.
    error Ballotbox__PollNotFound();
    /// @notice Only the poll's organizer may do this.
    error Ballotbox__CallerIsNotTheOrganizer();
    /// @notice The number of options is outside 2..MAX_OPTIONS.
    error Ballotbox__OptionCountOutOfRange(uint256 optionCount);
    /// @notice The ballot type is not one of {BallotType}.
    error Ballotbox__UnknownBallotType(uint8 ballotType);
    /// @notice The question is empty.
    error Ballotbox__EmptyQuestion();
    /// @notice An option label is empty.
    error Ballotbox__EmptyOption(uint256 index);
    /// @notice The start time is not in the future.
    error Ballotbox__StartTimeNotInFuture();
    /// @notice The end time is not after the start time.
    error Ballotbox__EndTimeNotAfterStartTime();
    /// @notice The roll is frozen: voting has started, so voters can no longer be added or removed.
    error Ballotbox__RollIsFrozen();
    /// @notice Ballots are counted only from startTime; this poll has not started.
    error Ballotbox__VotingNotStarted();
    /// @notice Ballots are counted only until endTime; this poll has ended.
    error Ballotbox__VotingEnded();
    /// @notice The proof's scope or message is not below the SNARK scalar field.
    error Ballotbox__NotInSnarkScalarField();
    /// @notice The proof's scope is not this poll's scope: it was made for another poll,
    /// contract or chain.
    error Ballotbox__WrongScope();
    /// @notice The proof's message is not a valid ballot for this poll.
    error Ballotbox__InvalidBallot();
    /// @notice The proof's tree depth is outside what Semaphore supports (1..32).
    error Ballotbox__UnsupportedTreeDepth();
    /// @notice The proof is not against the poll's roll as frozen at startTime (another poll's roll,
    /// or an older version of this one).
    error Ballotbox__WrongRoot();
    /// @notice The Groth16 proof does not verify: it was not made by a voter on the roll for this
    /// poll and this ballot (or it was altered).
    error Ballotbox__InvalidProof();
    /// @notice This voter has already voted in this poll (the proof's nullifier is spent).
    error Ballotbox__NullifierAlreadyUsed();
    /// @notice The poll is sealed until close: its ballots are encrypted and cast to SealedBallots.
    error Ballotbox__PollIsSealed();
    /// @notice The poll is sealed until close: its tally is SealedBallots', decrypted by the trustees after close.
    error Ballotbox__TallySealed();
    /// @notice A batch must hold at least one proof.
    error Ballotbox__EmptyBatch();
    /// @notice The signature does not come from an invite of this poll.
    error Ballotbox__InvalidInvite();
    /// @notice This invite has already registered a voter.
    error Ballotbox__InviteAlreadyUsed(address invite);
    /// @notice The caller's wallet is not on this poll's allowlist.
    error Ballotbox__NotOnAllowlist(address account);
    /// @notice The caller's wallet has already registered a voter in this poll.
    error Ballotbox__AllowlistEntryAlreadyUsed(address account);

    /// @notice A poll was created. The question and option labels live only here and in the
    /// hash kept in storage.
    event PollCreated(
        uint256 indexed pollId,
        address indexed organizer,
        uint256 groupId,
        BallotType ballotType,
        Secrecy secrecy,
        uint40 startTime,
        uint40 endTime,
        string question,
        string[] options
    );
    /// @notice The organizer replaced the poll's invite root (zero turns invites off).
    event InviteRootSet(uint256 indexed pollId, bytes32 root);
    /// @notice The organizer replaced the poll's allowlist root (zero turns the allowlist off).
    event AllowlistRootSet(uint256 indexed pollId, bytes32 root);
    /// @notice An invite registered a voter. The commitment is also in Semaphore's MemberAdded.
    event InviteRedeemed(uint256 indexed pollId, address indexed invite, uint256 identityCommitment);
    /// @notice An allowlisted wallet registered a voter.
    event AllowlistRegistered(uint256 indexed pollId, address indexed account, uint256 identityCommitment);
    /// @notice A ballot was counted. The event carries the whole proof with its public signals, so
    /// anyone can re-verify every ballot from the logs alone, trusting neither this contract nor
    /// the node that serves the logs.
    /// @param nullifier The proof's nullifier: unique per voter and poll, the voter's receipt.
    /// @param ballot The ballot as the proof's message (see {BallotType}).
    /// @param merkleTreeDepth The tree depth the proof was made for (selects the verification key).
    /// @param merkleTreeRoot The roll root the proof is against (the poll's rollRoot).
    /// @param scope The proof's scope (the poll's {pollScope}).
    /// @param points The Groth16 proof, packed as Semaphore packs it.
    event BallotCast(
        uint256 indexed pollId,
        uint256 indexed nullifier,
        uint256 ballot,
        uint256 merkleTreeDepth,
        uint256 merkleTreeRoot,
        uint256 scope,
        uint256[8] points
    );
    /// @notice A ballot in a batch was skipped and not counted.
    /// @param reason The selector of the Ballotbox__ error that rejected it.
    event BallotRejected(uint256 indexed pollId, uint256 indexed nullifier, bytes4 reason);

    /// @notice Creates a poll with its own, empty voter roll. The caller becomes its organizer.
    /// @param question The question asked.
    /// @param options The option labels, 2..MAX_OPTIONS of them, none empty.
    /// @param ballotType A {BallotType} as a number (a named error, not a decoding panic, for bad values).
    /// @param startTime When voting opens and the roll freezes; must be in the future.
    /// @param endTime When voting closes; must be after startTime.
    /// @return pollId The new poll's id; ids start at 1.
    function createPoll(
        string calldata question,
        string[] calldata options,
        uint8 ballotType,
        uint40 startTime,
        uint40 endTime
    ) external returns (uint256 pollId);

    /// @notice Creates a poll sealed until close (see {Secrecy}), with 2..MAX_SEALED_OPTIONS options. Its
    /// organizer then opens its key ceremony in TrusteeCeremony, naming the trustees; the poll takes no
    /// ballot unless that ceremony fixes the poll key before startTime. Arguments as {createPoll}.
    function createSealedPoll(
        string calldata question,
        string[] calldata options,
        uint8 ballotType,
        uint40 startTime,
        uint40 endTime
    ) external returns (uint256 pollId);

    /// @notice Adds one identity commitment to the roll. Organizer only, before voting opens.
    function addVoter(uint256 pollId, uint256 identityCommitment) external;

    /// @notice Adds identity commitments to the roll in one transaction. Organizer only, before
    /// voting opens.
    function addVoters(uint256 pollId, uint256[] calldata identityCommitments) external;

    /// @notice Removes an identity commitment from the roll. Organizer only, before voting opens.
    /// @param merkleProofSiblings The commitment's Merkle proof siblings in the poll's group.
    function removeVoter(uint256 pollId, uint256 identityCommitment, uint256[] calldata merkleProofSiblings) external;

    /// @notice Sets the Merkle root of the invite addresses. Organizer only, before voting opens.
    function setInviteRoot(uint256 pollId, bytes32 root) external;

    /// @notice Sets the Merkle root of the wallets that may register themselves. Organizer only,
    /// before voting opens.
    function setAllowlistRoot(uint256 pollId, bytes32 root) external;

    /// @notice Registers a commitment with an invite: anyone (a relayer) may submit it, but the
    /// EIP-712 signature by the invite key binds chain, contract, poll and commitment, so nobody
    /// can swap in another commitment. Each invite registers once.
    /// @param invite The invite's address (the public part of the invite key).
    /// @param inviteProof The invite's proof in the poll's invite tree.
    /// @param signature The invite key's EIP-712 signature over Registration(pollId, identityCommitment).
    function registerWithInvite(
        uint256 pollId,
        uint256 identityCommitment,
        address invite,
        bytes32[] calldata inviteProof,
        bytes calldata signature
    ) external;

    /// @notice Registers a commitment from an allowlisted wallet (the caller). Each wallet registers once.
    /// @param allowlistProof The caller's proof in the poll's allowlist tree.
    function registerFromAllowlist(
        uint256 pollId,
        uint256 identityCommitment,
        bytes32[] calldata allowlistProof
    ) external;

    /// @notice Counts one ballot. Reverts with the reason if it cannot be counted.
    /// @param proof A Semaphore proof against the poll's frozen roll root whose scope is {pollScope}
    /// and whose message is the ballot.
    function castVote(uint256 pollId, ISemaphore.SemaphoreProof calldata proof) external;

    /// @notice Counts a batch of ballots of one poll. A ballot that cannot be counted (bad proof,
    /// nullifier already used, wrong scope, invalid ballot) is skipped with {BallotRejected} and
    /// does not block the others. Reverts only if the poll is not open or the batch is empty.
    /// @dev The batch's proofs are verified together, by a random linear combination; a batch with a
    /// bad proof falls back to bisection, which costs far more gas (docs/batch-verification.md): batch
    /// only ballots verified off chain. It counts and rejects exactly what castVote one by one would.
    /// @return counted How many ballots of the batch were counted.
    function castVotes(uint256 pollId, ISemaphore.SemaphoreProof[] calldata proofs) external returns (uint256 counted);

    /// @notice The largest number of options a poll may have.
    function MAX_OPTIONS() external view returns (uint256);

    /// @notice The largest number of options a sealed poll may have (the largest sealed-ballot circuit's).
    function MAX_SEALED_OPTIONS() external view returns (uint256);

    /// @notice The Semaphore contract that holds the rolls.
    function semaphore() external view returns (ISemaphore);

    /// @notice How many polls exist; ids run from 1 to pollCount.
    function pollCount() external view returns (uint256);

    /// @notice Whether an invite has registered a voter in a poll.
    function inviteUsed(uint256 pollId, address invite) external view returns (bool);

    /// @notice Whether a nullifier has been spent in a poll (that voter has voted).
    function nullifierUsed(uint256 pollId, uint256 nullifier) external view returns (bool);

    /// @notice Whether an allowlisted wallet has registered a voter in a poll.
    function allowlistEntryUsed(uint256 pollId, address account) external view returns (bool);

    /// @notice A poll's stored configuration and counters.
    function getPoll(uint256 pollId) external view returns (Poll memory);

    /// @notice What a ballot for the poll is checked against (see {BallotContext}).
    function getBallotContext(uint256 pollId) external view returns (BallotContext memory);

    /// @notice A poll's phase now.
    function getPhase(uint256 pollId) external view returns (Phase);

    /// @notice The tally, one count per option. Reverts with {Ballotbox__TallySealed} for a sealed poll.
    function getTally(uint256 pollId) external view returns (uint256[] memory);

    /// @notice The number of ballots counted.
    function getBallotCount(uint256 pollId) external view returns (uint256);

    /// @notice The Semaphore group id of the poll's roll.
    function getGroupId(uint256 pollId) external view returns (uint256);

    /// @notice The Merkle root of the poll's roll (final once voting opens), as Semaphore holds it.
    function getMerkleRoot(uint256 pollId) external view returns (uint256);

    /// @notice The number of voters on the poll's roll (removed voters leave a zero leaf and still count).
    function getRollSize(uint256 pollId) external view returns (uint256);

    /// @notice The scope every ballot of this poll must carry:
    /// keccak256(abi.encode(chainId, this contract, pollId)) modulo the SNARK scalar field.
    function pollScope(uint256 pollId) external view returns (uint256);

    /// @notice The EIP-712 digest an invite key signs to register a commitment.
    function registrationDigest(uint256 pollId, uint256 identityCommitment) external view returns (bytes32);
}
