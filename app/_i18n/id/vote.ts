import type { Translation } from "../catalog.ts";
import type { vote as english } from "../en/vote.ts";

export const vote = {
  sealedTitle: "Pemungutan suara ini tersegel sampai ditutup",
  sealedNote:
    "Pilihan Anda dienkripsi di browser ini sebelum dikirim. Tidak ada yang dapat membacanya: bukan penyelenggara, bukan layanan perantara, bukan satu wali mana pun sendirian. Setelah pemungutan suara ditutup, {threshold} dari {trustees} wali bersama-sama mendekripsi totalnya, dan hanya totalnya.",
  sealedPrivacyNote:
    "Rahasia identitas Anda dan keacakan enkripsi surat suara Anda tidak pernah meninggalkan browser ini: hanya surat suara terenkripsi dan buktinya yang dikirim.",
  sealedNoKey:
    "Pemungutan suara tersegel ini tidak menerima surat suara: upacara kuncinya tidak menetapkan kunci pemungutan suara.",
  needIdentity:
    "Untuk memberikan suara, Anda memerlukan identitas pemilih yang ada di daftar pemilih pemungutan suara ini, di browser ini.",
  needIdentityHow:
    "Bergabunglah dengan tautan undangan dari penyelenggara, atau pulihkan identitas Anda dari berkas cadangannya.",
  goToIdentity: "Ke Identitas saya",
  notOnRoll:
    "Identitas pemilih Anda tidak ada di daftar pemilih pemungutan suara ini, jadi tidak dapat memberikan suara di sini. Bergabunglah dengan tautan undangan Anda sebelum pemungutan suara dibuka, atau minta penyelenggara menambahkan komitmen Anda.",
  registrationPhase: "Pemungutan suara belum dibuka. {opensIn}.",
  onRoll: "Anda sudah ada di daftar pemilih. Kembalilah saat pemungutan suara dibuka.",
  closedPhase: "Pemungutan suara sudah berakhir. Hasilnya final.",
  seeResults: "Lihat hasil",
  chooseOne: "Pilih satu pilihan",
  chooseAny: "Setujui satu atau lebih pilihan",
  chooseFirst: "Pilih salah satu pilihan terlebih dahulu.",
  sendVia: "Cara mengirim surat suara Anda",
  viaRelayer: "Melalui layanan perantara (disarankan)",
  viaRelayerHint: "Anonim: tidak ada dompet yang terkait dengan surat suara Anda, dan Anda tidak membayar apa pun.",
  viaWallet: "Dari dompet saya sendiri",
  viaWalletHint:
    "Peringatan: alamat dompet Anda akan terlihat publik di blockchain di samping surat suara ini. Pilihan Anda tetap tidak terkait dengan identitas Anda, tetapi terkait dengan dompet Anda.",
  walletNeeded: "Hubungkan dompet terlebih dahulu, atau kirim melalui layanan perantara.",
  submit: "Pilih",
  stages: {
    download: "Memuat sirkuit pembuktian…",
    witness: "Menghitung witness surat suara Anda…",
    proof: "Membuat bukti tanpa pengetahuan Anda di browser ini…",
    relayer: "Mengirim surat suara Anda…",
    counted: "Menunggu surat suara Anda dihitung…",
  },
  downloaded: "{loaded, number, megabytes} dari {total, number, megabytes} MB terunduh",
  downloadedSoFar: "{loaded, number, megabytes} MB terunduh",
  prover: {
    idle: "Pembukti mulai bekerja setelah identitas Anda ditemukan di daftar pemilih.",
    downloading: "Menyiapkan pembukti: mengunduh sirkuit pembuktian.",
    warming: "Menyiapkan pembukti…",
    ready: "Pembukti siap.",
    failed: "Pembukti tidak dapat disiapkan: {reason} Pembukti akan mencoba lagi saat Anda memberikan suara.",
  },
  stageTimedOut: {
    download:
      "Sirkuit pembuktian tidak selesai diunduh tepat waktu. Koneksi Anda mungkin terlalu lambat atau sedang terputus.",
    witness: "Penghitungan surat suara Anda terlalu lama. Perangkat ini mungkin sangat sibuk.",
    proof: "Pembuatan bukti terlalu lama. Perangkat ini mungkin sangat sibuk: tutup aplikasi atau tab lain.",
    relayer: "Layanan perantara tidak menjawab tepat waktu. Surat suara Anda mungkin belum terkirim.",
    counted:
      "Surat suara Anda belum dihitung, dan ini lebih lama dari biasanya. Layanan perantara atau blockchain mungkin sedang lambat.",
  },
  choiceKept: "Pilihan Anda tetap tersimpan: coba lagi saat Anda siap.",
  cancel: "Batal",
  cancelled: "Dibatalkan. Tidak ada yang dikirim.",
  tryAgain: "Coba lagi",
  checkAgain: "Periksa lagi",
  elapsed: "{seconds} berlalu",
  proofMade: "Bukti dibuat dalam {seconds}.",
  privacyNote: "Rahasia identitas Anda tidak pernah meninggalkan browser ini: yang dikirim hanya buktinya.",
  receiptTitle: "Tanda terima surat suara Anda",
  receiptIntro:
    "Simpan alamat halaman ini: kembali kapan saja untuk memeriksa surat suara Anda. Penanda pembatal di bawah menjadi publik setelah dihitung; penanda ini tidak mengungkapkan siapa Anda atau apa pilihan Anda.",
  nullifier: "Penanda pembatal (tanda terima)",
  transaction: "Transaksi",
  block: "Blok {block}",
  receiptStates: {
    queued: "Diterima layanan perantara dan masuk antrean: akan dikirim pada transaksi berikutnya.",
    submitted: "Terkirim ke blockchain, menunggu ditambang…",
    counted: "Dihitung. Surat suara Anda sudah masuk hasil penghitungan suara.",
    failed: "Tidak dihitung.",
    sentFromWallet: "Terkirim dari dompet Anda, menunggu ditambang…",
  },
  receiptFailure: {
    other_ballot_counted:
      "Surat suara lain dari pemilih ini sudah dihitung lebih dulu (dikirim tanpa melalui layanan perantara ini).",
    rejected: "Kontrak menolaknya karena alasan yang tidak dapat dibaca aplikasi ini.",
    gave_up: "Layanan perantara berhenti mencoba karena transaksinya terus gagal.",
  },
  failedRetry: "Tidak ada yang dihitung, jadi Anda dapat memberikan suara lagi.",
  voteAgain: "Beri suara lagi",
  alreadyVoted:
    "Identitas ini sudah memberikan suara dalam pemungutan suara ini. Surat suara kedua akan ditolak: setiap identitas hanya punya satu penanda pembatal per pemungutan suara, dan kontrak menghitungnya sekali.",
  alreadyVotedElsewhere: "Surat suaranya sudah dihitung (mungkin dari browser atau perangkat lain).",
  proofFailed: "Bukti tidak dapat dibuat: {reason}",
  proverFailure: {
    notOnRoll:
      "Identitas ini tidak ada di daftar pemilih pemungutan suara ini, jadi tidak dapat memberikan suara dalam pemungutan suara ini.",
    rollPath:
      "Daftar pemilih yang dibaca halaman ini tidak memuat jalur yang sah ke identitas Anda. Muat ulang halaman, lalu coba lagi.",
    download: "Berkas pembuktian tidak dapat diunduh (HTTP {status}).",
    damagedArtifacts: "Berkas pembuktian rusak. Muat ulang halaman, lalu coba lagi.",
    workerStopped: "Proses pembuktian berhenti secara tak terduga. Coba lagi.",
    stopped: "Pembuktian dihentikan.",
    unknown: "Terjadi masalah: {detail}",
  },
} satisfies Translation<typeof english>;
