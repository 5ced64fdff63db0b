// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title The key ceremony of sealed polls (docs/sealed-ballots.md, "The ceremony")
/// @notice A Joint-Feldman distributed key generation among a sealed poll's n trustees, with the chain as its
/// broadcast channel: keys (with a proof of knowledge), dealings (Feldman commitments and shares encrypted to
/// each other trustee), complaints, reveals that answer them, and the finalisation that fixes the poll key as
/// the sum over the qualified dealers. Every step has a deadline fixed when the ceremony opens, all before the
/// poll's startTime; a poll whose key is not fixed by then never opens for ballots.
/// @dev Points are BabyJubJub's (contracts/libraries/BabyJubJub.sol), affine, as (x, y) pairs of words. Trustees
/// are numbered 1 … n in the order the organizer named them (the point each one's share is evaluated at);
/// options 0 … K − 1. Trustee sets are 16-bit masks, bit i − 1 for trustee i.
interface ITrusteeCeremony {
    /// @notice The steps, in order; each is open from the previous one's deadline to its own.
    enum Step {
        Keys,
        Deal,
        Complain,
        Reveal,
        Finalise
    }

    /// @notice Where a poll's ceremony stands now, from its stored masks and block time.
    enum Status {
        NotOpened,
        Keys,
        Dealing,
        Complaints,
        Reveals,
        Finalising,
        Finalised,
        /// @dev Fewer than t trustees published a key by keysBy.
        FailedTooFewKeys,
        /// @dev Fewer than t dealers dealt and answered every complaint by revealsBy.
        FailedTooFewQualified,
        /// @dev Enough dealers qualified, but nobody finalised before startTime.
        FailedNotFinalised
    }

    /// @notice A ceremony as stored. One slot for the deadlines, sizes and masks.
    /// @param keysBy First second after the Keys step; the other deadlines likewise.
    /// @param keyed The trustees who published a key.
    /// @param dealt The trustees who dealt.
    /// @param disqualified Dealers shown to have published a commitment outside the prime-order subgroup.
    /// @param qualified QUAL, set when the ceremony is finalised.
    struct Ceremony {
        uint40 keysBy;
        uint40 dealsBy;
        uint40 complaintsBy;
        uint40 revealsBy;
        uint8 trusteeCount;
        uint8 threshold;
        uint16 keyed;
        uint16 dealt;
        uint16 disqualified;
        uint16 qualified;
        bool finalised;
        uint256 pollKeyHash;
        bytes32 aggregateCommitmentsHash;
    }

