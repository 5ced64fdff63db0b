// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IBallotbox} from "./interfaces/IBallotbox.sol";
import {ISealedBallots} from "./interfaces/ISealedBallots.sol";
import {ITrusteeCeremony} from "./interfaces/ITrusteeCeremony.sol";
import {BabyJubJub} from "./libraries/BabyJubJub.sol";
import {Ballots, SNARK_SCALAR_FIELD} from "./libraries/Ballots.sol";
import {readCodeWords} from "./libraries/CodeData.sol";
import {Groth16Batch} from "./libraries/Groth16Batch.sol";
import {
    SealedVerificationKeys,
    SEALED_ALPHA_X,
    SEALED_ALPHA_Y,
    SEALED_BETA_X1,
    SEALED_BETA_X2,
    SEALED_BETA_Y1,
    SEALED_BETA_Y2,
    SEALED_GAMMA_X1,
    SEALED_GAMMA_X2,
    SEALED_GAMMA_Y1,
    SEALED_GAMMA_Y2,
    SEALED_BALLOT_2_KEY_OFFSET,
    SEALED_BALLOT_2_KEY_WORDS,
    SEALED_BALLOT_4_KEY_OFFSET,
    SEALED_BALLOT_4_KEY_WORDS,
    SEALED_BALLOT_8_KEY_OFFSET,
    SEALED_BALLOT_8_KEY_WORDS,
    PARTIAL_DECRYPTION_8_KEY_OFFSET,
    PARTIAL_DECRYPTION_8_KEY_WORDS,
    PARTIAL_DECRYPTION_8_INPUTS
} from "./generated/SealedVerificationKeys.sol";

