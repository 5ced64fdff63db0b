import type { Translation } from "../catalog.ts";
import type { sealed as english } from "../en/sealed.ts";

export const sealed = {
  badge: "Tersegel sampai ditutup",
  unavailable:
    "Ini pemungutan suara tersegel, tetapi deployment ini tidak menyebut kontrak SealedBallots-nya: atur BALLOTBOX_SEALED_BALLOTS_ADDRESS.",
  sealedTitle: "Tersegel sampai ditutup",
  sealedNote:
    "Setiap surat suara dienkripsi di peramban pemilih. Tidak seorang pun dapat membaca surat suara atau penghitungan berjalan: bukan penyelenggara, bukan layanan perantara, bukan satu wali amanat mana pun. Setelah pemungutan suara ditutup, {threshold} dari {trustees} wali amanat mana pun mendekripsi totalnya, dan hanya totalnya.",
  sealedNoteNoCeremony:
    "Setiap surat suara akan dienkripsi di peramban pemilih: tidak seorang pun dapat membaca surat suara atau penghitungan berjalan. Wali amanat yang mendekripsi total setelah ditutup disebutkan saat penyelenggara membuka upacara kunci.",
  decryptingTitle: "Mendekripsi total",
  decryptingNote:
    "Pemungutan suara telah ditutup. Total akan muncul setelah {threshold} wali amanat masing-masing menerbitkan bagian dekripsinya; setiap bagian diperiksa di rantai.",
  sharesProgress: "{count} dari {threshold} bagian",
  decryptedBy: "Didekripsi oleh wali amanat {trustees}.",
  awaitingTally:
    "Bagian yang diterbitkan sudah cukup: siapa pun kini dapat mengirim totalnya, yang diperiksa oleh kontrak.",
  failedTitle: "Pemungutan suara ini tidak akan dibuka",
  failedNote:
    "Upacara kuncinya tidak selesai dengan sedikitnya {threshold} wali amanat yang memenuhi syarat sebelum pemungutan suara dijadwalkan dibuka, jadi tidak ada surat suara yang dapat diberikan.",

  ceremony: {
    title: "Upacara kunci",
    intro:
      "Para wali amanat membuat kunci pemungutan suara bersama di rantai: tidak ada yang pernah memegang kunci utuh. {threshold} dari {trustees} mana pun dapat mendekripsi totalnya.",
    statusLabel: "Tahap",
    status: {
      notOpened: "Belum dibuka: penyelenggara yang membukanya.",
      keys: "Wali amanat menerbitkan kunci mereka.",
      dealing: "Wali amanat saling membagikan bagian terenkripsi.",
      complaints: "Wali amanat memeriksa bagian mereka dan dapat mengadukan bagian yang salah.",
      reveals: "Pembagi menjawab pengaduan dengan membuka bagian yang dipersoalkan.",
      finalising: "Siap diselesaikan: siapa pun dapat menetapkan kunci pemungutan suara.",
      finalised: "Selesai: kunci pemungutan suara sudah ditetapkan.",
      failedTooFewKeys: "Gagal: terlalu sedikit wali amanat yang menerbitkan kunci.",
      failedTooFewQualified: "Gagal: terlalu sedikit wali amanat yang membagikan dengan benar.",
      failedNotFinalised: "Gagal: kunci pemungutan suara tidak ditetapkan sebelum pemungutan suara dibuka.",
    },
    deadlinesTitle: "Tenggat",
    deadline: {
      keysBy: "Kunci",
      dealsBy: "Bagian dibagikan",
      complaintsBy: "Pengaduan",
      revealsBy: "Jawaban atas pengaduan",
      votingOpens: "Pemungutan suara dibuka",
    },
    trusteesTitle: "Wali amanat",
    trustee: "Wali amanat {index}",
    column: {
      trustee: "Wali amanat",
      key: "Kunci",
      dealt: "Dibagikan",
      qualified: "Memenuhi syarat",
      decrypted: "Didekripsi",
    },
    yes: "Ya",
    no: "Tidak",
    pending: "Belum",
    complaintsTitle: "Pengaduan",
    noComplaints: "Tidak ada pengaduan.",
    complaint: "Wali amanat {complainant} mengadukan bagian dari wali amanat {dealer}.",
    complaintAnswered:
      "Wali amanat {dealer} membuka bagiannya: bagian itu benar, dan wali amanat {dealer} tetap memenuhi syarat.",
    complaintUpheld: "Wali amanat {dealer} didiskualifikasi.",
    complaintOpen: "Menunggu jawaban wali amanat {dealer}.",
    pollKeyTitle: "Kunci pemungutan suara",
    pollKeyHash: "Hash kunci pemungutan suara, yang diikat pada bukti setiap surat suara:",
    pollKeyPending: "Ditetapkan setelah upacara selesai.",
  },
} satisfies Translation<typeof english>;