    /// @notice The poll is public as cast: it has no trustees.
    error TrusteeCeremony__PollNotSealed();
    /// @notice Only the poll's organizer opens its ceremony.
    error TrusteeCeremony__CallerIsNotTheOrganizer();
    /// @notice The poll's ceremony is already open.
    error TrusteeCeremony__AlreadyOpened();
    /// @notice The poll's ceremony has not been opened.
    error TrusteeCeremony__NotOpened();
    /// @notice A sealed poll names 1 to MAX_TRUSTEES trustees.
    error TrusteeCeremony__TrusteeCountOutOfRange(uint256 count);
    /// @notice The threshold t must satisfy 1 ≤ t ≤ n.
    error TrusteeCeremony__ThresholdOutOfRange(uint256 threshold, uint256 trusteeCount);
    /// @notice A trustee address is zero or named twice.
    error TrusteeCeremony__InvalidTrustee(address trustee);
    /// @notice The deadlines must satisfy now < keysBy < dealsBy < complaintsBy < revealsBy ≤ startTime.
    error TrusteeCeremony__DeadlinesOutOfOrder();
    /// @notice The caller is not one of the poll's trustees.
    error TrusteeCeremony__NotATrustee(address account);
    /// @notice This step has not opened yet: the previous step's deadline has not passed.
    error TrusteeCeremony__StepNotOpen(Step step);
    /// @notice This step's deadline has passed.
    error TrusteeCeremony__StepClosed(Step step);
    /// @notice The trustee has already done this.
    error TrusteeCeremony__AlreadyDone(Step step);
    /// @notice The key is not a point of the prime-order subgroup other than O.
    error TrusteeCeremony__InvalidKey();
    /// @notice The proof does not show knowledge of the key's secret for this trustee, poll and contract.
    error TrusteeCeremony__InvalidKeyProof();
    /// @notice Fewer than t trustees published a key: the ceremony cannot reach its threshold.
    error TrusteeCeremony__TooFewKeys(uint256 keys, uint256 threshold);
    /// @notice Only trustees who published a key take part after the Keys step.
    error TrusteeCeremony__NoKey(uint256 trustee);
    /// @notice A dealing has K·t commitments (2 words each) and K encrypted shares per trustee with a key.
    error TrusteeCeremony__WrongDealingSize(uint256 expectedWords, uint256 words);
    /// @notice A commitment (by its position in the dealing, in points) is not on the curve.
    error TrusteeCeremony__CommitmentNotOnCurve(uint256 position);
    /// @notice An encrypted or revealed share (by position) is not below the subgroup order l.
    error TrusteeCeremony__ShareNotAScalar(uint256 position);
    /// @notice The complaint names a dealer who did not deal, or the complainant itself.
    error TrusteeCeremony__NotADealer(uint256 dealer);
    /// @notice There is no complaint by this trustee against this dealer, or it is already answered.
    error TrusteeCeremony__NoOpenComplaint(uint256 dealer, uint256 complainant);
    /// @notice The commitment named is in the prime-order subgroup: the dealer is not disqualified for it.
    error TrusteeCeremony__CommitmentInSubgroup(uint256 position);
    /// @notice The commitments given are not the ones the dealer published.
    error TrusteeCeremony__WrongCommitments(uint256 dealer);
    /// @notice A revealed share (by option) does not match the dealer's commitments, or a commitment is outside
    /// the prime-order subgroup: the reveal does not answer the complaint.
    error TrusteeCeremony__WrongRevealedShare(uint256 option);
    /// @notice Fewer than t dealers qualified.
    error TrusteeCeremony__TooFewQualified(uint256 qualified, uint256 threshold);
    /// @notice Finalising takes the commitments of every qualified dealer, in index order.
    error TrusteeCeremony__WrongQualifiedCount(uint256 expected, uint256 given);
    /// @notice An option's poll key came out as O or outside the prime-order subgroup.
    error TrusteeCeremony__InvalidPollKey(uint256 option);

    /// @notice The organizer opened a sealed poll's ceremony.
    event CeremonyOpened(
        uint256 indexed pollId,
        address[] trustees,
        uint256 threshold,
        uint40 keysBy,
        uint40 dealsBy,
        uint40 complaintsBy,
        uint40 revealsBy
    );
    /// @notice Trustee `trustee` published its key E for receiving shares, with its Schnorr proof (R, z).
    event TrusteeKeyPublished(
        uint256 indexed pollId,
        uint256 indexed trustee,
        uint256[2] key,
        uint256[2] proofCommitment,
        uint256 proofResponse
    );
    /// @notice Dealer `dealer` dealt: commitments[2·(j·t + ℓ)…] = A_{j,ℓ}; encryptedShares[r·K + j] is the share
    /// of option j for the r-th trustee of `recipients` (in index order).
    event SharesDealt(
        uint256 indexed pollId,
        uint256 indexed dealer,
        uint256[] commitments,
        uint16 recipients,
        uint256[] encryptedShares
    );
    /// @notice Trustee `complainant` says a share from `dealer` does not match its commitments.
    event ComplaintFiled(uint256 indexed pollId, uint256 indexed dealer, uint256 indexed complainant);
    /// @notice A dealer's commitment at `position` (in points) is outside the prime-order subgroup: the dealer is
    /// disqualified.
    event DealerDisqualified(uint256 indexed pollId, uint256 indexed dealer, uint256 position);
    /// @notice The dealer answered a complaint with the complainant's shares in the clear, and they hold: the
    /// complaint is refused, and the complainant uses these shares.
    event ComplaintRefused(
        uint256 indexed pollId,
        uint256 indexed dealer,
        uint256 indexed complainant,
        uint256[] shares
    );
    /// @notice The poll key is fixed. aggregateCommitments[2·(j·t + ℓ)…] = Ā_{j,ℓ}, the sum over QUAL of the
    /// dealers' A_{j,ℓ}; option j's poll key is Ā_{j,0}.
    event CeremonyFinalised(
        uint256 indexed pollId,
        uint16 qualified,
        uint256[] aggregateCommitments,
        uint256 pollKeyHash
    );

