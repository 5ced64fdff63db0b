import type { Translation } from "../catalog.ts";
import { type errors as english } from "../en/errors.ts";

export const errors = {
  relayer: {
    not_found: "Layanan perantara tidak memiliki endpoint ini. Versi aplikasi dan layanan perantara mungkin berbeda.",
    method_not_allowed: "Layanan perantara menolak jenis permintaan ini.",
    receipt_not_found:
      "Layanan perantara tidak memiliki tanda terima dengan id ini. Mungkin dikirim ke layanan perantara lain.",
    rate_limited: "Terlalu banyak permintaan dari alamat Anda. Tunggu beberapa detik, lalu coba lagi.",
    queue_full: "Layanan perantara sedang sibuk: antreannya penuh. Coba lagi dalam satu menit.",
    body_too_large: "Permintaan ini lebih besar dari yang diterima layanan perantara.",
    malformed_json: "Layanan perantara tidak dapat membaca permintaan ini.",
    invalid_body: "Layanan perantara tidak dapat membaca permintaan ini: ada kolom yang hilang atau formatnya salah.",
    invalid_commitment: "Komitmen identitas harus berupa angka dari 1 sampai di bawah batas medan SNARK.",
    already_queued: "Permintaan lain untuk pemilih atau undangan ini sedang menunggu di layanan perantara.",
    sealed_unsupported:
      "Layanan perantara ini tidak menerima surat suara tersegel. Kirim surat suara dari dompet Anda.",
    unavailable: "Layanan perantara belum dapat memeriksanya sekarang. Coba lagi sebentar lagi.",
    unreachable: "Layanan perantara tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.",
    http_error: "Layanan perantara menjawab dengan galat yang tidak terduga (HTTP {status}). Coba lagi.",
  },
  identity: {
    weakPassphrase: "Frasa sandi terlalu pendek.",
    wrongPassphrase:
      "Frasa sandi itu tidak membuka cadangan ini. Periksa lagi (huruf besar dan kecil dibedakan), lalu coba lagi.",
    damagedBackup:
      "Berkas ini bukan cadangan identitas Ballotbox yang dapat dibuka versi ini: mungkin terpotong atau telah diubah.",
    invalidFile: "Berkas ini bukan berkas identitas Ballotbox.",
    passphraseRequired: "Cadangan ini terenkripsi: ketik frasa sandinya.",
    unreadable: "Identitas yang tersimpan di browser ini tidak dapat dibuka: mungkin rusak, atau kuncinya hilang.",
  },
  localAccount: {
    unreachable: "Rantai lokal di {rpcUrl} tidak menjawab. Apakah “npm start” masih berjalan?",
    wrongChain:
      "Node di {rpcUrl} berada di rantai {chainId}: akun pengembangan lokal hanya berfungsi di rantai lokal (31337).",
  },
  unknown: "Terjadi kesalahan: {detail}",
} satisfies Translation<typeof english>;
