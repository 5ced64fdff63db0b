import type { Translation } from "../catalog.ts";
import { type errors as english } from "../en/errors.ts";

export const errors = {
  relayer: {
    not_found:
      "Perkhidmatan penyampai tiada titik akhir ini. Versi aplikasi dan perkhidmatan penyampai mungkin berbeza.",
    method_not_allowed: "Perkhidmatan penyampai menolak jenis permintaan ini.",
    receipt_not_found:
      "Perkhidmatan penyampai tiada resit dengan id ini. Mungkin ia dihantar kepada perkhidmatan penyampai yang lain.",
    rate_limited: "Terlalu banyak permintaan dari alamat anda. Tunggu beberapa saat dan cuba lagi.",
    queue_full: "Perkhidmatan penyampai sedang sibuk: barisannya penuh. Cuba lagi dalam seminit.",
    body_too_large: "Permintaan ini lebih besar daripada yang diterima oleh perkhidmatan penyampai.",
    malformed_json: "Perkhidmatan penyampai tidak dapat membaca permintaan ini.",
    invalid_body: "Perkhidmatan penyampai tidak dapat membaca permintaan ini: ada medan yang tiada atau salah bentuk.",
    invalid_commitment: "Komitmen identiti mestilah nombor dari 1 hingga kurang daripada medan SNARK.",
    already_queued: "Satu lagi permintaan bagi pengundi atau jemputan ini sedang menunggu di perkhidmatan penyampai.",
    sealed_unsupported: "Perkhidmatan penyampai ini tidak menerima undi termeterai. Hantar undi daripada dompet anda.",
    unavailable: "Perkhidmatan penyampai tidak dapat menyemak ini sekarang. Cuba lagi sebentar lagi.",
    unreachable: "Perkhidmatan penyampai tidak dapat dihubungi. Semak sambungan anda dan cuba lagi.",
    http_error: "Perkhidmatan penyampai menjawab dengan ralat yang tidak dijangka (HTTP {status}). Cuba lagi.",
  },
  identity: {
    weakPassphrase: "Frasa laluan terlalu pendek.",
    wrongPassphrase:
      "Frasa laluan itu tidak membuka sandaran ini. Semak semula (huruf besar dan kecil dikira) dan cuba lagi.",
    damagedBackup:
      "Fail ini bukan sandaran identiti Ballotbox yang boleh dibuka oleh versi ini: mungkin ia terpotong atau telah diubah.",
    invalidFile: "Fail ini bukan fail identiti Ballotbox.",
    passphraseRequired: "Sandaran ini disulitkan: taip frasa laluannya.",
    unreadable:
      "Identiti yang disimpan dalam pelayar ini tidak dapat dibuka: mungkin ia rosak, atau kuncinya telah hilang.",
  },
  localAccount: {
    unreachable: "Rantaian setempat di {rpcUrl} tidak menjawab. Adakah “npm start” masih berjalan?",
    wrongChain:
      "Nod di {rpcUrl} berada pada rantaian {chainId}: akaun pembangunan setempat hanya berfungsi pada rantaian setempat (31337).",
  },
  unknown: "Ada sesuatu yang tidak kena: {detail}",
} satisfies Translation<typeof english>;