    /// @notice Opens a sealed poll's ceremony. Organizer only, before keysBy.
    /// @param trustees n distinct addresses; trustee i is trustees[i − 1].
    /// @param threshold t: any t trustees decrypt the total, fewer learn nothing.
    function openCeremony(
        uint256 pollId,
        address[] calldata trustees,
        uint8 threshold,
        uint40 keysBy,
        uint40 dealsBy,
        uint40 complaintsBy,
        uint40 revealsBy
    ) external;

    /// @notice Step 1: the caller, a trustee, publishes its key E = e·G with a Schnorr proof R = w·G,
    /// z = w + c·e mod l, c = keccak256(abi.encode("ballotbox.sealed.key.v1", chainid, this, pollId, trustee,
    /// E, R)) mod l.
    function publishKey(
        uint256 pollId,
        uint256[2] calldata key,
        uint256[2] calldata proofCommitment,
        uint256 proofResponse
    ) external;

    /// @notice Step 2: the caller, a trustee with a key, deals its K polynomials (see {SharesDealt}).
    function deal(uint256 pollId, uint256[] calldata commitments, uint256[] calldata encryptedShares) external;

    /// @notice Step 3: the caller, a trustee with a key, complains against `dealer`.
    function complain(uint256 pollId, uint256 dealer) external;

    /// @notice Step 3: the caller, a trustee with a key, shows that `dealer`'s commitment at `position` (in points)
    /// is outside the prime-order subgroup, which disqualifies the dealer at once.
    /// @param commitments The dealer's commitments, as published.
    function disqualify(uint256 pollId, uint256 dealer, uint256[] calldata commitments, uint256 position) external;

    /// @notice Step 4: the caller, a dealer complained against, reveals `complainant`'s shares.
    /// @param commitments The caller's dealing's commitments, as published.
    function reveal(
        uint256 pollId,
        uint256 complainant,
        uint256[] calldata commitments,
        uint256[] calldata shares
    ) external;

    /// @notice Step 5 (anyone): fixes the poll key from the qualified dealers' commitments.
    /// @param dealings Each qualified dealer's commitments, as published, in increasing dealer order.
    function finalise(uint256 pollId, uint256[][] calldata dealings) external;

    /// @notice A poll's ceremony as stored.
    function getCeremony(uint256 pollId) external view returns (Ceremony memory);

    /// @notice The poll's trustees, trustee i at position i − 1.
    function getTrustees(uint256 pollId) external view returns (address[] memory);

    /// @notice The trustee number of `account` in the poll, 0 for none.
    function trusteeIndex(uint256 pollId, address account) external view returns (uint256);

    /// @notice Where the ceremony stands now.
    function status(uint256 pollId) external view returns (Status);

    /// @notice QUAL as it stands: the trustees who dealt and answered every complaint against them (final from
    /// revealsBy on).
    function qualifiedDealers(uint256 pollId) external view returns (uint16);

    /// @notice The complaints against `dealer`, and those answered, as masks of complainants.
    function complaintsAgainst(uint256 pollId, uint256 dealer) external view returns (uint16 filed, uint16 answered);

    /// @notice The poll key hash ballots must prove against, or 0 until the ceremony is finalised.
    function pollKeyHash(uint256 pollId) external view returns (uint256);
}
