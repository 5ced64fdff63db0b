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
  poll_not_sealed:
    "Pemungutan suara ini terbuka saat diberikan: tidak punya wali amanat, dan surat suaranya dikirim ke Ballotbox.",
  ceremony_already_opened: "Upacara kunci pemungutan suara ini sudah dibuka.",
  ceremony_not_opened: "Upacara kunci pemungutan suara ini belum dibuka oleh penyelenggaranya.",
  trustee_count_out_of_range: "Pemungutan suara tersegel menyebut 1 sampai 16 wali amanat.",
  threshold_out_of_range:
    "Jumlah wali amanat yang dibutuhkan untuk mendekripsi harus dari 1 sampai jumlah wali amanat.",
  invalid_trustee: "Sebuah alamat wali amanat bernilai nol atau disebut dua kali.",
  deadlines_out_of_order:
    "Tenggat upacara kunci harus berurutan (kunci, pembagian, keberatan, pengungkapan), semuanya setelah sekarang dan tidak lebih lambat dari dimulainya pemungutan suara.",
  not_a_trustee: "Akun ini bukan salah satu wali amanat pemungutan suara ini.",
  step_not_open: "Langkah upacara kunci ini belum dibuka: tenggat langkah sebelumnya belum lewat.",
  step_closed: "Tenggat langkah upacara kunci ini sudah lewat.",
  step_already_done: "Wali amanat ini sudah melakukan langkah upacara kunci ini.",
  invalid_trustee_key: "Kunci wali amanat bukan titik yang sah di subgrup berorde prima pada kurva.",
  invalid_key_proof: "Bukti ini tidak menunjukkan bahwa wali amanat mengetahui rahasia kunci ini.",
  too_few_keys:
    "Wali amanat yang menerbitkan kunci lebih sedikit dari yang dibutuhkan untuk mendekripsi: upacara tidak bisa selesai.",
  trustee_has_no_key: "Hanya wali amanat yang menerbitkan kunci yang ikut serta setelah langkah kunci.",
  wrong_dealing_size:
    "Pembagian ini tidak memiliki satu komitmen dan satu bagian terenkripsi untuk setiap wali amanat dan pilihan.",
  commitment_not_on_curve: "Sebuah komitmen dalam pembagian bukan titik pada kurva.",
  share_not_a_scalar: "Sebuah bagian tidak lebih kecil dari orde subgrup kurva.",
  not_a_dealer: "Keberatan menyebut wali amanat yang tidak membagikan, atau pengaju keberatan itu sendiri.",
  no_open_complaint: "Tidak ada keberatan terbuka dari wali amanat ini terhadap pembagi ini.",
  commitment_in_subgroup: "Komitmen itu ada di subgrup berorde prima: pembagi tidak didiskualifikasi karenanya.",
  wrong_commitments: "Komitmen yang diberikan bukan yang diterbitkan pembagi.",
  wrong_revealed_share: "Bagian yang diungkapkan tidak cocok dengan komitmen pembagi: tidak menjawab keberatan.",
  too_few_qualified:
    "Wali amanat yang memenuhi syarat lebih sedikit dari yang dibutuhkan untuk mendekripsi: pemungutan suara tidak bisa dibuka.",
  wrong_qualified_count:
    "Menyelesaikan upacara membutuhkan komitmen setiap wali amanat yang memenuhi syarat, secara berurutan.",
  invalid_poll_key:
    "Kunci pemungutan suara yang dihasilkan tidak sah (elemen identitas, atau di luar subgrup berorde prima).",
  ceremony_not_finished:
    "Upacara kunci pemungutan suara ini belum menetapkan kunci pemungutan suara, jadi belum menerima surat suara.",
  wrong_ciphertext_count:
    "Surat suara tersegel ini tidak memiliki satu nilai terenkripsi untuk setiap pilihan pemungutan suara ini.",
  invalid_sealed_proof:
    "Bukti surat suara tersegel ini tidak terverifikasi dengan daftar pemilih dan kunci pemungutan suara ini serta nilai terenkripsi ini: bukti telah diubah atau dibuat untuk pemungutan suara lain.",
  poll_not_closed: "Dekripsi dimulai saat pemungutan suara berakhir.",
  not_qualified: "Hanya wali amanat yang memenuhi syarat dalam upacara kunci yang dapat mendekripsi.",
  already_decrypted: "Wali amanat ini sudah menerbitkan dekripsi parsialnya.",
  already_tallied: "Totalnya sudah didekripsi dan final.",
  wrong_aggregate_commitments: "Komitmen agregat yang diberikan bukan milik upacara kunci.",
  wrong_decryption_size: "Dekripsi parsial ini tidak memiliki satu nilai untuk setiap pilihan pemungutan suara ini.",
  wrong_partial_decryption:
    "Bukti dekripsi parsial ini tidak terverifikasi dengan kunci verifikasi wali amanat dan penghitungan terenkripsi.",
  wrong_share_set: "Total harus diterbitkan dengan dekripsi parsial yang jumlahnya tepat sama dengan ambang batas.",
  wrong_shares: "Dekripsi parsial yang diberikan bukan yang diterbitkan para wali amanat.",
  wrong_count_size: "Total ini tidak memiliki satu hitungan untuk setiap pilihan pemungutan suara ini.",
  wrong_tally: "Total ini tidak mendekripsi penghitungan terenkripsi dengan dekripsi parsial yang diberikan.",
  curve_input_malformed: "Daftar titik kurva atau skalar yang diberikan ke kontrak tidak berbentuk benar.",
} satisfies Translation<typeof CONTRACT_ERROR_SENTENCES>;
