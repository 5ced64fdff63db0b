// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title Ballots of sealed polls, their encrypted tally, and its threshold decryption
/// @notice A sealed poll (Ballotbox, Secrecy.SealedUntilClose) takes its ballots here once its key ceremony
/// (TrusteeCeremony) has fixed the poll key: each ballot is exponential ElGamal on BabyJubJub, one ciphertext per
/// option, with a Groth16 proof (circuits/sealed-ballot.circom) that its voter is on the frozen roll, that its
/// nullifier is the voter's for this poll, and that it encrypts a valid choice under the poll key. Ballots are
/// added into the encrypted tally as they come; nobody can read one. After endTime, the qualified trustees publish
/// partial decryptions of the tally with proofs (circuits/partial-decryption.circom), and once t are in anyone
/// publishes the total, which the contract checks against them. docs/sealed-ballots.md.
/// @dev Points are BabyJubJub's, affine, (x, y) pairs of words. A ballot's ciphertexts are C₁ then C₂,₁ … C₂,K:
/// 2 + 2K words for a poll of K options.
interface ISealedBallots {
    /// @notice A sealed ballot as cast.
    /// @param nullifier The voter's nullifier for the poll: one ballot per voter, and the voter's receipt.
    /// @param ciphertexts C₁.x, C₁.y, C₂,₁.x, C₂,₁.y, … C₂,K.y.
    /// @param proof The Groth16 proof: A (2), B (4, imaginary parts first), C (2), as snarkjs's Solidity
    /// calldata gives them.
    struct SealedBallot {
        uint256 nullifier;
        uint256[] ciphertexts;
        uint256[8] proof;
    }

    /// @notice A sealed poll's counters.
    /// @param ballotCount Ballots added into the encrypted tally.
    /// @param decrypted The trustees (mask, bit h − 1) who published a partial decryption.
    /// @param tallied Whether the total is decrypted and final.
    struct SealedPoll {
        uint64 ballotCount;
        uint16 decrypted;
        bool tallied;
    }

    /// @notice The poll is public as cast: its ballots go to Ballotbox.
    error SealedBallots__PollNotSealed();
    /// @notice Ballots are counted only from startTime.
    error SealedBallots__VotingNotStarted();
    /// @notice Ballots are counted only until endTime.
    error SealedBallots__VotingEnded();
    /// @notice The poll's key ceremony did not fix a poll key (TrusteeCeremony.status says why): it takes no ballot.
    error SealedBallots__CeremonyNotFinished();
    /// @notice A batch must hold at least one ballot.
    error SealedBallots__EmptyBatch();
    /// @notice A ballot of this poll has 2 + 2K ciphertext words. Like every error a batch can skip a ballot
    /// for, it has no arguments: {SealedBallotRejected} carries only its selector.
    error SealedBallots__WrongCiphertextCount();
    /// @notice The nullifier or a ciphertext word is not below the SNARK scalar field.
    error SealedBallots__NotInSnarkScalarField();
    /// @notice The proof does not verify for this poll's roll, scope and key with these ciphertexts.
    error SealedBallots__InvalidProof();
    /// @notice This voter has already voted in this poll.
    error SealedBallots__NullifierAlreadyUsed();
    /// @notice Decryption starts at endTime.
    error SealedBallots__PollNotClosed();
    /// @notice Only trustees in QUAL decrypt.
    error SealedBallots__NotQualified(address account);
    /// @notice This trustee has already published its partial decryption.
    error SealedBallots__AlreadyDecrypted(uint256 trustee);
    /// @notice The total is already decrypted and final.
    error SealedBallots__AlreadyTallied();
    /// @notice The aggregate commitments given are not the ceremony's.
    error SealedBallots__WrongAggregateCommitments();
    /// @notice A partial decryption has 2K words, each below the field.
    error SealedBallots__WrongShareSize(uint256 expected, uint256 given);
    /// @notice The partial decryption's proof does not verify against the trustee's verification keys and the
    /// encrypted tally's C̄₁.
    error SealedBallots__WrongPartialDecryption();
    /// @notice The total is published with exactly t trustees' partial decryptions.
    error SealedBallots__WrongShareSet(uint16 trustees);
    /// @notice The partial decryptions given are not the ones published.
    error SealedBallots__WrongShares(uint256 trustee);
    /// @notice The counts do not number one per option.
    error SealedBallots__WrongCountSize(uint256 expected, uint256 given);
    /// @notice Option `option`'s count does not decrypt its encrypted total (or exceeds the ballots counted).
    error SealedBallots__WrongTally(uint256 option);
    /// @notice The total of a sealed poll is unknown until its trustees decrypt it.
    error SealedBallots__TallySealed();

