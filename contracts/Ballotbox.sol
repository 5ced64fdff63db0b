// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreGroups} from "@semaphore-protocol/contracts/interfaces/ISemaphoreGroups.sol";
import {Semaphore} from "@semaphore-protocol/contracts/Semaphore.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IBallotbox} from "./interfaces/IBallotbox.sol";
import {Ballots, SNARK_SCALAR_FIELD} from "./libraries/Ballots.sol";
import {SemaphoreBallotVerifier} from "./base/SemaphoreBallotVerifier.sol";
import {SemaphoreBatchVerifier} from "./base/SemaphoreBatchVerifier.sol";

/// @title Ballotbox
/// @notice Polls with a frozen voter roll, one anonymous ballot per voter, and an on-chain tally.
/// @dev See {IBallotbox}. Each poll owns one Semaphore group (this contract is its admin) that holds
/// its roll. Ballots are verified as {SemaphoreBallotVerifier} explains: against the roll's final
/// root only, with nullifiers kept here, so a voter removed before the start cannot vote with an
/// older root and nobody can burn a voter's nullifier outside Ballotbox. A batch's proofs are
/// verified together ({SemaphoreBatchVerifier}, docs/batch-verification.md).
contract Ballotbox is IBallotbox, SemaphoreBatchVerifier, EIP712 {
    /// @inheritdoc IBallotbox
    /// @dev 32 keeps an approval ballot a 32-bit mask and bounds the tally's storage writes per
    /// ballot; larger contests (ranked, many candidates) are a different ballot type.
    uint256 public constant MAX_OPTIONS = 32;

    /// @inheritdoc IBallotbox
    /// @dev 8: the largest sealed-ballot circuit's option count (circuits/manifest.ts).
    uint256 public constant MAX_SEALED_OPTIONS = 8;

    /// @notice The EIP-712 type an invite key signs to register a commitment.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256(
        "Registration(uint256 pollId,uint256 identityCommitment)"
    );

    /// @inheritdoc IBallotbox
    ISemaphore public immutable semaphore;

    /// @inheritdoc IBallotbox
    uint256 public pollCount;

    /// @notice Polls by id.
    mapping(uint256 pollId => Poll) internal _polls;

    /// @notice The tally of each poll, one count per option.
    mapping(uint256 pollId => uint256[MAX_OPTIONS]) internal _tallies;

    /// @inheritdoc IBallotbox
    mapping(uint256 pollId => mapping(uint256 nullifier => bool)) public nullifierUsed;

    /// @inheritdoc IBallotbox
    mapping(uint256 pollId => mapping(address invite => bool)) public inviteUsed;

    /// @inheritdoc IBallotbox
    mapping(uint256 pollId => mapping(address account => bool)) public allowlistEntryUsed;

    /// @param semaphore_ A deployed Semaphore v4; its verifier checks the ballots' proofs.
    constructor(
        ISemaphore semaphore_
    ) SemaphoreBallotVerifier(Semaphore(address(semaphore_)).verifier()) EIP712("Ballotbox", "1") {
        semaphore = semaphore_;
    }

    /// @dev Reverts unless the poll exists and the caller organizes it.
    modifier onlyOrganizer(uint256 pollId) {
        if (_polls[pollId].organizer != msg.sender) {
            if (_polls[pollId].organizer == address(0)) revert Ballotbox__PollNotFound();
            revert Ballotbox__CallerIsNotTheOrganizer();
        }
        _;
    }

    /// @dev Reverts once the poll's roll is frozen. Registration-phase checks follow organizer or
    /// poll-existence checks, so callers see the most specific error.
    modifier onlyBeforeStart(uint256 pollId) {
        if (block.timestamp >= _polls[pollId].startTime) revert Ballotbox__RollIsFrozen();
        _;
    }

    /// @inheritdoc IBallotbox
    function createPoll(
        string calldata question,
        string[] calldata options,
        uint8 ballotType,
        uint40 startTime,
        uint40 endTime
    ) external override returns (uint256 pollId) {
        return _createPoll(question, options, ballotType, startTime, endTime, Secrecy.PublicAsCast);
    }

    /// @inheritdoc IBallotbox
    function createSealedPoll(
        string calldata question,
        string[] calldata options,
        uint8 ballotType,
        uint40 startTime,
        uint40 endTime
    ) external override returns (uint256 pollId) {
        if (options.length > MAX_SEALED_OPTIONS) revert Ballotbox__OptionCountOutOfRange(options.length);
        return _createPoll(question, options, ballotType, startTime, endTime, Secrecy.SealedUntilClose);
    }

    /// @inheritdoc IBallotbox
    function addVoter(
        uint256 pollId,
        uint256 identityCommitment
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        Poll storage poll = _polls[pollId];
        semaphore.addMember(poll.groupId, identityCommitment);
        _syncRollRoot(poll);
    }

    /// @inheritdoc IBallotbox
    function addVoters(
        uint256 pollId,
        uint256[] calldata identityCommitments
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        Poll storage poll = _polls[pollId];
        semaphore.addMembers(poll.groupId, identityCommitments);
        _syncRollRoot(poll);
    }

    /// @inheritdoc IBallotbox
    function removeVoter(
        uint256 pollId,
        uint256 identityCommitment,
        uint256[] calldata merkleProofSiblings
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        Poll storage poll = _polls[pollId];
        semaphore.removeMember(poll.groupId, identityCommitment, merkleProofSiblings);
        _syncRollRoot(poll);
    }

    /// @inheritdoc IBallotbox
    function setInviteRoot(
        uint256 pollId,
        bytes32 root
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        _polls[pollId].inviteRoot = root;
        emit InviteRootSet(pollId, root);
    }

    /// @inheritdoc IBallotbox
    function setAllowlistRoot(
        uint256 pollId,
        bytes32 root
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        _polls[pollId].allowlistRoot = root;
        emit AllowlistRootSet(pollId, root);
    }

    /// @inheritdoc IBallotbox
    function registerWithInvite(
        uint256 pollId,
        uint256 identityCommitment,
        address invite,
        bytes32[] calldata inviteProof,
        bytes calldata signature
    ) external override {
        Poll storage poll = _existingPoll(pollId);
        if (block.timestamp >= poll.startTime) revert Ballotbox__RollIsFrozen();

        (address signer, ECDSA.RecoverError recoverError, ) = ECDSA.tryRecover(
            registrationDigest(pollId, identityCommitment),
            signature
        );
        if (
            recoverError != ECDSA.RecoverError.NoError ||
            signer != invite ||
            poll.inviteRoot == bytes32(0) ||
            !MerkleProof.verifyCalldata(inviteProof, poll.inviteRoot, _leaf(invite))
        ) revert Ballotbox__InvalidInvite();
        if (inviteUsed[pollId][invite]) revert Ballotbox__InviteAlreadyUsed(invite);

        inviteUsed[pollId][invite] = true;
        semaphore.addMember(poll.groupId, identityCommitment);
        _syncRollRoot(poll);
        emit InviteRedeemed(pollId, invite, identityCommitment);
    }

    /// @inheritdoc IBallotbox
    function registerFromAllowlist(
        uint256 pollId,
        uint256 identityCommitment,
        bytes32[] calldata allowlistProof
    ) external override {
        Poll storage poll = _existingPoll(pollId);
        if (block.timestamp >= poll.startTime) revert Ballotbox__RollIsFrozen();
        if (
            poll.allowlistRoot == bytes32(0) ||
            !MerkleProof.verifyCalldata(allowlistProof, poll.allowlistRoot, _leaf(msg.sender))
        ) revert Ballotbox__NotOnAllowlist(msg.sender);
        if (allowlistEntryUsed[pollId][msg.sender]) revert Ballotbox__AllowlistEntryAlreadyUsed(msg.sender);

        allowlistEntryUsed[pollId][msg.sender] = true;
        semaphore.addMember(poll.groupId, identityCommitment);
        _syncRollRoot(poll);
        emit AllowlistRegistered(pollId, msg.sender, identityCommitment);
    }

    /// @inheritdoc IBallotbox
    /// @dev One ballot keeps Semaphore's own verifier: a batch of one is the same four pairings.
    function castVote(uint256 pollId, ISemaphore.SemaphoreProof calldata proof) external override {
        Poll storage poll = _openPoll(pollId);
        BallotType ballotType = poll.ballotType;
        bytes4 reason = _screenBallot(ballotType, poll.optionCount, pollScope(pollId), proof);
        if (reason == bytes4(0) && nullifierUsed[pollId][proof.nullifier]) {
            reason = Ballotbox__NullifierAlreadyUsed.selector;
        }
        if (reason == bytes4(0)) reason = _verifyBallot(poll.rollRoot, proof);
        if (reason != bytes4(0)) _revertWithSelector(reason);
        _recordBallot(pollId, ballotType, proof);
        ++poll.ballotCount;
    }

    /// @inheritdoc IBallotbox
    /// @dev Three passes (docs/batch-verification.md): screen every ballot with the cheap checks and
    /// collect those that pass; verify their proofs together; then count or reject each in order, with
    /// the reason castVote would give it at that point. Casting the batch one ballot at a time would
    /// count the same ballots and reject the others for the same reasons.
    function castVotes(
        uint256 pollId,
        ISemaphore.SemaphoreProof[] calldata proofs
    ) external override returns (uint256 counted) {
        if (proofs.length == 0) revert Ballotbox__EmptyBatch();
        Poll storage poll = _openPoll(pollId);
        mapping(uint256 nullifier => bool) storage spent = nullifierUsed[pollId];
        BallotBatch memory batch = _newBallotBatch(proofs.length);
        uint256[] memory screened = _screenBatch(poll, pollId, spent, proofs, batch);
        bool[] memory valid = _verifyBallots(batch);
        BallotType ballotType = poll.ballotType;
        // The batch's votes per option, written to the tally once at the end.
        uint256[MAX_OPTIONS] memory votes;
        for (uint256 i = 0; i < proofs.length; ++i) {
            ISemaphore.SemaphoreProof calldata proof = proofs[i];
            bytes4 reason = _finalReason(spent, proof.nullifier, screened[i], valid);
            if (reason == bytes4(0)) {
                spent[proof.nullifier] = true;
                _addVotes(votes, ballotType, proof.message);
                _emitBallotCast(pollId, proof);
                // At most proofs.length.
                unchecked {
                    ++counted;
                }
            } else {
                emit BallotRejected(pollId, proof.nullifier, reason);
            }
        }
        uint256[MAX_OPTIONS] storage tally = _tallies[pollId];
        for (uint256 option = 0; option < poll.optionCount; ++option) {
            if (votes[option] != 0) tally[option] += votes[option];
        }
        // One write for the whole batch.
        poll.ballotCount += uint64(counted);
    }

    /// @inheritdoc IBallotbox
    function getPoll(uint256 pollId) external view override returns (Poll memory) {
        return _existingPoll(pollId);
    }

    /// @inheritdoc IBallotbox
    function getBallotContext(uint256 pollId) external view override returns (BallotContext memory context) {
        Poll storage poll = _polls[pollId];
        // startTime is never zero for an existing poll, and shares its slot with the rest read here.
        if (poll.startTime == 0) revert Ballotbox__PollNotFound();
        context.startTime = poll.startTime;
        context.endTime = poll.endTime;
        context.optionCount = poll.optionCount;
        context.ballotType = poll.ballotType;
        context.secrecy = poll.secrecy;
        context.rollRoot = poll.rollRoot;
        context.scope = pollScope(pollId);
    }

    /// @inheritdoc IBallotbox
    function getPhase(uint256 pollId) external view override returns (Phase) {
        Poll storage poll = _existingPoll(pollId);
        if (block.timestamp < poll.startTime) return Phase.Registration;
        if (block.timestamp < poll.endTime) return Phase.Voting;
        return Phase.Closed;
    }

    /// @inheritdoc IBallotbox
    function getTally(uint256 pollId) external view override returns (uint256[] memory tally) {
        Poll storage poll = _existingPoll(pollId);
        if (poll.secrecy != Secrecy.PublicAsCast) revert Ballotbox__TallySealed();
        uint256 optionCount = poll.optionCount;
        tally = new uint256[](optionCount);
        uint256[MAX_OPTIONS] storage counts = _tallies[pollId];
        for (uint256 i = 0; i < optionCount; ++i) {
            tally[i] = counts[i];
        }
    }

    /// @inheritdoc IBallotbox
    function getBallotCount(uint256 pollId) external view override returns (uint256) {
        return _existingPoll(pollId).ballotCount;
    }

    /// @inheritdoc IBallotbox
    function getGroupId(uint256 pollId) external view override returns (uint256) {
        return _existingPoll(pollId).groupId;
    }

    /// @inheritdoc IBallotbox
    function getMerkleRoot(uint256 pollId) external view override returns (uint256) {
        return ISemaphoreGroups(address(semaphore)).getMerkleTreeRoot(_existingPoll(pollId).groupId);
    }

    /// @inheritdoc IBallotbox
    function getRollSize(uint256 pollId) external view override returns (uint256) {
        return ISemaphoreGroups(address(semaphore)).getMerkleTreeSize(_existingPoll(pollId).groupId);
    }

    /// @inheritdoc IBallotbox
    function pollScope(uint256 pollId) public view override returns (uint256) {
        return Ballots.scope(block.chainid, address(this), pollId);
    }

    /// @inheritdoc IBallotbox
    function registrationDigest(uint256 pollId, uint256 identityCommitment) public view override returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(REGISTRATION_TYPEHASH, pollId, identityCommitment)));
    }

    /// @dev Checks a new poll's settings, gives it an empty roll and stores it.
    function _createPoll(
        string calldata question,
        string[] calldata options,
        uint8 ballotType,
        uint40 startTime,
        uint40 endTime,
        Secrecy secrecy
    ) internal returns (uint256 pollId) {
        if (options.length < 2 || options.length > MAX_OPTIONS) {
            revert Ballotbox__OptionCountOutOfRange(options.length);
        }
        if (ballotType > uint8(type(BallotType).max)) revert Ballotbox__UnknownBallotType(ballotType);
        if (bytes(question).length == 0) revert Ballotbox__EmptyQuestion();
        for (uint256 i = 0; i < options.length; ++i) {
            if (bytes(options[i]).length == 0) revert Ballotbox__EmptyOption(i);
        }
        if (startTime <= block.timestamp) revert Ballotbox__StartTimeNotInFuture();
        if (endTime <= startTime) revert Ballotbox__EndTimeNotAfterStartTime();

        // Duration 0: should anyone check proofs of this group with Semaphore itself, only the
        // current root is accepted there too.
        uint256 groupId = semaphore.createGroup(address(this), 0);

        pollId = ++pollCount;
        _polls[pollId] = Poll({
            startTime: startTime,
            endTime: endTime,
            optionCount: uint8(options.length),
            ballotType: BallotType(ballotType),
            secrecy: secrecy,
            // Semaphore's group counter grows by one per group: it cannot reach 2**64.
            groupId: uint64(groupId),
            ballotCount: 0,
            organizer: msg.sender,
            metadataHash: keccak256(abi.encode(question, options)),
            inviteRoot: bytes32(0),
            allowlistRoot: bytes32(0),
            rollRoot: 0
        });

        _emitPollCreated(pollId, question, options);
    }

    /// @dev PollCreated from the stored poll (a function of its own: the texts alone take four stack slots).
    function _emitPollCreated(uint256 pollId, string calldata question, string[] calldata options) internal {
        Poll storage poll = _polls[pollId];
        emit PollCreated(
            pollId,
            poll.organizer,
            poll.groupId,
            poll.ballotType,
            poll.secrecy,
            poll.startTime,
            poll.endTime,
            question,
            options
        );
    }

    /// @dev The poll, or a revert if it does not exist.
    function _existingPoll(uint256 pollId) internal view returns (Poll storage poll) {
        poll = _polls[pollId];
        if (poll.organizer == address(0)) revert Ballotbox__PollNotFound();
    }

    /// @dev The poll, or a revert unless it exists, is in its voting window and takes public ballots.
    function _openPoll(uint256 pollId) internal view returns (Poll storage poll) {
        poll = _polls[pollId];
        // startTime is never zero for an existing poll (it is in the future at creation).
        if (poll.startTime == 0) revert Ballotbox__PollNotFound();
        if (block.timestamp < poll.startTime) revert Ballotbox__VotingNotStarted();
        if (block.timestamp >= poll.endTime) revert Ballotbox__VotingEnded();
        if (poll.secrecy != Secrecy.PublicAsCast) revert Ballotbox__PollIsSealed();
    }

    /// @dev The checks of a ballot before its nullifier and proof, cheapest first so that a bad ballot
    /// costs little gas: public signals in the field, the poll's scope, a valid ballot. Returns the
    /// selector of the error that rejects it, or zero. Semaphore hashes message and scope before they
    /// enter the circuit, so values at or above the field would verify; they are refused so that each
    /// ballot has one canonical encoding.
    function _screenBallot(
        BallotType ballotType,
        uint256 optionCount,
        uint256 scope,
        ISemaphore.SemaphoreProof calldata proof
    ) internal pure returns (bytes4) {
        if (proof.scope >= SNARK_SCALAR_FIELD || proof.message >= SNARK_SCALAR_FIELD) {
            return Ballotbox__NotInSnarkScalarField.selector;
        }
        if (proof.scope != scope) return Ballotbox__WrongScope.selector;
        if (!Ballots.isValid(ballotType, optionCount, proof.message)) return Ballotbox__InvalidBallot.selector;
        return bytes4(0);
    }

    /// @dev The first pass of {castVotes}: per ballot, the selector of the error that rejects it before
    /// its proof (as a bytes4 in the top bytes), or else its position in the batch plus one after adding
    /// it there, or zero for a nullifier spent before this transaction (the third pass names it).
    function _screenBatch(
        Poll storage poll,
        uint256 pollId,
        mapping(uint256 nullifier => bool) storage spent,
        ISemaphore.SemaphoreProof[] calldata proofs,
        BallotBatch memory batch
    ) internal view returns (uint256[] memory screened) {
        screened = new uint256[](proofs.length);
        uint256 scope = pollScope(pollId);
        uint256 scopeHash = Ballots.semaphoreHash(scope);
        uint256 rollRoot = poll.rollRoot;
        BallotType ballotType = poll.ballotType;
        uint256 optionCount = poll.optionCount;
        for (uint256 i = 0; i < proofs.length; ++i) {
            ISemaphore.SemaphoreProof calldata proof = proofs[i];
            bytes4 reason = _screenBallot(ballotType, optionCount, scope, proof);
            if (reason == bytes4(0) && !spent[proof.nullifier]) {
                reason = _checkTree(rollRoot, proof);
                if (reason == bytes4(0)) {
                    // A position below proofs.length.
                    unchecked {
                        screened[i] = _addBallot(batch, proof, scopeHash) + 1;
                    }
                    continue;
                }
            }
            screened[i] = uint256(bytes32(reason));
        }
    }

    /// @dev The third pass of {castVotes}: why a screened ballot is rejected now, in castVote's order
    /// (field, scope, ballot; nullifier; depth, root; proof), or zero to count it. The nullifier is
    /// read again, so that a second ballot of one voter in one batch is refused after the first counts.
    function _finalReason(
        mapping(uint256 nullifier => bool) storage spent,
        uint256 nullifier,
        uint256 screened,
        bool[] memory valid
    ) internal view returns (bytes4 reason) {
        reason = bytes4(bytes32(screened));
        if (
            reason != bytes4(0) &&
            reason != Ballotbox__UnsupportedTreeDepth.selector &&
            reason != Ballotbox__WrongRoot.selector
        ) return reason;
        if (spent[nullifier]) return Ballotbox__NullifierAlreadyUsed.selector;
        // A screened ballot with no reason and an unspent nullifier has a position (screened >= 1).
        unchecked {
            if (reason == bytes4(0) && !valid[screened - 1]) return Ballotbox__InvalidProof.selector;
        }
    }

    /// @dev Counts a ballot that passed every check: spends its nullifier, adds it to the tally and
    /// emits {BallotCast}; the caller counts it in ballotCount.
    function _recordBallot(uint256 pollId, BallotType ballotType, ISemaphore.SemaphoreProof calldata proof) internal {
        nullifierUsed[pollId][proof.nullifier] = true;
        _count(pollId, ballotType, proof.message);
        _emitBallotCast(pollId, proof);
    }

    /// @dev Emits {BallotCast} for a proof, its data copied straight from calldata (the proof's words
    /// after the nullifier are message, scope and the points; the event has depth and root in between).
    function _emitBallotCast(uint256 pollId, ISemaphore.SemaphoreProof calldata proof) internal {
        bytes32 topic = BallotCast.selector;
        assembly ("memory-safe") {
            let data := mload(0x40)
            mstore(data, calldataload(add(proof, 0x60)))
            mstore(add(data, 0x20), calldataload(proof))
            mstore(add(data, 0x40), calldataload(add(proof, 0x20)))
            calldatacopy(add(data, 0x60), add(proof, 0x80), 0x120)
            log3(data, 0x180, topic, pollId, calldataload(add(proof, 0x40)))
        }
    }

    /// @dev Copies the roll's root from Semaphore after a change, so that verifying a ballot needs
    /// no call to Semaphore (see {SemaphoreBallotVerifier}).
    function _syncRollRoot(Poll storage poll) internal {
        poll.rollRoot = ISemaphoreGroups(address(semaphore)).getMerkleTreeRoot(poll.groupId);
    }

    /// @dev Adds a valid ballot to a batch's votes per option (see {_count}).
    function _addVotes(uint256[MAX_OPTIONS] memory votes, BallotType ballotType, uint256 ballot) internal pure {
        // Counts of one batch, below its length: no overflow.
        unchecked {
            if (ballotType == BallotType.SingleChoice) {
                ++votes[ballot];
                return;
            }
            for (uint256 option = 0; ballot != 0; ++option) {
                if (ballot & 1 == 1) ++votes[option];
                ballot >>= 1;
            }
        }
    }

    /// @dev Adds a valid ballot to the tally.
    function _count(uint256 pollId, BallotType ballotType, uint256 ballot) internal {
        uint256[MAX_OPTIONS] storage counts = _tallies[pollId];
        if (ballotType == BallotType.SingleChoice) {
            ++counts[ballot];
            return;
        }
        for (uint256 option = 0; ballot != 0; ++option) {
            if (ballot & 1 == 1) ++counts[option];
            ballot >>= 1;
        }
    }

    /// @dev The leaf of an address in an OpenZeppelin StandardMerkleTree of type ["address"]
    /// (double hashed, so a leaf can never pass as an inner node).
    function _leaf(address account) internal pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account))));
    }

    /// @dev Reverts with a bare custom error selector (the errors it is used with take no arguments).
    function _revertWithSelector(bytes4 selector) private pure {
        assembly ("memory-safe") {
            mstore(0, selector)
            revert(0, 4)
        }
    }
}
