import type { Translation } from "../catalog.ts";
import type { manage as english } from "../en/manage.ts";

export const manage = {
  title: "Urus",
  voters: "{value, plural, other {# pengundi}}",
  loadingRoll: "membaca daftar pemilih…",

  phase: {
    freezes: "Daftar pemilih dibekukan apabila pengundian dibuka pada {time} (dalam {countdown}).",
    freezesHint:
      "Sehingga itu, anda boleh menambah pengundi, memberikan pautan jemputan dan menetapkan senarai dompet dibenarkan. Selepas itu tiada sesiapa boleh menyertai atau dibuang.",
    opened: "Pengundian telah dibuka: daftar pemilih dibekukan ({voters}).",
    closed: "Pengundian telah ditutup: daftar pemilih dibekukan ({voters}).",
    frozenHint:
      "Tiada sesiapa boleh menyertai atau dibuang daripada daftar pemilih lagi, sama ada oleh penganjur, melalui jemputan atau senarai dibenarkan.",
  },

  who: {
    title: "Hanya penganjur boleh mengubah daftar pemilih",
    body: "Hanya penganjur undian ini boleh menambah pengundi, menerbitkan jemputan atau menetapkan senarai dibenarkan:",
    connect: "Sambung dompet itu dengan butang Sambung dompet di bahagian atas halaman.",
    connectedAs: "Anda disambungkan sebagai",
  },

  csv: {
    pasteHint:
      "Satu setiap baris; koma di hujung baris tidak mengapa. Eksport CSV hamparan juga boleh digunakan, dengan baris pengepala yang menamakan lajur “{column}” (lajur lain diabaikan).",
    fileHint:
      "Teks fail dimuatkan ke dalam kotak di atas, supaya nombor barisnya sepadan dengan masalah yang disenaraikan.",
    loaded: "{name} dimuatkan ({lines, plural, other {# baris}}).",
    unreadable: "Fail {name} tidak dapat dibaca. Pilih semula, atau tampal teksnya.",
    problems: "{value, plural, other {Senarai ini mempunyai # masalah:}}",
    clear: "Kosongkan",
    clearList:
      "{list, select, commitments {Kosongkan komitmen} addresses {Kosongkan alamat} other {Kosongkan senarai}}",
    andMore: "… dan {value, number} lagi.",
  },

  add: {
    title: "Tambah pengundi",
    intro:
      "Tambah pengundi melalui komitmen identiti mereka: setiap pengundi mencipta identiti dalam aplikasi ini (Identiti saya) dan menghantar komitmen yang dipaparkannya kepada anda. Komitmen adalah awam; ia tidak mendedahkan apa-apa tentang undi sesiapa.",
    label: "Komitmen identiti",
    placeholder: "1234567890123456789…\n9876543210987654321…",
    button: "Tambah pengundi",
    file: "Atau pilih fail CSV komitmen",
    empty: "Tampal komitmen identiti atau pilih fail CSV dahulu.",
    rollLoading: "Daftar pemilih masih dibaca daripada rantaian blok; cuba lagi sebentar lagi.",
    summary: "{found, plural, other {# komitmen}} dijumpai: {fresh, number} untuk ditambah.",
    alreadyOnRoll: "{value, plural, other {# komitmen}} sudah ada dalam daftar pemilih dan akan dilangkau:",
    nothingNew: "Setiap komitmen dalam senarai sudah ada dalam daftar pemilih: tiada apa-apa untuk ditambah.",
    repeated: "{value, plural, other {# baris}} mengulangi komitmen yang lebih awal dalam senarai dan akan dilangkau.",
    skipped: "{alreadyOnRoll, number} sudah dalam daftar, {repeated, number} berulang, {added, number} ditambah.",
    plan: "{transactions, plural, =1 {{voters, plural, other {# pengundi}} dalam 1 transaksi.} other {{voters, plural, other {# pengundi}} dalam {transactions, number} transaksi, setiap satu hingga 200; dompet anda meminta anda mengesahkan setiap satu.}}",
    transaction: "Transaksi {index, number} daripada {total, number}",
    progress: "{added, number} daripada {total, number} pengundi ditambah",
    chunkDone:
      "Transaksi {index, number} daripada {total, number} selesai: pengundi {from, number} hingga {to, number} ditambah.",
    done: "{value, plural, other {# pengundi}} ditambah ke daftar pemilih.",
    partial:
      "{added, number} daripada {total, number} pengundi ditambah; selebihnya tidak ditambah. Tekan Tambah pengundi sekali lagi untuk menambahnya: yang sudah dalam daftar akan dilangkau.",
  },

  invites: {
    title: "Jemputan",
    intro:
      "Setiap pautan jemputan membolehkan seorang memasukkan identitinya sendiri ke dalam daftar pemilih. Pautan dibuat dalam pelayar ini: kuncinya tidak pernah meninggalkannya sehingga anda memberikannya.",
    statusOn: "Jemputan dihidupkan: pautan dalam set jemputan semasa undian ini boleh digunakan untuk menyertai.",
    statusOff: "Jemputan dimatikan: tiada pautan jemputan berfungsi sehingga anda menerbitkan satu set.",
    countLabel: "Bilangan jemputan",
    countHint: "Dari 1 hingga {max, number}.",
    countEmpty: "Masukkan berapa banyak pautan jemputan untuk dicipta.",
    countInvalid: "Masukkan nombor bulat dari 1 hingga {max, number}.",
    create: "Cipta pautan jemputan",
    creating: "Mencipta pautan…",
    created: "{value, plural, other {# pautan jemputan}} dicipta dalam pelayar ini.",
    unsaved:
      "Pautan ini hanya wujud dalam tab ini: simpan (muat turun atau cetak) sebelum menerbitkannya, atau ia hilang jika halaman dimuat semula.",
    replacesScreen: "Mencipta pautan sekali lagi menggantikan pautan di bawah.",
    download: "Muat turun CSV",
    print: "Cetak helaian QR",
    preparingQr: "Melukis kod QR: {done, number} daripada {total, number}.",
    qrFailed: "Kod QR tidak dapat dilukis. Muat turun CSV sebaliknya, atau cipta pautan sekali lagi.",
    saved: "Saya sudah menyimpan pautan ini",
    publish: "Terbitkan jemputan ini dalam rantaian blok",
    publishNeedsSave: "Muat turun atau cetak pautan (atau tandakan kotak ini) sebelum menerbitkannya.",
    replaceWarning:
      "Penerbitan menggantikan set jemputan terdahulu undian ini: pautannya yang belum digunakan berhenti berfungsi. Pengundi yang sudah menyertai kekal dalam daftar pemilih.",
    published: "Pautan ini sudah aktif: set jemputan undian ini ialah yang di bawah.",
    publishedDone: "Diterbitkan: pautan di bawah kini membolehkan pengundi menyertai.",
    turnOff: "Matikan jemputan",
    turnOffHint: "Menghentikan setiap pautan set semasa yang belum digunakan (contohnya jika pautan terbocor).",
    turnedOff: "Jemputan dimatikan.",
    listHeading: "Pautan jemputan",
    invite: "Jemputan {index, number}",
    qrAlt: "Kod QR jemputan {index, number}",
    showAll: "Tunjukkan kesemua {value, number} pautan",
    showFewer: "Tunjukkan kurang",
    shown: "Menunjukkan {shown, number} daripada {total, number} pautan.",
    sheetTitle: "Jemputan ke undian #{pollId}",
    sheetHint: "Imbas kod, atau buka pautan, untuk masuk ke daftar pemilih. Setiap jemputan boleh digunakan sekali.",
  },

  allowlist: {
    title: "Senarai dompet dibenarkan",
    intro:
      "Benarkan senarai dompet menyertai: setiap dompet dalam senarai boleh memasukkan satu identiti ke dalam daftar pemilih, dengan menandatangani menggunakan dompet itu.",
    statusSet: "Senarai dibenarkan telah ditetapkan.",
    statusNone: "Tiada senarai dibenarkan ditetapkan.",
    matches: "Senarai di bawah ialah senarai dibenarkan semasa undian ini.",
    label: "Alamat dompet",
    placeholder: "0x…\n0x…",
    summary: "{value, plural, other {# dompet}} dalam senarai.",
    set: "Tetapkan senarai dibenarkan",
    file: "Atau pilih fail CSV alamat",
    empty: "Tampal alamat dompet atau pilih fail CSV dahulu.",
    replaceWarning:
      "Menetapkan senarai dibenarkan menggantikan senarai terdahulu. Dompet yang sudah menyertai kekal dalam daftar pemilih.",
    done: "Senarai dibenarkan ditetapkan: {value, plural, other {# dompet}}.",
    download: "Muat turun CSV senarai dibenarkan",
    share:
      "Kongsi fail ini dengan pengundi: setiap orang mendaftar dari dompet mereka dengannya. Simpan fail ini: pendaftaran memerlukan senarai yang sama persis.",
    remove: "Buang senarai dibenarkan",
    removeHint: "Menghalang dompet yang belum menyertai daripada menyertai melalui senarai dibenarkan.",
    removed: "Senarai dibenarkan telah dibuang.",
  },

  registrations: {
    title: "Pendaftaran",
    onRoll: "{value, plural, other {# pengundi}} dalam daftar pemilih",
    byRoute:
      "{invite, number} melalui jemputan, {allowlist, number} daripada dompet dalam senarai dibenarkan, {organizer, number} ditambah oleh penganjur.",
    removed: "{value, plural, other {# pengundi}} telah dibuang oleh penganjur.",
    atBlock: "Setakat blok {block}.",
    empty: "Belum ada sesiapa dalam daftar pemilih.",
    loadError: "Pendaftaran tidak dapat dibaca daripada rantaian blok.",
    search: "Cari komitmen",
    searchHint: "Sebahagian daripada komitmen: pengundi boleh menyemak bahawa mereka ada dalam daftar.",
    noMatch: "Tiada komitmen dalam daftar pemilih yang sepadan.",
    listLabel: "Pengundi dalam daftar pemilih",
    index: "Indeks",
    commitment: "Komitmen",
    joined: "Cara menyertai",
    via: {
      invite: "Jemputan",
      allowlist: "Dompet dalam senarai dibenarkan",
      organizer: "Ditambah oleh penganjur",
      removed: "Dibuang",
    },
    showAll: "Tunjukkan kesemua {value, number}",
    showFewer: "Tunjukkan kurang",
    shown: "Menunjukkan {shown, number} daripada {total, number}.",
    download: "Muat turun CSV daftar pemilih",
  },
} satisfies Translation<typeof english>;
