import type { Translation } from "../catalog.ts";
import { type CONTRACT_ERROR_SENTENCES } from "../en/contract-errors.ts";

export const contractErrors = {
  poll_not_found: "Tidak ada pemungutan suara dengan id ini di deployment ini.",
  not_organizer: "Hanya penyelenggara pemungutan suara ini yang dapat melakukannya; gunakan kunci penyelenggara.",
  option_count_out_of_range: "Pemungutan suara memerlukan 2 sampai 32 pilihan.",
  unknown_ballot_type: "Jenis surat suara harus satu pilihan atau suara persetujuan.",
  empty_question: "Pertanyaannya kosong.",
  empty_option: "Ada label pilihan yang kosong.",
  start_time_not_in_future: "Waktu mulai harus di masa depan (menurut jam blockchain).",
  end_time_not_after_start_time: "Waktu selesai harus setelah waktu mulai.",
  roll_frozen:
    "Pemungutan suara sudah dimulai, jadi daftar pemilih dibekukan: tidak ada yang dapat ditambahkan atau dihapus.",
  voting_not_started: "Pemungutan suara belum dimulai.",
  voting_ended: "Pemungutan suara sudah berakhir.",
  value_outside_field: "Bukti surat suara ini memuat nilai di luar medan SNARK.",
  wrong_scope: "Bukti ini dibuat untuk pemungutan suara lain.",
  invalid_ballot: "Surat suara ini bukan pilihan yang sah untuk pemungutan suara ini.",
  unsupported_tree_depth: "Kedalaman pohon bukti ini tidak didukung Semaphore.",
  wrong_root:
    "Bukti ini tidak dibuat terhadap daftar pemilih pemungutan suara ini: pemilih tidak ada di daftar, atau buktinya sudah usang.",
  invalid_proof: "Bukti surat suara ini tidak valid: telah diubah atau dibuat untuk pilihan lain.",
  already_voted: "Pemilih ini sudah memberikan suara dalam pemungutan suara ini.",
  empty_batch: "Satu kelompok memerlukan setidaknya satu surat suara.",
  invalid_invite: "Undangan ini tidak berlaku untuk pemungutan suara ini (atau tanda tangannya untuk pemilih lain).",
  invite_used: "Undangan ini sudah digunakan.",
  not_on_allowlist: "Dompet ini tidak ada di daftar izin pemungutan suara ini.",
  allowlist_entry_used: "Dompet ini sudah mendaftarkan seorang pemilih dalam pemungutan suara ini.",
  invalid_short_string: "Sebuah teks nama di kontrak tidak valid.",
  string_too_long: "Sebuah teks terlalu panjang untuk kontrak.",
  already_on_roll: "Identitas ini sudah ada di daftar pemilih.",
  not_on_roll: "Identitas ini tidak ada di daftar pemilih.",
  commitment_is_zero: "Komitmen identitas tidak boleh nol.",
  commitment_outside_field: "Komitmen identitas harus di bawah batas medan SNARK.",
  wrong_sibling_nodes: "Daftar pemilih berubah saat ini sedang disiapkan; muat ulang dan coba lagi.",
  not_group_admin: "Hanya Ballotbox yang dapat mengubah daftar pemilih pemungutan suara di Semaphore.",
  not_pending_group_admin: "Hanya pengelola baru daftar pemilih yang dapat menerimanya.",
  group_not_found: "Daftar pemilih pemungutan suara ini tidak ada di Semaphore.",
  roll_is_empty: "Daftar pemilih pemungutan suara ini kosong, jadi tidak ada yang dapat memberikan suara.",
  root_expired: "Bukti ini dibuat terhadap daftar pemilih yang sudah tidak berlaku.",
  verifier_key_mismatch: "Verifier Semaphore di-deploy dengan kunci untuk kedalaman lain: deploy ulang.",
  poll_is_sealed:
    "Pemungutan suara ini tersegel: surat suaranya dienkripsi dan dikirim ke kontrak surat suara tersegel.",
  tally_sealed:
    "Pemungutan suara ini tersegel: hasil penghitungan suara dirahasiakan sampai pemungutan suara ditutup dan wali amanat mendekripsinya.",
} satisfies Translation<typeof CONTRACT_ERROR_SENTENCES>;