/// @title SealedBallots
/// @notice Sealed polls' ballots, encrypted tally and decryption: see {ISealedBallots} and docs/sealed-ballots.md.
/// @dev Reads the poll (times, roll root, options) from Ballotbox and the poll key hash, QUAL and the aggregate
/// commitments' hash from TrusteeCeremony; keeps nullifiers, the encrypted tally and the decryption here.
contract SealedBallots is ISealedBallots {
    /// @dev A sealed poll's options are at most the largest ballot circuit's.
    uint256 private constant MAX_OPTIONS = 8;
    /// @dev The encrypted tally's words: C̄₁ and up to 8 C̄₂.
    uint256 private constant TALLY_WORDS = 2 + 2 * MAX_OPTIONS;
    /// @dev Δ = 16!: Δ·λₕ is an integer for every set of trustees numbered 1 … 16 (Shoup).
    int256 private constant DELTA = 20_922_789_888_000;

    /// @notice The polls and rolls.
    IBallotbox public immutable ballotbox;
    /// @notice The poll keys.
    ITrusteeCeremony public immutable ceremony;
    /// @notice The {SealedVerificationKeys} data contract, deployed by the constructor.
    address public immutable verificationKeys;

    mapping(uint256 pollId => SealedPoll) internal _polls;
    mapping(uint256 pollId => uint256[TALLY_WORDS]) internal _encryptedTallies;
    mapping(uint256 pollId => uint256[MAX_OPTIONS]) internal _tallies;
    /// @dev keccak256 of each trustee's published partial decryption.
    mapping(uint256 pollId => mapping(uint256 trustee => bytes32)) internal _decryptionHashes;

    /// @inheritdoc ISealedBallots
    mapping(uint256 pollId => mapping(uint256 nullifier => bool)) public nullifierUsed;

    /// @dev What every ballot of a poll is checked against, read once per call.
    /// @param optionCount K, the poll's options.
    /// @param circuitOptions The ballot circuit's: 2, 4 or 8, the smallest that fits K.
    struct Voting {
        uint256 optionCount;
        uint256 circuitOptions;
        uint256 rollRoot;
        uint256 keyHash;
        uint256 scopeHash;
    }

    constructor(IBallotbox ballotbox_, ITrusteeCeremony ceremony_) {
        ballotbox = ballotbox_;
        ceremony = ceremony_;
        verificationKeys = address(new SealedVerificationKeys());
    }

    /// @inheritdoc ISealedBallots
    function castSealedVote(uint256 pollId, SealedBallot calldata ballot) external override {
        Voting memory voting = _voting(pollId);
        bytes4 reason = _screen(voting, ballot);
        if (reason == bytes4(0) && nullifierUsed[pollId][ballot.nullifier]) {
            reason = SealedBallots__NullifierAlreadyUsed.selector;
        }
        Groth16Batch.Batch memory batch = _newBatch(voting, 1);
        if (reason == bytes4(0)) {
            _addProof(batch, voting, ballot);
            if (!Groth16Batch.verify(batch)[0]) reason = SealedBallots__InvalidProof.selector;
        }
        if (reason != bytes4(0)) _revertWith(reason);
        nullifierUsed[pollId][ballot.nullifier] = true;
        BabyJubJub.ExtendedPoint[] memory tally = _loadTally(pollId, voting.optionCount);
        _addBallot(tally, ballot.ciphertexts);
        _storeTally(pollId, tally, 1);
        emit SealedBallotCast(pollId, ballot.nullifier, ballot.ciphertexts, ballot.proof);
    }

    /// @inheritdoc ISealedBallots
    /// @dev As Ballotbox.castVotes: screen every ballot, verify the survivors' proofs together, then count or
    /// reject each in order with the reason castSealedVote would give it; the tally is written once.
    function castSealedVotes(
        uint256 pollId,
        SealedBallot[] calldata ballots
    ) external override returns (uint256 counted) {
        if (ballots.length == 0) revert SealedBallots__EmptyBatch();
        Voting memory voting = _voting(pollId);
        Groth16Batch.Batch memory batch = _newBatch(voting, ballots.length);
        // Per ballot: its position in the batch plus one, or the selector of the check that failed.
        uint256[] memory screened = new uint256[](ballots.length);
        for (uint256 i = 0; i < ballots.length; ++i) {
            bytes4 reason = _screen(voting, ballots[i]);
            if (reason != bytes4(0)) {
                screened[i] = uint256(uint32(reason)) << 8;
            } else {
                screened[i] = batch.count + 1;
                _addProof(batch, voting, ballots[i]);
            }
        }
        bool[] memory valid = batch.count == 0 ? new bool[](0) : Groth16Batch.verify(batch);
        mapping(uint256 nullifier => bool) storage spent = nullifierUsed[pollId];
        BabyJubJub.ExtendedPoint[] memory tally = _loadTally(pollId, voting.optionCount);
        for (uint256 i = 0; i < ballots.length; ++i) {
            SealedBallot calldata ballot = ballots[i];
            bytes4 reason = _finalReason(spent, ballot.nullifier, screened[i], valid);
            if (reason == bytes4(0)) {
                spent[ballot.nullifier] = true;
                _addBallot(tally, ballot.ciphertexts);
                emit SealedBallotCast(pollId, ballot.nullifier, ballot.ciphertexts, ballot.proof);
                // At most ballots.length.
                unchecked {
                    ++counted;
                }
            } else {
                emit SealedBallotRejected(pollId, ballot.nullifier, reason);
            }
        }
        if (counted != 0) _storeTally(pollId, tally, counted);
    }

    /// @inheritdoc ISealedBallots
    function publishPartialDecryption(
        uint256 pollId,
        uint256[] calldata aggregateCommitments,
        uint256[] calldata decryptionShares,
        uint256[8] calldata proof
    ) external override {
        (IBallotbox.Poll memory poll, ITrusteeCeremony.Ceremony memory keys) = _closedPoll(pollId);
        uint256 trustee = ceremony.trusteeIndex(pollId, msg.sender);
        uint16 bit = trustee == 0 ? 0 : uint16(1 << (trustee - 1));
        if (keys.qualified & bit == 0) revert SealedBallots__NotQualified(msg.sender);
        SealedPoll storage sealedPoll = _polls[pollId];
        if (sealedPoll.decrypted & bit != 0) revert SealedBallots__AlreadyDecrypted(trustee);
        if (keccak256(abi.encodePacked(aggregateCommitments)) != keys.aggregateCommitmentsHash) {
            revert SealedBallots__WrongAggregateCommitments();
        }
        uint256 options = poll.optionCount;
        if (decryptionShares.length != 2 * options) {
            revert SealedBallots__WrongShareSize(2 * options, decryptionShares.length);
        }
        Groth16Batch.Batch memory batch = _partialDecryptionBatch(
            pollId,
            _verificationKeys(aggregateCommitments, options, keys.threshold, trustee),
            decryptionShares,
            proof
        );
        if (!Groth16Batch.verify(batch)[0]) revert SealedBallots__WrongPartialDecryption();
        _decryptionHashes[pollId][trustee] = keccak256(abi.encodePacked(decryptionShares));
        sealedPoll.decrypted |= bit;
        emit PartialDecryptionPublished(pollId, trustee, decryptionShares, proof);
    }

    /// @inheritdoc ISealedBallots
    function publishTally(
        uint256 pollId,
        uint256[] calldata counts,
        uint16 trustees,
        uint256[][] calldata decryptionShares
    ) external override {
        (IBallotbox.Poll memory poll, ITrusteeCeremony.Ceremony memory keys) = _closedPoll(pollId);
        uint256[] memory members = _publishedShareSet(pollId, keys.threshold, trustees, decryptionShares);
        uint256 options = poll.optionCount;
        if (counts.length != options) revert SealedBallots__WrongCountSize(options, counts.length);
        _checkAndStoreCounts(pollId, counts, _scaledLagrange(members), decryptionShares);
        _polls[pollId].tallied = true;
        emit TallyDecrypted(pollId, counts, trustees);
    }

    /// @inheritdoc ISealedBallots
    function getSealedPoll(uint256 pollId) external view override returns (SealedPoll memory) {
        return _polls[pollId];
    }

    /// @inheritdoc ISealedBallots
    function getEncryptedTally(uint256 pollId) external view override returns (uint256[] memory tally) {
        uint256 options = ballotbox.getPoll(pollId).optionCount;
        tally = new uint256[](2 + 2 * options);
        bool empty = _polls[pollId].ballotCount == 0;
        for (uint256 i = 0; i < tally.length; ++i) {
            // Before the first ballot the tally is O = (0, 1) in every slot.
            tally[i] = empty ? i % 2 : _encryptedTallies[pollId][i];
        }
    }

    /// @inheritdoc ISealedBallots
    function getTally(uint256 pollId) external view override returns (uint256[] memory tally) {
        if (!_polls[pollId].tallied) revert SealedBallots__TallySealed();
        uint256 options = ballotbox.getPoll(pollId).optionCount;
        tally = new uint256[](options);
        for (uint256 option = 0; option < options; ++option) {
            tally[option] = _tallies[pollId][option];
        }
    }

    /// @dev The trustees of `trustees` in order, or a revert unless they are exactly t trustees
    ///      whose partial decryptions were verified and `decryptionShares` are those decryptions.
    function _publishedShareSet(
        uint256 pollId,
        uint256 threshold,
        uint16 trustees,
        uint256[][] calldata decryptionShares
    ) private view returns (uint256[] memory members) {
        members = _members(trustees);
        if (members.length != threshold || trustees & ~_polls[pollId].decrypted != 0) {
            revert SealedBallots__WrongShareSet(trustees);
        }
        if (decryptionShares.length != members.length) revert SealedBallots__WrongShareSet(trustees);
        for (uint256 k = 0; k < members.length; ++k) {
            if (keccak256(abi.encodePacked(decryptionShares[k])) != _decryptionHashes[pollId][members[k]]) {
                revert SealedBallots__WrongShares(members[k]);
            }
        }
    }

    /// @dev Checks each count against the combined decryption shares and stores it as final.
    function _checkAndStoreCounts(
        uint256 pollId,
        uint256[] calldata counts,
        int256[] memory lambdas,
        uint256[][] calldata decryptionShares
    ) private {
        uint256 ballotCount = _polls[pollId].ballotCount;
        uint256[TALLY_WORDS] storage encrypted = _encryptedTallies[pollId];
        for (uint256 option = 0; option < counts.length; ++option) {
            // A count above the ballots would balance the equation as m̄ + l does: refused.
            if (counts[option] > ballotCount) revert SealedBallots__WrongTally(option);
            if (!_countHolds(option, counts[option], lambdas, decryptionShares, encrypted, ballotCount)) {
                revert SealedBallots__WrongTally(option);
            }
            _tallies[pollId][option] = counts[option];
        }
    }

    /// @dev The poll's voting context, or a revert unless it is sealed, open, and its key fixed.
    function _voting(uint256 pollId) private view returns (Voting memory voting) {
        IBallotbox.BallotContext memory poll = ballotbox.getBallotContext(pollId);
        if (poll.secrecy != IBallotbox.Secrecy.SealedUntilClose) revert SealedBallots__PollNotSealed();
        if (block.timestamp < poll.startTime) revert SealedBallots__VotingNotStarted();
        if (block.timestamp >= poll.endTime) revert SealedBallots__VotingEnded();
        uint256 keyHash = ceremony.pollKeyHash(pollId);
        if (keyHash == 0) revert SealedBallots__CeremonyNotFinished();
        voting.optionCount = poll.optionCount;
        voting.circuitOptions =
            poll.optionCount <= 2
                ? 2
                : poll.optionCount <= 4
                    ? 4
                    : 8;
        voting.rollRoot = poll.rollRoot;
        voting.keyHash = keyHash;
        voting.scopeHash = Ballots.semaphoreHash(poll.scope);
    }

    /// @dev The poll and its ceremony, or a revert unless the poll is sealed, closed and not yet tallied.
    function _closedPoll(
        uint256 pollId
    ) private view returns (IBallotbox.Poll memory poll, ITrusteeCeremony.Ceremony memory keys) {
        poll = ballotbox.getPoll(pollId);
        if (poll.secrecy != IBallotbox.Secrecy.SealedUntilClose) revert SealedBallots__PollNotSealed();
        if (block.timestamp < poll.endTime) revert SealedBallots__PollNotClosed();
        if (_polls[pollId].tallied) revert SealedBallots__AlreadyTallied();
        keys = ceremony.getCeremony(pollId);
        if (!keys.finalised) revert SealedBallots__CeremonyNotFinished();
    }

    /// @dev The checks of a ballot before its nullifier and proof. Returns the selector of the error, or zero.
    function _screen(Voting memory voting, SealedBallot calldata ballot) private pure returns (bytes4) {
        uint256 words = 2 + 2 * voting.optionCount;
        if (ballot.ciphertexts.length != words) return SealedBallots__WrongCiphertextCount.selector;
        if (ballot.nullifier >= SNARK_SCALAR_FIELD) return SealedBallots__NotInSnarkScalarField.selector;
        for (uint256 i = 0; i < words; ++i) {
            if (ballot.ciphertexts[i] >= SNARK_SCALAR_FIELD) return SealedBallots__NotInSnarkScalarField.selector;
        }
        return bytes4(0);
    }

    /// @dev What rejects a screened ballot when the batch is counted, in castSealedVote's order.
    function _finalReason(
        mapping(uint256 nullifier => bool) storage spent,
        uint256 nullifier,
        uint256 screened,
        bool[] memory valid
    ) private view returns (bytes4) {
        if (screened >> 8 != 0) return bytes4(uint32(screened >> 8));
        if (spent[nullifier]) return SealedBallots__NullifierAlreadyUsed.selector;
        if (!valid[screened - 1]) return SealedBallots__InvalidProof.selector;
        return bytes4(0);
    }

    /// @dev An empty batch of the poll's ballot circuit, with room for `capacity` proofs.
    function _newBatch(Voting memory voting, uint256 capacity) private view returns (Groth16Batch.Batch memory batch) {
        // Outputs (root, nullifier, key hash, C₁, C₂ × options), then the scope: 6 + 2·options.
        batch.inputCount = 6 + 2 * voting.circuitOptions;
        (uint256 offset, uint256 words) = _ballotKey(voting.circuitOptions);
        batch.keys = _keys(offset, words);
        batch.proofs = new uint256[](capacity * (Groth16Batch.PROOF_HEADER_WORDS + batch.inputCount));
    }

    /// @dev Appends a ballot's proof with its public signals, the poll's padding options as O.
    function _addProof(
        Groth16Batch.Batch memory batch,
        Voting memory voting,
        SealedBallot calldata ballot
    ) private pure {
        uint256[] memory proofs = batch.proofs;
        uint256 at = batch.count * (Groth16Batch.PROOF_HEADER_WORDS + batch.inputCount);
        ++batch.count;
        // Key 0 (the batch has one); A, B, C.
        proofs[at] = 0;
        for (uint256 i = 0; i < 8; ++i) {
            proofs[at + 1 + i] = ballot.proof[i];
        }
        at += Groth16Batch.PROOF_HEADER_WORDS;
        proofs[at] = voting.rollRoot;
        proofs[at + 1] = ballot.nullifier;
        proofs[at + 2] = voting.keyHash;
        uint256 words = ballot.ciphertexts.length;
        for (uint256 i = 0; i < words; ++i) {
            proofs[at + 3 + i] = ballot.ciphertexts[i];
        }
        // Padding options' ciphertexts are O = (0, 1): the circuit proves them so.
        for (uint256 i = words; i < 2 + 2 * voting.circuitOptions; i += 2) {
            proofs[at + 3 + i] = 0;
            proofs[at + 4 + i] = 1;
        }
        proofs[at + batch.inputCount - 1] = voting.scopeHash;
    }

    /// @dev The one-proof batch of a partial decryption: VKₕ,ⱼ, Dₕ,ⱼ (padded with O to 8 options), C̄₁.
    function _partialDecryptionBatch(
        uint256 pollId,
        uint256[] memory verificationKeyWords,
        uint256[] calldata decryptionShares,
        uint256[8] calldata proof
    ) private view returns (Groth16Batch.Batch memory batch) {
        batch.inputCount = PARTIAL_DECRYPTION_8_INPUTS;
        batch.keys = _keys(PARTIAL_DECRYPTION_8_KEY_OFFSET, PARTIAL_DECRYPTION_8_KEY_WORDS);
        batch.count = 1;
        uint256[] memory words = new uint256[](Groth16Batch.PROOF_HEADER_WORDS + PARTIAL_DECRYPTION_8_INPUTS);
        for (uint256 i = 0; i < 8; ++i) {
            words[1 + i] = proof[i];
        }
        uint256 signals = Groth16Batch.PROOF_HEADER_WORDS;
        for (uint256 slot = 0; slot < 2 * MAX_OPTIONS; slot += 2) {
            bool used = slot < decryptionShares.length;
            words[signals + slot] = used ? verificationKeyWords[slot] : 0;
            words[signals + slot + 1] = used ? verificationKeyWords[slot + 1] : 1;
            words[signals + 2 * MAX_OPTIONS + slot] = used ? decryptionShares[slot] : 0;
            words[signals + 2 * MAX_OPTIONS + slot + 1] = used ? decryptionShares[slot + 1] : 1;
        }
        bool empty = _polls[pollId].ballotCount == 0;
        words[signals + 4 * MAX_OPTIONS] = empty ? 0 : _encryptedTallies[pollId][0];
        words[signals + 4 * MAX_OPTIONS + 1] = empty ? 1 : _encryptedTallies[pollId][1];
        batch.proofs = words;
    }

    /// @dev VKₕ,ⱼ = Σₗ hˡ·Āⱼ,ₗ for each option, affine: x₀, y₀, x₁, y₁, …
    function _verificationKeys(
        uint256[] calldata aggregateCommitments,
        uint256 options,
        uint256 threshold,
        uint256 trustee
    ) private view returns (uint256[] memory) {
        BabyJubJub.ExtendedPoint[] memory keys = new BabyJubJub.ExtendedPoint[](options);
        for (uint256 option = 0; option < options; ++option) {
            uint256[] memory row = aggregateCommitments[2 * option * threshold:2 * (option + 1) * threshold];
            keys[option] = BabyJubJub.hornerExtended(row, trustee);
        }
        return BabyJubJub.toAffineBatch(keys);
    }

    /// @dev Δ·λₕ at 0 for each trustee h of S: Δ·Π_{m∈S, m≠h} m/(m − h), an exact integer of at most 105 bits.
    function _scaledLagrange(uint256[] memory members) private pure returns (int256[] memory lambdas) {
        lambdas = new int256[](members.length);
        for (uint256 k = 0; k < members.length; ++k) {
            int256 numerator = DELTA;
            int256 denominator = 1;
            int256 h = int256(members[k]);
            for (uint256 other = 0; other < members.length; ++other) {
                if (other == k) continue;
                int256 m = int256(members[other]);
                numerator *= m;
                denominator *= m - h;
            }
            lambdas[k] = numerator / denominator;
        }
    }

    /// @dev Δ·m̄·G + Σₕ Δ·λₕ·Dₕ − Δ·C̄₂ = O for one option (C̄₂ = O before the first ballot).
    function _countHolds(
        uint256 option,
        uint256 count,
        int256[] memory lambdas,
        uint256[][] calldata decryptionShares,
        uint256[TALLY_WORDS] storage encrypted,
        uint256 ballotCount
    ) private view returns (bool) {
        uint256 terms = lambdas.length + 2;
        uint256[] memory points = new uint256[](2 * terms);
        int256[] memory scalars = new int256[](terms);
        points[0] = BabyJubJub.BASE_X;
        points[1] = BabyJubJub.BASE_Y;
        // count ≤ ballotCount < 2⁶⁴.
        scalars[0] = DELTA * int256(count);
        for (uint256 k = 0; k < lambdas.length; ++k) {
            points[2 + 2 * k] = decryptionShares[k][2 * option];
            points[3 + 2 * k] = decryptionShares[k][2 * option + 1];
            scalars[1 + k] = lambdas[k];
        }
        points[2 * terms - 2] = ballotCount == 0 ? 0 : encrypted[2 + 2 * option];
        points[2 * terms - 1] = ballotCount == 0 ? 1 : encrypted[3 + 2 * option];
        scalars[terms - 1] = -DELTA;
        return BabyJubJub.multiScalarEquals(points, scalars, 0, 1);
    }

    /// @dev The trustees of a mask, in increasing order.
    function _members(uint16 trustees) private pure returns (uint256[] memory members) {
        uint256 count = 0;
        for (uint256 m = trustees; m != 0; m &= m - 1) {
            ++count;
        }
        members = new uint256[](count);
        uint256 next = 0;
        for (uint256 trustee = 1; trustee <= 16; ++trustee) {
            if (trustees & (1 << (trustee - 1)) != 0) members[next++] = trustee;
        }
    }

    /// @dev The encrypted tally in extended coordinates: C̄₁, then C̄₂ per option (all O before any ballot).
    function _loadTally(
        uint256 pollId,
        uint256 options
    ) private view returns (BabyJubJub.ExtendedPoint[] memory tally) {
        tally = new BabyJubJub.ExtendedPoint[](1 + options);
        bool empty = _polls[pollId].ballotCount == 0;
        uint256[TALLY_WORDS] storage stored = _encryptedTallies[pollId];
        for (uint256 p = 0; p <= options; ++p) {
            tally[p] = empty ? BabyJubJub.identityExtended() : BabyJubJub.toExtended(stored[2 * p], stored[2 * p + 1]);
        }
    }

    /// @dev tally += the ballot's ciphertexts, point by point.
    function _addBallot(BabyJubJub.ExtendedPoint[] memory tally, uint256[] calldata ciphertexts) private pure {
        for (uint256 p = 0; p < tally.length; ++p) {
            BabyJubJub.addTo(tally[p], ciphertexts[2 * p], ciphertexts[2 * p + 1]);
        }
    }

    /// @dev Writes the tally back affine (one inversion for all its points) and counts `added` more ballots.
    function _storeTally(uint256 pollId, BabyJubJub.ExtendedPoint[] memory tally, uint256 added) private {
        uint256[] memory affine = BabyJubJub.toAffineBatch(tally);
        uint256[TALLY_WORDS] storage stored = _encryptedTallies[pollId];
        for (uint256 i = 0; i < affine.length; ++i) {
            stored[i] = affine[i];
        }
        // At most a batch's length more; the roll holds at most 2²⁰ voters.
        _polls[pollId].ballotCount += uint64(added);
    }

    /// @dev The sealed circuits' shared α, β, γ with one key's δ and IC.
    function _keys(uint256 offset, uint256 words) private view returns (Groth16Batch.Keys memory keys) {
        keys.alpha = [SEALED_ALPHA_X, SEALED_ALPHA_Y];
        keys.beta = [SEALED_BETA_X1, SEALED_BETA_X2, SEALED_BETA_Y1, SEALED_BETA_Y2];
        keys.gamma = [SEALED_GAMMA_X1, SEALED_GAMMA_X2, SEALED_GAMMA_Y1, SEALED_GAMMA_Y2];
        keys.deltaAndIc = new uint256[][](1);
        keys.deltaAndIc[0] = readCodeWords(verificationKeys, offset, words);
    }

    /// @dev Where the ballot circuit of 2, 4 or 8 options keeps its key, and its length in words.
    function _ballotKey(uint256 circuitOptions) private pure returns (uint256 offset, uint256 words) {
        if (circuitOptions == 2) return (SEALED_BALLOT_2_KEY_OFFSET, SEALED_BALLOT_2_KEY_WORDS);
        if (circuitOptions == 4) return (SEALED_BALLOT_4_KEY_OFFSET, SEALED_BALLOT_4_KEY_WORDS);
        return (SEALED_BALLOT_8_KEY_OFFSET, SEALED_BALLOT_8_KEY_WORDS);
    }

    function _revertWith(bytes4 selector) private pure {
        assembly ("memory-safe") {
            mstore(0, selector)
            revert(0, 4)
        }
    }
}
