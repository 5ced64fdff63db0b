// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {PoseidonT3} from "poseidon-solidity/PoseidonT3.sol";
import {PoseidonT6} from "poseidon-solidity/PoseidonT6.sol";
import {IBallotbox} from "./interfaces/IBallotbox.sol";
import {ITrusteeCeremony} from "./interfaces/ITrusteeCeremony.sol";
import {BabyJubJub} from "./libraries/BabyJubJub.sol";

/// @title TrusteeCeremony
/// @notice The key ceremony of Ballotbox's sealed polls: see {ITrusteeCeremony} and docs/sealed-ballots.md.
/// @dev The contract stores only what decides who may act next (masks, deadlines) and hashes of what it must
/// check later (each dealing's commitments, the aggregate commitments); the points and shares themselves are
/// in the events, which is all the recount reads. lib/sealed/ is the reference every check here is tested
/// against (test/contracts/TrusteeCeremony.test.ts).
contract TrusteeCeremony is ITrusteeCeremony {
    /// @notice The most trustees a poll names (masks are 16 bits; docs/sealed-ballots.md says why 16).
    uint256 public constant MAX_TRUSTEES = 16;

    /// @dev The domain of the key proof's challenge (lib/sealed/proof-of-knowledge.ts).
    string private constant KEY_DOMAIN = "ballotbox.sealed.key.v1";

    /// @dev Key slots the poll key hash always covers (lib/sealed/poll-key-hash.ts).
    uint256 private constant KEY_SLOTS = 8;

    /// @notice The polls whose ceremonies these are.
    IBallotbox public immutable ballotbox;

    mapping(uint256 pollId => Ceremony) internal _ceremonies;
    mapping(uint256 pollId => address[]) internal _trustees;

    /// @inheritdoc ITrusteeCeremony
    mapping(uint256 pollId => mapping(address account => uint256)) public trusteeIndex;

    /// @dev keccak256 of each dealer's commitments, as published.
    mapping(uint256 pollId => mapping(uint256 dealer => bytes32)) internal _dealingHashes;
    /// @dev Per dealer: the complainants (low 16 bits) and the complaints answered (high 16 bits).
    mapping(uint256 pollId => mapping(uint256 dealer => uint32)) internal _complaints;

    constructor(IBallotbox ballotbox_) {
        ballotbox = ballotbox_;
    }

    /// @inheritdoc ITrusteeCeremony
    function openCeremony(
        uint256 pollId,
        address[] calldata trustees,
        uint8 threshold,
        uint40 keysBy,
        uint40 dealsBy,
        uint40 complaintsBy,
        uint40 revealsBy
    ) external override {
        IBallotbox.Poll memory poll = ballotbox.getPoll(pollId);
        if (poll.secrecy != IBallotbox.Secrecy.SealedUntilClose) revert TrusteeCeremony__PollNotSealed();
        if (poll.organizer != msg.sender) revert TrusteeCeremony__CallerIsNotTheOrganizer();
        Ceremony storage ceremony = _ceremonies[pollId];
        if (ceremony.trusteeCount != 0) revert TrusteeCeremony__AlreadyOpened();
        uint256 n = trustees.length;
        if (n == 0 || n > MAX_TRUSTEES) revert TrusteeCeremony__TrusteeCountOutOfRange(n);
        if (threshold == 0 || threshold > n) revert TrusteeCeremony__ThresholdOutOfRange(threshold, n);
        if (
            keysBy <= block.timestamp ||
            dealsBy <= keysBy ||
            complaintsBy <= dealsBy ||
            revealsBy <= complaintsBy ||
            revealsBy > poll.startTime
        ) revert TrusteeCeremony__DeadlinesOutOfOrder();
        mapping(address account => uint256) storage indexOf = trusteeIndex[pollId];
        for (uint256 i = 0; i < n; ++i) {
            address trustee = trustees[i];
            if (trustee == address(0) || indexOf[trustee] != 0) revert TrusteeCeremony__InvalidTrustee(trustee);
            indexOf[trustee] = i + 1;
        }
        _trustees[pollId] = trustees;
        ceremony.keysBy = keysBy;
        ceremony.dealsBy = dealsBy;
        ceremony.complaintsBy = complaintsBy;
        ceremony.revealsBy = revealsBy;
        // n ≤ 16.
        ceremony.trusteeCount = uint8(n);
        ceremony.threshold = threshold;
        emit CeremonyOpened(pollId, trustees, threshold, keysBy, dealsBy, complaintsBy, revealsBy);
    }

    /// @inheritdoc ITrusteeCeremony
    function publishKey(
        uint256 pollId,
        uint256[2] calldata key,
        uint256[2] calldata proofCommitment,
        uint256 proofResponse
    ) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Keys);
        uint256 trustee = _trusteeOf(pollId);
        uint16 bit = _bit(trustee);
        if (ceremony.keyed & bit != 0) revert TrusteeCeremony__AlreadyDone(Step.Keys);
        if (BabyJubJub.isIdentity(key[0], key[1]) || !BabyJubJub.inSubgroup(key[0], key[1])) {
            revert TrusteeCeremony__InvalidKey();
        }
        if (!_keyProofHolds(pollId, trustee, key, proofCommitment, proofResponse)) {
            revert TrusteeCeremony__InvalidKeyProof();
        }
        ceremony.keyed |= bit;
        emit TrusteeKeyPublished(pollId, trustee, key, proofCommitment, proofResponse);
    }

    /// @inheritdoc ITrusteeCeremony
    function deal(
        uint256 pollId,
        uint256[] calldata commitments,
        uint256[] calldata encryptedShares
    ) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Deal);
        uint256 dealer = _keyedTrusteeOf(pollId, ceremony);
        uint16 bit = _bit(dealer);
        if (ceremony.dealt & bit != 0) revert TrusteeCeremony__AlreadyDone(Step.Deal);
        uint256 options = ballotbox.getPoll(pollId).optionCount;
        uint256 commitmentWords = 2 * options * ceremony.threshold;
        if (commitments.length != commitmentWords) {
            revert TrusteeCeremony__WrongDealingSize(commitmentWords, commitments.length);
        }
        uint256 shareWords = _popcount(ceremony.keyed) * options;
        if (encryptedShares.length != shareWords) {
            revert TrusteeCeremony__WrongDealingSize(shareWords, encryptedShares.length);
        }
        for (uint256 i = 0; i < commitmentWords; i += 2) {
            if (!BabyJubJub.isOnCurve(commitments[i], commitments[i + 1])) {
                revert TrusteeCeremony__CommitmentNotOnCurve(i / 2);
            }
        }
        for (uint256 i = 0; i < shareWords; ++i) {
            if (encryptedShares[i] >= BabyJubJub.ORDER) revert TrusteeCeremony__ShareNotAScalar(i);
        }
        _dealingHashes[pollId][dealer] = keccak256(abi.encodePacked(commitments));
        ceremony.dealt |= bit;
        emit SharesDealt(pollId, dealer, commitments, ceremony.keyed, encryptedShares);
    }

    /// @inheritdoc ITrusteeCeremony
    function complain(uint256 pollId, uint256 dealer) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Complain);
        uint256 complainant = _keyedTrusteeOf(pollId, ceremony);
        if (dealer == complainant || dealer == 0 || dealer > MAX_TRUSTEES || ceremony.dealt & _bit(dealer) == 0) {
            revert TrusteeCeremony__NotADealer(dealer);
        }
        uint32 complaints = _complaints[pollId][dealer];
        uint16 bit = _bit(complainant);
        if (uint16(complaints) & bit != 0) revert TrusteeCeremony__AlreadyDone(Step.Complain);
        _complaints[pollId][dealer] = complaints | bit;
        emit ComplaintFiled(pollId, dealer, complainant);
    }

    /// @inheritdoc ITrusteeCeremony
    function disqualify(
        uint256 pollId,
        uint256 dealer,
        uint256[] calldata commitments,
        uint256 position
    ) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Complain);
        _keyedTrusteeOf(pollId, ceremony);
        if (dealer == 0 || dealer > MAX_TRUSTEES || ceremony.dealt & _bit(dealer) == 0) {
            revert TrusteeCeremony__NotADealer(dealer);
        }
        _requirePublished(pollId, dealer, commitments);
        if (ceremony.disqualified & _bit(dealer) != 0) revert TrusteeCeremony__AlreadyDone(Step.Complain);
        // The dealing is 2·K·t words long (checked when dealt), so a position past it has no point.
        if (2 * position + 1 >= commitments.length) revert TrusteeCeremony__CommitmentInSubgroup(position);
        if (BabyJubJub.inSubgroup(commitments[2 * position], commitments[2 * position + 1])) {
            revert TrusteeCeremony__CommitmentInSubgroup(position);
        }
        ceremony.disqualified |= _bit(dealer);
        emit DealerDisqualified(pollId, dealer, position);
    }

    /// @inheritdoc ITrusteeCeremony
    function reveal(
        uint256 pollId,
        uint256 complainant,
        uint256[] calldata commitments,
        uint256[] calldata shares
    ) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Reveal);
        uint256 dealer = _trusteeOf(pollId);
        uint32 complaints = _complaints[pollId][dealer];
        uint16 bit = complainant == 0 || complainant > MAX_TRUSTEES ? 0 : _bit(complainant);
        if (bit == 0 || uint16(complaints) & bit == 0 || uint16(complaints >> 16) & bit != 0) {
            revert TrusteeCeremony__NoOpenComplaint(dealer, complainant);
        }
        _requirePublished(pollId, dealer, commitments);
        _requireRevealedShares(commitments, ceremony.threshold, complainant, shares);
        _complaints[pollId][dealer] = complaints | (uint32(bit) << 16);
        emit ComplaintRefused(pollId, dealer, complainant, shares);
    }

    /// @inheritdoc ITrusteeCeremony
    function finalise(uint256 pollId, uint256[][] calldata dealings) external override {
        Ceremony storage ceremony = _openCeremony(pollId);
        _requireStep(ceremony, Step.Finalise);
        IBallotbox.Poll memory poll = ballotbox.getPoll(pollId);
        if (block.timestamp >= poll.startTime) revert TrusteeCeremony__StepClosed(Step.Finalise);
        if (ceremony.finalised) revert TrusteeCeremony__AlreadyDone(Step.Finalise);
        uint16 qualified = _qualified(pollId, ceremony);
        uint256 count = _popcount(qualified);
        if (count < ceremony.threshold) revert TrusteeCeremony__TooFewQualified(count, ceremony.threshold);
        if (dealings.length != count) revert TrusteeCeremony__WrongQualifiedCount(count, dealings.length);

        uint256[] memory aggregate = _aggregate(pollId, qualified, dealings);
        uint256 threshold = ceremony.threshold;
        uint256[2 * KEY_SLOTS] memory keys;
        for (uint256 option = 0; option < KEY_SLOTS; ++option) {
            if (option >= poll.optionCount) {
                // Unused slots hold O = (0, 1).
                keys[2 * option + 1] = 1;
                continue;
            }
            uint256 x = aggregate[2 * option * threshold];
            uint256 y = aggregate[2 * option * threshold + 1];
            if (BabyJubJub.isIdentity(x, y) || !BabyJubJub.inSubgroup(x, y)) {
                revert TrusteeCeremony__InvalidPollKey(option);
            }
            keys[2 * option] = x;
            keys[2 * option + 1] = y;
        }
        uint256 keyHash = _pollKeyHash(uint8(poll.ballotType), poll.optionCount, keys);
        ceremony.qualified = qualified;
        ceremony.finalised = true;
        ceremony.pollKeyHash = keyHash;
        ceremony.aggregateCommitmentsHash = keccak256(abi.encodePacked(aggregate));
        emit CeremonyFinalised(pollId, qualified, aggregate, keyHash);
    }

    /// @inheritdoc ITrusteeCeremony
    function getCeremony(uint256 pollId) external view override returns (Ceremony memory) {
        return _ceremonies[pollId];
    }

    /// @inheritdoc ITrusteeCeremony
    function getTrustees(uint256 pollId) external view override returns (address[] memory) {
        return _trustees[pollId];
    }

    /// @inheritdoc ITrusteeCeremony
    function status(uint256 pollId) external view override returns (Status) {
        Ceremony storage ceremony = _ceremonies[pollId];
        if (ceremony.trusteeCount == 0) return Status.NotOpened;
        if (ceremony.finalised) return Status.Finalised;
        if (block.timestamp < ceremony.keysBy) return Status.Keys;
        if (_popcount(ceremony.keyed) < ceremony.threshold) return Status.FailedTooFewKeys;
        if (block.timestamp < ceremony.dealsBy) return Status.Dealing;
        if (block.timestamp < ceremony.complaintsBy) return Status.Complaints;
        if (block.timestamp < ceremony.revealsBy) return Status.Reveals;
        if (_popcount(_qualified(pollId, ceremony)) < ceremony.threshold) return Status.FailedTooFewQualified;
        if (block.timestamp < ballotbox.getPoll(pollId).startTime) return Status.Finalising;
        return Status.FailedNotFinalised;
    }

    /// @inheritdoc ITrusteeCeremony
    function qualifiedDealers(uint256 pollId) external view override returns (uint16) {
        Ceremony storage ceremony = _ceremonies[pollId];
        return ceremony.finalised ? ceremony.qualified : _qualified(pollId, ceremony);
    }

    /// @inheritdoc ITrusteeCeremony
    function complaintsAgainst(
        uint256 pollId,
        uint256 dealer
    ) external view override returns (uint16 filed, uint16 answered) {
        uint32 complaints = _complaints[pollId][dealer];
        return (uint16(complaints), uint16(complaints >> 16));
    }

    /// @inheritdoc ITrusteeCeremony
    function pollKeyHash(uint256 pollId) external view override returns (uint256) {
        return _ceremonies[pollId].pollKeyHash;
    }

    /// @dev Reverts unless `shares` are the complainant's shares of the dealing, one scalar per option,
    /// each matching the dealer's commitments (the Feldman check).
    function _requireRevealedShares(
        uint256[] calldata commitments,
        uint256 threshold,
        uint256 complainant,
        uint256[] calldata shares
    ) private view {
        uint256 options = commitments.length / (2 * threshold);
        if (shares.length != options) revert TrusteeCeremony__WrongDealingSize(options, shares.length);
        for (uint256 option = 0; option < options; ++option) {
            if (shares[option] >= BabyJubJub.ORDER) revert TrusteeCeremony__ShareNotAScalar(option);
            if (!_shareHolds(commitments, option, threshold, complainant, shares[option])) {
                revert TrusteeCeremony__WrongRevealedShare(option);
            }
        }
    }

    /// @dev The ceremony, or a revert if it was never opened.
    function _openCeremony(uint256 pollId) private view returns (Ceremony storage ceremony) {
        ceremony = _ceremonies[pollId];
        if (ceremony.trusteeCount == 0) revert TrusteeCeremony__NotOpened();
    }

    /// @dev Reverts unless block time is within `step`'s window: from the previous step's deadline to its own
    /// (Finalise closes at the poll's startTime, which {finalise} checks as it reads the poll anyway). After
    /// the Keys step, too few keys end the ceremony.
    function _requireStep(Ceremony storage ceremony, Step step) private view {
        if (step != Step.Keys && block.timestamp < _deadline(ceremony, Step(uint8(step) - 1))) {
            revert TrusteeCeremony__StepNotOpen(step);
        }
        if (step != Step.Finalise && block.timestamp >= _deadline(ceremony, step)) {
            revert TrusteeCeremony__StepClosed(step);
        }
        if (step != Step.Keys && _popcount(ceremony.keyed) < ceremony.threshold) {
            revert TrusteeCeremony__TooFewKeys(_popcount(ceremony.keyed), ceremony.threshold);
        }
    }

    /// @dev The deadline of a step before Finalise.
    function _deadline(Ceremony storage ceremony, Step step) private view returns (uint256) {
        if (step == Step.Keys) return ceremony.keysBy;
        if (step == Step.Deal) return ceremony.dealsBy;
        if (step == Step.Complain) return ceremony.complaintsBy;
        return ceremony.revealsBy;
    }

    /// @dev The caller's trustee number, or a revert.
    function _trusteeOf(uint256 pollId) private view returns (uint256 trustee) {
        trustee = trusteeIndex[pollId][msg.sender];
        if (trustee == 0) revert TrusteeCeremony__NotATrustee(msg.sender);
    }

    /// @dev The caller's trustee number if it published a key, or a revert.
    function _keyedTrusteeOf(uint256 pollId, Ceremony storage ceremony) private view returns (uint256 trustee) {
        trustee = _trusteeOf(pollId);
        if (ceremony.keyed & _bit(trustee) == 0) revert TrusteeCeremony__NoKey(trustee);
    }

    /// @dev Reverts unless `commitments` are the dealer's, as published.
    function _requirePublished(uint256 pollId, uint256 dealer, uint256[] calldata commitments) private view {
        if (keccak256(abi.encodePacked(commitments)) != _dealingHashes[pollId][dealer]) {
            revert TrusteeCeremony__WrongCommitments(dealer);
        }
    }

    /// @dev QUAL: who dealt, minus the disqualified and those with a complaint unanswered.
    function _qualified(uint256 pollId, Ceremony storage ceremony) private view returns (uint16 qualified) {
        qualified = ceremony.dealt & ~ceremony.disqualified;
        for (uint256 dealer = 1; dealer <= ceremony.trusteeCount; ++dealer) {
            uint32 complaints = _complaints[pollId][dealer];
            if (uint16(complaints) & ~uint16(complaints >> 16) != 0) qualified &= ~_bit(dealer);
        }
    }

    /// @dev z·G − c·E = R, with c = keccak256(abi.encode(KEY_DOMAIN, chainid, this, pollId, trustee, E, R)) mod l.
    function _keyProofHolds(
        uint256 pollId,
        uint256 trustee,
        uint256[2] calldata key,
        uint256[2] calldata commitment,
        uint256 response
    ) private view returns (bool) {
        if (response >= BabyJubJub.ORDER || !BabyJubJub.isOnCurve(commitment[0], commitment[1])) return false;
        uint256 challenge =
            uint256(
                keccak256(
                    abi.encode(
                        KEY_DOMAIN,
                        block.chainid,
                        address(this),
                        pollId,
                        trustee,
                        key[0],
                        key[1],
                        commitment[0],
                        commitment[1]
                    )
                )
            ) % BabyJubJub.ORDER;
        uint256[] memory points = new uint256[](4);
        points[0] = BabyJubJub.BASE_X;
        points[1] = BabyJubJub.BASE_Y;
        points[2] = key[0];
        points[3] = key[1];
        int256[] memory scalars = new int256[](2);
        // Both below l < 2²⁵¹.
        scalars[0] = int256(response);
        scalars[1] = -int256(challenge);
        return BabyJubJub.multiScalarEquals(points, scalars, commitment[0], commitment[1]);
    }

    /// @dev share·G = Σₗ hˡ·A_{option,ℓ} (Feldman), for the option's t commitments.
    function _shareHolds(
        uint256[] calldata commitments,
        uint256 option,
        uint256 threshold,
        uint256 recipient,
        uint256 share
    ) private view returns (bool) {
        uint256[] memory row = commitments[2 * option * threshold:2 * (option + 1) * threshold];
        (uint256 x, uint256 y) = BabyJubJub.mulBase(share);
        return BabyJubJub.equals(BabyJubJub.hornerExtended(row, recipient), x, y);
    }

    /// @dev Ā_{j,ℓ} = Σ_{i∈QUAL} A_{i,j,ℓ}, affine, each dealing checked against its published hash.
    function _aggregate(
        uint256 pollId,
        uint16 qualified,
        uint256[][] calldata dealings
    ) private view returns (uint256[] memory) {
        uint256 points = dealings[0].length / 2;
        BabyJubJub.ExtendedPoint[] memory sums = new BabyJubJub.ExtendedPoint[](points);
        for (uint256 p = 0; p < points; ++p) {
            sums[p] = BabyJubJub.identityExtended();
        }
        uint256 next = 0;
        for (uint256 dealer = 1; dealer <= MAX_TRUSTEES; ++dealer) {
            if (qualified & _bit(dealer) == 0) continue;
            uint256[] calldata commitments = dealings[next++];
            _requirePublished(pollId, dealer, commitments);
            for (uint256 p = 0; p < points; ++p) {
                BabyJubJub.addTo(sums[p], commitments[2 * p], commitments[2 * p + 1]);
            }
        }
        return BabyJubJub.toAffineBatch(sums);
    }

    /// @dev lib/sealed/poll-key-hash.ts: Poseidon2(type, count), then Poseidon5 over two key slots at a time.
    function _pollKeyHash(
        uint8 ballotType,
        uint256 optionCount,
        uint256[2 * KEY_SLOTS] memory keys
    ) private pure returns (uint256 hash) {
        hash = PoseidonT3.hash([uint256(ballotType), optionCount]);
        for (uint256 slot = 0; slot < KEY_SLOTS; slot += 2) {
            hash = PoseidonT6.hash([hash, keys[2 * slot], keys[2 * slot + 1], keys[2 * slot + 2], keys[2 * slot + 3]]);
        }
    }

    /// @dev Trustee i's bit in a mask (i is 1 … 16).
    function _bit(uint256 trustee) private pure returns (uint16) {
        return uint16(1 << (trustee - 1));
    }

    function _popcount(uint16 mask) private pure returns (uint256 count) {
        for (uint256 m = mask; m != 0; m &= m - 1) {
            ++count;
        }
    }
}
