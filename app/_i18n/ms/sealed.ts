import type { Translation } from "../catalog.ts";
import type { sealed as english } from "../en/sealed.ts";

export const sealed = {
  badge: "Termeterai sehingga ditutup",
  unavailable:
    "Ini undian termeterai, tetapi pemasangan ini tidak menamakan kontrak SealedBallotsnya: tetapkan BALLOTBOX_SEALED_BALLOTS_ADDRESS.",
  sealedTitle: "Termeterai sehingga ditutup",
  sealedNote:
    "Setiap undi disulitkan dalam pelayar pengundi. Tiada sesiapa dapat membaca sesuatu undi atau kiraan semasa: bukan penganjur, bukan perkhidmatan penyampai, bukan mana-mana pemegang amanah seorang diri. Selepas undian ditutup, mana-mana {threshold} daripada {trustees} pemegang amanah menyahsulit jumlahnya, dan hanya jumlahnya.",
  sealedNoteNoCeremony:
    "Setiap undi akan disulitkan dalam pelayar pengundi: tiada sesiapa dapat membaca sesuatu undi atau kiraan semasa. Pemegang amanah yang menyahsulit jumlahnya selepas undian ditutup dinamakan apabila penganjur membuka upacara kunci.",
  decryptingTitle: "Menyahsulit jumlah",
  decryptingNote:
    "Undian telah ditutup. Jumlah akan dipaparkan sebaik sahaja {threshold} pemegang amanah masing-masing menerbitkan bahagian nyahsulit mereka; setiap bahagian disemak dalam rantaian.",
  sharesProgress: "{count} daripada {threshold} bahagian",
  decryptedBy: "Dinyahsulit oleh pemegang amanah {trustees}.",
  awaitingTally:
    "Bahagian yang diterbitkan sudah mencukupi: sesiapa sahaja kini boleh menghantar jumlahnya, yang akan disemak oleh kontrak.",
  failedTitle: "Undian ini tidak akan dibuka",
  failedNote:
    "Upacara kuncinya tidak selesai dengan sekurang-kurangnya {threshold} pemegang amanah yang layak sebelum pengundian dijadualkan dibuka, jadi tiada undi boleh dibuang.",

  ceremony: {
    title: "Upacara kunci",
    intro:
      "Pemegang amanah menjana kunci undian bersama-sama dalam rantaian: tiada sesiapa pernah memegang keseluruhan kunci. Mana-mana {threshold} daripada {trustees} boleh menyahsulit jumlahnya.",
    statusLabel: "Peringkat",
    status: {
      notOpened: "Belum dibuka: penganjur yang membukanya.",
      keys: "Pemegang amanah menerbitkan kunci mereka.",
      dealing: "Pemegang amanah mengagihkan bahagian tersulit kepada satu sama lain.",
      complaints: "Pemegang amanah menyemak bahagian mereka dan boleh mengadu tentang bahagian yang salah.",
      reveals: "Pengagih menjawab aduan dengan mendedahkan bahagian yang dipertikaikan.",
      finalising: "Sedia untuk diselesaikan: sesiapa sahaja boleh menetapkan kunci undian.",
      finalised: "Selesai: kunci undian telah ditetapkan.",
      failedTooFewKeys: "Gagal: terlalu sedikit pemegang amanah menerbitkan kunci.",
      failedTooFewQualified: "Gagal: terlalu sedikit pemegang amanah mengagih dengan betul.",
      failedNotFinalised: "Gagal: kunci undian tidak ditetapkan sebelum pengundian dibuka.",
    },
    deadlinesTitle: "Tarikh akhir",
    deadline: {
      keysBy: "Kunci",
      dealsBy: "Bahagian diagihkan",
      complaintsBy: "Aduan",
      revealsBy: "Jawapan kepada aduan",
      votingOpens: "Pengundian dibuka",
    },
    trusteesTitle: "Pemegang amanah",
    trustee: "Pemegang amanah {index}",
    column: {
      trustee: "Pemegang amanah",
      key: "Kunci",
      dealt: "Diagih",
      qualified: "Layak",
      decrypted: "Dinyahsulit",
    },
    yes: "Ya",
    no: "Tidak",
    pending: "Belum",
    complaintsTitle: "Aduan",
    noComplaints: "Tiada aduan.",
    complaint: "Pemegang amanah {complainant} mengadu tentang bahagian pemegang amanah {dealer}.",
    complaintAnswered:
      "Pemegang amanah {dealer} mendedahkan bahagian itu: ia betul, dan pemegang amanah {dealer} kekal layak.",
    complaintUpheld: "Pemegang amanah {dealer} telah dibatalkan kelayakan.",
    complaintOpen: "Menunggu jawapan pemegang amanah {dealer}.",
    pollKeyTitle: "Kunci undian",
    pollKeyHash: "Cincangan kunci undian, yang diikat pada bukti setiap undi:",
    pollKeyPending: "Ditetapkan sebaik sahaja upacara selesai.",
  },
} satisfies Translation<typeof english>;
