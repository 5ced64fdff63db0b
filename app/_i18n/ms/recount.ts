import type { Translation } from "../catalog.ts";
import type { recount as english } from "../en/recount.ts";

export const recount = {
  metaTitle: "Kiraan semula",
  title: "Kira semula undian ini sendiri",
  sealedCli:
    "Undian ini termeterai. Kiraan semulanya mengesahkan semula setiap undi tersulit, upacara kunci dan nyahsulit setiap pemegang amanah; dalam versi ini ia dijalankan dari baris arahan, dengan semakan yang sama dan keputusan MATCH atau percanggahannya:",
  intro:
    "Kiraan semula bebas yang berjalan sepenuhnya dalam pelayar anda. Ia tidak mempercayai pelayan laman ini mahupun catatan kontrak itu sendiri: setiap angka dikira semula daripada undi itu sendiri.",
  checksTitle: "Apa yang disemak",
  checks: {
    proofs: "Bukti tanpa pengetahuan setiap undi disahkan semula, di sini dalam pelayar anda.",
    roll: "Daftar pemilih dibina semula daripada peristiwa keahlian Semaphore, dan akarnya dibandingkan dengan akar undian yang telah dibekukan.",
    ballots:
      "Setiap undi mesti membawa skop undian ini dan akar daftar pemilih yang dibekukan, merupakan pilihan yang sah dan dibuang dalam tempoh pengundian; setiap penanda pembatal dikira sekali sahaja.",
    tally:
      "Kiraan undi dikira semula daripada undi yang sah dan dibandingkan, pilihan demi pilihan, dengan kiraan kontrak.",
  },
  chainSource: "Daripada rantaian blok, undi dibaca terus dari nod di {rpcUrl}.",
  fromChain: "Kira semula daripada rantaian blok",
  notStarted:
    "Pengundian belum bermula: undian ini masih dalam pendaftaran, jadi belum ada undi untuk dikira semula. Pengundian dibuka {opensAt}.",
  or: "atau",
  bundleLabel: "Sahkan berkas audit",
  bundleHint:
    "Berkas audit (fail JSON yang disimpan oleh kiraan semula terdahulu, di sini atau dengan baris arahan) menyimpan semua yang dibaca daripada rantaian blok: ia dikira semula di luar talian, daripada fail itu sahaja.",

  runningTitle: "Mengira semula…",
  stage: {
    starting: "Memulakan kiraan semula…",
    readingChain: "Membaca undian, daftar pemilih dan undi daripada rantaian blok…",
    readingBundle: "Membaca berkas audit…",
    verifying: "Mengesahkan bukti setiap undi…",
  },
  blocks: "Blok {last, number} daripada {to, number}",
  ballotsDone: "{done, number} daripada {total, plural, other {# undi}}",
  rate: "{perSecond, number, ::precision-integer} undi sesaat",
  elapsed: "Masa berlalu: {duration}",
  percentDone: "{percent, number}% selesai",
  cancel: "Batal",
  cancelled: "Kiraan semula dibatalkan.",

  resultTitle: "Keputusan",
  verdictExplanation: {
    MATCH: "Setiap undi yang dikira lulus semakan, dan kiraan kontrak sama dengan kiraan semula.",
    MISMATCH: "Angka kontrak berbeza daripada kiraan semula. Setiap perbezaan disenaraikan di bawah.",
  },
  provisional:
    "Undian ini masih dibuka pada blok yang dibaca: lebih banyak undi mungkin masih dibuang, jadi keputusan ini sementara.",
  fromBundle: "Dikira semula di luar talian daripada berkas audit {fileName}.",
  otherPoll:
    "Berkas ini milik undian #{bundlePoll}, bukan undian #{pagePoll} yang dipaparkan di halaman ini: keputusannya adalah tentang undian #{bundlePoll}.",
  otherDeployment:
    "Berkas ini datang daripada pemasangan lain, bukan laman ini: rantaian {chainId}, kontrak {ballotbox}.",

  tableCaption: "Kiraan semula dan kiraan kontrak, mengikut pilihan",
  column: { option: "Pilihan", recount: "Kiraan semula", contract: "Kontrak", agree: "Sama" },
  agrees: "Ya",
  differs: "Tidak, berbeza",
  missing: "—",

  detailsTitle: "Butiran",
  details: {
    ballotsChecked: "Undi disemak",
    ballotsCounted: "Undi dikira",
    ballotsRejected: "Undi ditolak",
    contractBallots: "Undi yang dikira oleh kontrak",
    rollSize: "Pengundi dalam daftar",
    rollRoot: "Akar daftar pemilih",
    block: "Dibaca pada blok",
    chain: "Rantaian",
    contract: "Kontrak",
    speed: "Kelajuan pengesahan",
  },
  blockAt: "{block, number} ({time})",
  speed: "{perSecond, number, ::precision-integer} undi sesaat ({seconds, number, ::.00} saat kesemuanya)",

  discrepanciesTitle: "Percanggahan",
  rejectedTitle: "{rejected, plural, other {# undi ditolak}}",
  rejected: { nullifier: "Penanda pembatal", transaction: "Transaksi", block: "Blok", reasons: "Sebab ditolak" },
  discrepancy: {
    rollRootMismatch:
      "Daftar pemilih yang dibina semula daripada peristiwa Semaphore mempunyai akar {rebuilt}, tetapi kontrak melaporkan akar {contract}.",
    pollRootMismatch:
      "Daftar pemilih yang dibina semula daripada peristiwa Semaphore mempunyai akar {rebuilt}, tetapi akar daftar pemilih yang dibekukan oleh undian ini ialah {stored}.",
    rejectedBallots: "{count, plural, other {Kontrak telah mengira # undi yang ditolak oleh kiraan semula.}}",
    optionTallyMismatch:
      "Pilihan {option, number} ({label}): kiraan semula mendapat {recount, number}, tetapi kontrak melaporkan {contract, number}.",
    optionMissing:
      "Pilihan {option, number} ({label}): kiraan semula mendapat {recount, number}, tetapi kontrak tidak melaporkan sebarang kiraan untuknya.",
    optionCountMismatch:
      "Kontrak melaporkan kiraan bagi {contract, plural, other {# pilihan}}, tetapi undian ini mempunyai {poll, number} pilihan.",
    ballotCountMismatch:
      "Kiraan semula mengira {recount, plural, other {# undi}}, tetapi kontrak melaporkan {contract, number}.",
  },
  reason: {
    wrongScope: "Skopnya bukan skop undian ini: undi ini dibuat untuk undian atau pemasangan lain.",
    wrongRoot: "Undi ini dibuktikan dengan akar daftar pemilih yang lain, bukan akar yang dibekukan oleh undian ini.",
    invalidBallot:
      "Nilai undinya ({ballot}) tidak sah: undian ini jenis {ballotType, select, single {satu pilihan} other {undi persetujuan (boleh pilih lebih dari satu)}} dan mempunyai {optionCount, plural, other {# pilihan}}.",
    outsideVotingWindow:
      "Undi ini dimasukkan ke dalam rantaian blok pada {includedAt}, di luar tempoh pengundian ({opens} hingga {closes}).",
    unsupportedDepth: "Kedalaman pokoknya ({depth, number}) tidak disokong oleh Semaphore.",
    malformedProof: "Format buktinya tidak sah.",
    proofInvalid: "Bukti tanpa pengetahuannya gagal disahkan.",
    nullifierReused: "Penanda pembatalnya sudah dikira dalam transaksi {transaction}.",
  },
  report: {
    poll: "Undian #{pollId}: {question}",
    setup:
      "{ballotType, select, single {Satu pilihan} other {Undi persetujuan (boleh pilih lebih dari satu)}}, rantaian {chainId}, kontrak {ballotbox}",
    readClosed: "Dibaca pada blok {block, number} ({time}); undian telah ditutup.",
    readOpen: "Dibaca pada blok {block, number} ({time}); undian masih dibuka, jadi kiraan mungkin masih berubah.",
    roll: "Daftar pemilih: {size, plural, other {# pengundi}}, akar {root}",
    ballots:
      "Undi disemak: {checked, number}; dikira: {counted, number}; ditolak: {rejected, number} (kontrak mengira {contract, number})",
    verification:
      "Bukti disahkan dalam {seconds, number, ::.00} saat ({perSecond, number, ::precision-integer} undi sesaat)",
    rejectedBallot: "Undi ditolak, penanda pembatal {nullifier} (transaksi {transaction}, blok {block, number}):",
    verdict: {
      MATCH: "MATCH: setiap undi yang dikira lulus semakan, dan kiraan kontrak sama dengan kiraan semula.",
      MISMATCH: "MISMATCH: angka kontrak berbeza daripada kiraan semula:",
    },
  },

  downloadsTitle: "Simpan salinan",
  downloadsHint:
    "Berkas audit membolehkan sesiapa sahaja mengulangi kiraan semula ini di luar talian, dalam halaman ini atau dengan arahan “ballotbox verify-bundle”.",
  downloadJson: "Muat turun laporan (JSON)",
  downloadText: "Muat turun laporan (teks)",
  downloadBundle: "Muat turun berkas audit",

  errorTitle: "Kiraan semula tidak dapat diselesaikan",
  errors: {
    wrongChain: "Nod di {rpcUrl} berada pada rantaian {actual}, bukan rantaian laman ini, {expected}.",
    pollNotFound: "Tiada undian {pollId} dalam pemasangan ini.",
    bundleNotJson:
      "Fail ini tidak boleh dikira semula: ia bukan berkas audit (malah bukan JSON). Pilih berkas yang dimuat turun daripada kiraan semula.",
    bundleInvalid:
      "Fail ini tidak boleh dikira semula: ia bukan berkas audit Ballotbox, atau versi ini tidak dapat membacanya.",
    bundleInvalidField:
      "Fail ini tidak boleh dikira semula: medan “{field}” tiada atau salah. Fail mungkin terpotong atau telah diubah.",
    unreadableFile: "Fail ini tidak dapat dibaca. Pilih fail itu sekali lagi.",
    verificationKey:
      "Laman ini tidak dapat menyediakan kunci pengesahan untuk kedalaman pokok {depth, number} (HTTP {status}), jadi bukti tidak dapat disemak. Cuba lagi kemudian.",
    crashed:
      "Kiraan semula terhenti tanpa dijangka (pelayar mungkin kehabisan memori). Muat semula halaman dan cuba lagi.",
  },
} satisfies Translation<typeof english>;