    /// @notice A sealed ballot was counted into the encrypted tally. The event carries the whole ballot, so the
    /// recount needs only logs.
    event SealedBallotCast(uint256 indexed pollId, uint256 indexed nullifier, uint256[] ciphertexts, uint256[8] proof);
    /// @notice A ballot in a batch was skipped, for the reason named by the selector of its error.
    event SealedBallotRejected(uint256 indexed pollId, uint256 indexed nullifier, bytes4 reason);
    /// @notice Trustee `trustee` published Dₕ,ⱼ = sₕ,ⱼ·C̄₁ for every option (2K words), with its proof.
    event PartialDecryptionPublished(
        uint256 indexed pollId,
        uint256 indexed trustee,
        uint256[] decryptionShares,
        uint256[8] proof
    );
    /// @notice The total, decrypted with the partial decryptions of `trustees` (a mask) and checked: final.
    event TallyDecrypted(uint256 indexed pollId, uint256[] counts, uint16 trustees);

    /// @notice Counts one sealed ballot. Reverts with the reason if it cannot be counted.
    function castSealedVote(uint256 pollId, SealedBallot calldata ballot) external;

    /// @notice Counts a batch of sealed ballots of one poll; a ballot that cannot be counted is skipped with
    /// {SealedBallotRejected}. Reverts only if the poll does not take ballots or the batch is empty.
    /// @return counted How many were counted.
    function castSealedVotes(uint256 pollId, SealedBallot[] calldata ballots) external returns (uint256 counted);

    /// @notice After endTime, the caller, a trustee in QUAL, publishes its partial decryption of the tally.
    /// @param aggregateCommitments The ceremony's aggregate commitments, as in CeremonyFinalised.
    /// @param decryptionShares Dₕ,₁ … Dₕ,K.
    /// @param proof The partial-decryption circuit's Groth16 proof.
    function publishPartialDecryption(
        uint256 pollId,
        uint256[] calldata aggregateCommitments,
        uint256[] calldata decryptionShares,
        uint256[8] calldata proof
    ) external;

    /// @notice Anyone publishes the total, found from t partial decryptions (lib/sealed), which it is checked
    /// against: m̄ⱼ·G + Σ_{h∈S} λₕ·Dₕ,ⱼ = C̄₂,ⱼ for every option.
    /// @param counts m̄₁ … m̄_K.
    /// @param trustees S, exactly t trustees who published partial decryptions.
    /// @param decryptionShares Each trustee of S's published partial decryption, in increasing trustee order.
    function publishTally(
        uint256 pollId,
        uint256[] calldata counts,
        uint16 trustees,
        uint256[][] calldata decryptionShares
    ) external;

    /// @notice A sealed poll's counters.
    function getSealedPoll(uint256 pollId) external view returns (SealedPoll memory);

    /// @notice The encrypted tally C̄₁, C̄₂,₁ … C̄₂,K (all O before the first ballot).
    function getEncryptedTally(uint256 pollId) external view returns (uint256[] memory);

    /// @notice The decrypted total, one count per option; reverts with {SealedBallots__TallySealed} until then.
    function getTally(uint256 pollId) external view returns (uint256[] memory);

    /// @notice Whether a nullifier has been spent in a sealed poll.
    function nullifierUsed(uint256 pollId, uint256 nullifier) external view returns (bool);
}
