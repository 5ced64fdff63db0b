import type { Translation } from "../catalog.ts";
import type { vote as english } from "../en/vote.ts";

export const vote = {
  sealedTitle: "Undian ini termeterai sehingga ia ditutup",
  sealedNote:
    "Pilihan anda disulitkan dalam pelayar ini sebelum dihantar. Tiada sesiapa dapat membacanya: bukan penganjur, bukan perkhidmatan penyampai, bukan mana-mana pemegang amanah seorang diri. Selepas undian ditutup, {threshold} daripada {trustees} pemegang amanah bersama-sama menyahsulit jumlahnya, dan hanya jumlahnya.",
  sealedPrivacyNote:
    "Rahsia identiti anda dan kerawakan penyulitan undi anda tidak pernah meninggalkan pelayar ini: hanya undi tersulit dan buktinya yang dihantar.",
  sealedNoKey: "Undian termeterai ini tidak menerima undi: upacara kuncinya tidak menetapkan kunci undian.",
  needIdentity:
    "Untuk mengundi, anda memerlukan identiti pengundi yang ada dalam daftar pemilih undian ini, dalam pelayar ini.",
  needIdentityHow:
    "Sertai dengan pautan jemputan yang dihantar oleh penganjur, atau pulihkan identiti anda daripada fail sandarannya.",
  goToIdentity: "Pergi ke Identiti saya",
  notOnRoll:
    "Identiti pengundi anda tiada dalam daftar pemilih undian ini, jadi ia tidak boleh mengundi di sini. Sertai dengan pautan jemputan anda sebelum pengundian dibuka, atau minta penganjur menambah komitmen anda.",
  registrationPhase: "Pengundian belum dibuka. {opensIn}.",
  onRoll: "Anda ada dalam daftar pemilih. Datang semula apabila pengundian dibuka.",
  closedPhase: "Pengundian telah tamat. Keputusannya muktamad.",
  seeResults: "Lihat keputusan",
  chooseOne: "Pilih satu pilihan",
  chooseAny: "Setujui satu atau lebih pilihan",
  chooseFirst: "Pilih satu pilihan dahulu.",
  sendVia: "Cara menghantar undi anda",
  viaRelayer: "Melalui perkhidmatan penyampai (disyorkan)",
  viaRelayerHint: "Tanpa nama: tiada dompet dikaitkan dengan undi anda, dan anda tidak membayar apa-apa.",
  viaWallet: "Dari dompet saya sendiri",
  viaWalletHint:
    "Amaran: alamat dompet anda akan kelihatan secara awam dalam rantaian blok di sebelah undi ini. Pilihan anda tetap tidak dikaitkan dengan identiti anda, tetapi dikaitkan dengan dompet anda.",
  walletNeeded: "Sambung dompet dahulu, atau hantar melalui perkhidmatan penyampai.",
  submit: "Undi",
  stages: {
    download: "Memuatkan litar pembuktian…",
    witness: "Mengira saksi undi anda…",
    proof: "Membuat bukti tanpa pengetahuan anda dalam pelayar ini…",
    relayer: "Menghantar undi anda…",
    counted: "Menunggu undi anda dikira…",
  },
  downloaded: "{loaded, number, megabytes} daripada {total, number, megabytes} MB dimuat turun",
  downloadedSoFar: "{loaded, number, megabytes} MB dimuat turun",
  prover: {
    idle: "Pembukti bermula sebaik sahaja identiti anda dijumpai dalam daftar pemilih.",
    downloading: "Menyediakan pembukti: memuat turun litar pembuktian.",
    warming: "Menyediakan pembukti…",
    ready: "Pembukti sudah sedia.",
    failed: "Pembukti tidak dapat disediakan: {reason} Ia akan mencuba lagi apabila anda mengundi.",
  },
  stageTimedOut: {
    download:
      "Litar pembuktian tidak selesai dimuat turun dalam masa yang ditetapkan. Sambungan anda mungkin terlalu perlahan atau terputus sekarang.",
    witness: "Pengiraan undi anda mengambil masa terlalu lama. Peranti ini mungkin sangat sibuk.",
    proof:
      "Pembuatan bukti mengambil masa terlalu lama. Peranti ini mungkin sangat sibuk: tutup aplikasi atau tab lain.",
    relayer: "Perkhidmatan penyampai tidak menjawab dalam masa yang ditetapkan. Undi anda mungkin belum dihantar.",
    counted:
      "Undi anda belum dikira, dan ini luar biasa lama. Perkhidmatan penyampai atau rantaian blok mungkin perlahan.",
  },
  choiceKept: "Pilihan anda disimpan: cuba lagi apabila anda sudah bersedia.",
  cancel: "Batal",
  cancelled: "Dibatalkan. Tiada apa-apa yang dihantar.",
  tryAgain: "Cuba lagi",
  checkAgain: "Semak semula",
  elapsed: "{seconds} berlalu",
  proofMade: "Bukti dibuat dalam {seconds}.",
  privacyNote: "Rahsia identiti anda tidak pernah meninggalkan pelayar ini: hanya bukti yang dihantar.",
  receiptTitle: "Resit undi anda",
  receiptIntro:
    "Simpan alamat halaman ini: kembali bila-bila masa untuk menyemak undi anda. Penanda pembatal di bawah menjadi awam setelah dikira; ia tidak mendedahkan siapa anda atau apa pilihan anda.",
  nullifier: "Penanda pembatal (resit)",
  transaction: "Transaksi",
  block: "Blok {block}",
  receiptStates: {
    queued: "Diterima oleh perkhidmatan penyampai dan dalam barisan: ia akan dihantar dalam transaksi seterusnya.",
    submitted: "Dihantar ke rantaian blok, menunggu dilombong…",
    counted: "Dikira. Undi anda ada dalam keputusan kiraan undi.",
    failed: "Tidak dikira.",
    sentFromWallet: "Dihantar dari dompet anda, menunggu dilombong…",
  },
  receiptFailure: {
    other_ballot_counted:
      "Undi lain pengundi ini telah dikira terlebih dahulu (dihantar tanpa melalui perkhidmatan penyampai ini).",
    rejected: "Kontrak menolaknya atas sebab yang tidak dapat dibaca oleh aplikasi ini.",
    gave_up: "Perkhidmatan penyampai berhenti mencuba kerana transaksinya terus gagal.",
  },
  failedRetry: "Tiada apa-apa yang dikira, jadi anda boleh mengundi sekali lagi.",
  voteAgain: "Undi sekali lagi",
  alreadyVoted:
    "Identiti ini sudah mengundi dalam undian ini. Undi kedua akan ditolak: setiap identiti mempunyai tepat satu penanda pembatal bagi setiap undian, dan kontrak mengiranya sekali.",
  alreadyVotedElsewhere: "Undinya telah dikira (mungkin dari pelayar atau peranti lain).",
  proofFailed: "Bukti tidak dapat dibuat: {reason}",
  proverFailure: {
    notOnRoll: "Identiti ini tiada dalam daftar pemilih undian ini, jadi ia tidak boleh mengundi dalam undian ini.",
    rollPath:
      "Daftar pemilih yang dibaca oleh halaman ini tidak mengandungi laluan yang sah ke identiti anda. Muat semula halaman dan cuba lagi.",
    download: "Fail pembuktian tidak dapat dimuat turun (HTTP {status}).",
    damagedArtifacts: "Fail pembuktian rosak. Muat semula halaman dan cuba lagi.",
    workerStopped: "Proses pembuktian terhenti tanpa diduga. Cuba lagi.",
    stopped: "Pembuktian telah dihentikan.",
    unknown: "Berlaku masalah: {detail}",
  },
} satisfies Translation<typeof english>;
