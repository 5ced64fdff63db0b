// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {ISemaphore} from "@semaphore-protocol/contracts/interfaces/ISemaphore.sol";
import {ISemaphoreGroups} from "@semaphore-protocol/contracts/interfaces/ISemaphoreGroups.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {IBallotbox} from "./interfaces/IBallotbox.sol";
import {Ballots, SNARK_SCALAR_FIELD} from "./libraries/Ballots.sol";
import {SemaphoreBallotVerifier} from "./base/SemaphoreBallotVerifier.sol";

/// @title Ballotbox
/// @notice Polls with a frozen voter roll, one anonymous ballot per voter, and an on-chain tally.
/// @dev See {IBallotbox}. Each poll owns one Semaphore group (this contract is its admin); the
/// group's Merkle tree duration is zero, so once the roll is frozen only its final root is
/// accepted: a voter removed before the start cannot vote with an older root.
contract Ballotbox is IBallotbox, SemaphoreBallotVerifier, EIP712 {
    /// @inheritdoc IBallotbox
    /// @dev 32 keeps an approval ballot a 32-bit mask and bounds the tally's storage writes per
    /// ballot; larger contests (ranked, many candidates) are a different ballot type.
    uint256 public constant MAX_OPTIONS = 32;

    /// @notice The EIP-712 type an invite key signs to register a commitment.
    bytes32 public constant REGISTRATION_TYPEHASH = keccak256(
        "Registration(uint256 pollId,uint256 identityCommitment)"
    );

    /// @inheritdoc IBallotbox
    uint256 public pollCount;

    /// @notice Polls by id.
    mapping(uint256 pollId => Poll) internal _polls;

    /// @notice The tally of each poll, one count per option.
    mapping(uint256 pollId => uint256[MAX_OPTIONS]) internal _tallies;

    /// @inheritdoc IBallotbox
    mapping(uint256 pollId => mapping(address invite => bool)) public inviteUsed;

    /// @inheritdoc IBallotbox
    mapping(uint256 pollId => mapping(address account => bool)) public allowlistEntryUsed;

    /// @param semaphore_ A deployed Semaphore v4.
    constructor(ISemaphore semaphore_) SemaphoreBallotVerifier(semaphore_) EIP712("Ballotbox", "1") {}

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

        // Duration 0: a root is valid only in the block that made it, so after the freeze only
        // the final root verifies (see the contract's description).
        uint256 groupId = semaphore.createGroup(address(this), 0);

        pollId = ++pollCount;
        _polls[pollId] = Poll({
            startTime: startTime,
            endTime: endTime,
            optionCount: uint8(options.length),
            ballotType: BallotType(ballotType),
            // Semaphore's group counter grows by one per group: it cannot reach 2**64.
            groupId: uint64(groupId),
            ballotCount: 0,
            organizer: msg.sender,
            metadataHash: keccak256(abi.encode(question, options)),
            inviteRoot: bytes32(0),
            allowlistRoot: bytes32(0)
        });

        emit PollCreated(pollId, msg.sender, groupId, BallotType(ballotType), startTime, endTime, question, options);
    }

    /// @inheritdoc IBallotbox
    function addVoter(
        uint256 pollId,
        uint256 identityCommitment
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        semaphore.addMember(_polls[pollId].groupId, identityCommitment);
    }

    /// @inheritdoc IBallotbox
    function addVoters(
        uint256 pollId,
        uint256[] calldata identityCommitments
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        semaphore.addMembers(_polls[pollId].groupId, identityCommitments);
    }

    /// @inheritdoc IBallotbox
    function removeVoter(
        uint256 pollId,
        uint256 identityCommitment,
        uint256[] calldata merkleProofSiblings
    ) external override onlyOrganizer(pollId) onlyBeforeStart(pollId) {
        semaphore.removeMember(_polls[pollId].groupId, identityCommitment, merkleProofSiblings);
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
        emit AllowlistRegistered(pollId, msg.sender, identityCommitment);
    }

    /// @inheritdoc IBallotbox
    function castVote(uint256 pollId, ISemaphore.SemaphoreProof calldata proof) external override {
        Poll storage poll = _openPoll(pollId);
        BallotType ballotType = poll.ballotType;

        bytes4 reason = _checkBallot(ballotType, poll.optionCount, pollId, proof);
        if (reason != bytes4(0)) _revertWithSelector(reason);
        _verifyBallot(poll.groupId, proof);

        _count(pollId, ballotType, proof.message);
        ++poll.ballotCount;
        emit BallotCast(pollId, proof.nullifier, proof.message);
    }

    /// @inheritdoc IBallotbox
    function castVotes(
        uint256 pollId,
        ISemaphore.SemaphoreProof[] calldata proofs
    ) external override returns (uint256 counted) {
        if (proofs.length == 0) revert Ballotbox__EmptyBatch();
        Poll storage poll = _openPoll(pollId);
        BallotType ballotType = poll.ballotType;
        uint256 optionCount = poll.optionCount;
        uint256 groupId = poll.groupId;

        for (uint256 i = 0; i < proofs.length; ++i) {
            ISemaphore.SemaphoreProof calldata proof = proofs[i];
            bytes4 reason = _checkBallot(ballotType, optionCount, pollId, proof);
            if (reason == bytes4(0)) reason = _tryVerifyBallot(groupId, proof);
            if (reason != bytes4(0)) {
                emit BallotRejected(pollId, proof.nullifier, reason);
                continue;
            }
            _count(pollId, ballotType, proof.message);
            ++counted;
            emit BallotCast(pollId, proof.nullifier, proof.message);
        }
        // One write for the whole batch.
        poll.ballotCount += uint64(counted);
    }

    /// @inheritdoc IBallotbox
    function getPoll(uint256 pollId) external view override returns (Poll memory) {
        return _existingPoll(pollId);
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
        uint256 optionCount = _existingPoll(pollId).optionCount;
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

    /// @dev The poll, or a revert if it does not exist.
    function _existingPoll(uint256 pollId) internal view returns (Poll storage poll) {
        poll = _polls[pollId];
        if (poll.organizer == address(0)) revert Ballotbox__PollNotFound();
    }

    /// @dev The poll, or a revert unless it exists and is in its voting window.
    function _openPoll(uint256 pollId) internal view returns (Poll storage poll) {
        poll = _polls[pollId];
        // startTime is never zero for an existing poll (it is in the future at creation).
        if (poll.startTime == 0) revert Ballotbox__PollNotFound();
        if (block.timestamp < poll.startTime) revert Ballotbox__VotingNotStarted();
        if (block.timestamp >= poll.endTime) revert Ballotbox__VotingEnded();
    }

    /// @dev The checks a ballot must pass before its proof is worth verifying: public signals in
    /// the field, the poll's scope, a valid ballot. Returns the failing error's selector, or zero.
    /// Semaphore hashes message and scope before they enter the circuit, so values at or above
    /// the field would verify; they are refused so that each ballot has one canonical encoding.
    function _checkBallot(
        BallotType ballotType,
        uint256 optionCount,
        uint256 pollId,
        ISemaphore.SemaphoreProof calldata proof
    ) internal view returns (bytes4) {
        if (proof.scope >= SNARK_SCALAR_FIELD || proof.message >= SNARK_SCALAR_FIELD) {
            return Ballotbox__NotInSnarkScalarField.selector;
        }
        if (proof.scope != pollScope(pollId)) return Ballotbox__WrongScope.selector;
        if (!Ballots.isValid(ballotType, optionCount, proof.message)) return Ballotbox__InvalidBallot.selector;
        return bytes4(0);
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
