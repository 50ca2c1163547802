<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AbstractPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="42"/>
        <source>Abstrak</source>
        <translation>Abstract</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="44"/>
        <source>Abstrak meringkas, tidak mengomentari. Draf disusun dari isi keputusan.</source>
        <translation>An abstract summarises and never comments. The draft is built from the decree&apos;s text.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="47"/>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="50"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="52"/>
        <source>Singkatan</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="53"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="54"/>
        <source>Pertimbangan</source>
        <translation>Considerations</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="55"/>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="56"/>
        <source>Isi yang ditetapkan</source>
        <translation>What is decided</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="57"/>
        <source>Catatan (satu per baris)</source>
        <translation>Notes (one per line)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="60"/>
        <source>SUBJEK:</source>
        <translation>SUBJECT:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="61"/>
        <source>TAHUN:</source>
        <translation>YEAR:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="62"/>
        <source>SINGKATAN:</source>
        <translation>ABBREVIATION:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="63"/>
        <source>JUDUL:</source>
        <translation>TITLE:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="64"/>
        <source>Pertimbangan:</source>
        <translation>Considerations:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="65"/>
        <source>Dasar hukum:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="66"/>
        <source>Ditetapkan:</source>
        <translation>Decided:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="67"/>
        <source>CATATAN:</source>
        <translation>NOTES:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="70"/>
        <source>Teks dokumen</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/abstract_page.py" line="123"/>
        <source>✓ Abstrak lengkap.</source>
        <translation>✓ The abstract is complete.</translation>
    </message>
</context>
<context>
    <name>ActiveRequestsModel</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="82"/>
        <source>Agenda</source>
        <extracomment>What one read of the board brings: the board, the uploads waiting for a person, and whether the office profile names an office yet. What one background read brings: the board, the awaiting uploads, whether the office is named, and what the last backup or verify found wrong.</extracomment>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="83"/>
        <source>Pengusul</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="84"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="85"/>
        <source>Langkah sekarang</source>
        <translation>Current step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="86"/>
        <source>Berjalan / target</source>
        <translation>Elapsed / target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="87"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="88"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="150"/>
        <source> (dijeda)</source>
        <translation> (paused)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="158"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
</context>
<context>
    <name>ArchiveDetail</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="68"/>
        <source>Pilih keputusan di daftar untuk melihat rinciannya.</source>
        <translation>Choose a decree in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="83"/>
        <source>Hubungan status</source>
        <translation>Status relations</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="88"/>
        <source>Hubungan status (mencabut/dicabut/mengubah):</source>
        <translation>Status relations (revokes/revoked by/amends):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="93"/>
        <source>Pratinjau PDF keputusan</source>
        <translation>Decree PDF preview</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="104"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="104"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="104"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="104"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="105"/>
        <source>Riwayat keputusan</source>
        <translation>Decree history</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="108"/>
        <source>Tujuan</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="108"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="108"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="108"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="109"/>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="110"/>
        <source>Publikasi keputusan</source>
        <translation>Decree publications</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="113"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="114"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="115"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="116"/>
        <source>Publikasi</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="120"/>
        <source>Cetak &amp;abstrak…</source>
        <translation>Print &amp;abstract…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="121"/>
        <source>Terbitkan &amp;ulang</source>
        <translation>Re-&amp;publish</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="122"/>
        <source>Masukkan ke antrean unggah situs JDIH</source>
        <translation>Queue it for upload to the JDIH site</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="142"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="143"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="144"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="145"/>
        <source>Tempat penetapan</source>
        <translation>Place enacted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="146"/>
        <source>Tanggal penetapan</source>
        <translation>Date enacted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="147"/>
        <source>Penandatangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="148"/>
        <source>Pemrakarsa</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="149"/>
        <source>T.E.U. Badan</source>
        <translation>Corporate author (T.E.U.)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="150"/>
        <source>Bidang hukum</source>
        <translation>Field of law</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="151"/>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="153"/>
        <source>Lokasi arsip tercetak</source>
        <translation>Location of the printed copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="154"/>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="181"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="181"/>
        <source>Tidak Berlaku</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="182"/>
        <source>(belum dicatat)</source>
        <translation>(not recorded yet)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="205"/>
        <source>Keputusan ini belum punya berkas PDF.</source>
        <translation>This decree has no PDF file yet.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="213"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="263"/>
        <source>Abstrak {nomor}</source>
        <translation>Abstract {nomor}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="270"/>
        <source>Abstrak gagal dibuat.</source>
        <translation>The abstract could not be made.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="284"/>
        <source>Keputusan masuk antrean unggah.</source>
        <translation>The decree is queued for upload.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_detail.py" line="118"/>
        <source>Pemeriksaan</source>
        <translation>Checks</translation>
    </message>
</context>
<context>
    <name>ArchiveResultsModel</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="34"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="35"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="36"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="37"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="39"/>
        <source>Ditetapkan</source>
        <translation>Enacted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="40"/>
        <source>Cuplikan</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="104"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/archive_model.py" line="104"/>
        <source>Tidak Berlaku</source>
        <translation>Not in force</translation>
    </message>
</context>
<context>
    <name>ArsipPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="55"/>
        <source>Cari nomor, judul, atau isi keputusan…</source>
        <translation>Search number, title or decree text…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="56"/>
        <source>Kata pencarian</source>
        <translation>Search words</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="60"/>
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="62"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="64"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="65"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="70"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="71"/>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="72"/>
        <source>Tidak Berlaku</source>
        <translation>Not in force</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="73"/>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="80"/>
        <source>Hasil pencarian arsip</source>
        <translation>Archive search results</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="123"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="192"/>
        <source>{n} keputusan</source>
        <translation>{n} decrees</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="187"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/arsip.py" line="201"/>
        <source>Arsip gagal dimuat; tekan Cari untuk mencoba lagi.</source>
        <translation>The archive could not be loaded; press Search to try again.</translation>
    </message>
</context>
<context>
    <name>AttachmentButtons</name>
    <message>
        <location filename="../../jdih_desktop/ui/attachments_view.py" line="51"/>
        <source>Lihat {kind}</source>
        <translation>View {kind}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/attachments_view.py" line="58"/>
        <source>(belum ada berkas)</source>
        <translation>(no file yet)</translation>
    </message>
</context>
<context>
    <name>BackupNowPanel</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="51"/>
        <source>Cadangkan &amp;sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="53"/>
        <source>Buat cadangan lengkap sekarang di folder cadangan (terhitung hari ini)</source>
        <translation>Make a full backup in the backup folder now (it counts as today&apos;s)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="56"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="60"/>
        <source>Kemajuan pencadangan</source>
        <translation>Backup progress</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="86"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="98"/>
        <source>Belum ada cadangan di {folder}.</source>
        <translation>No backup in {folder} yet.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="102"/>
        <source>Cadangan terakhir: {when}, lengkap.</source>
        <translation>Last backup: {when}, complete.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="104"/>
        <source>Cadangan terakhir: {when}, TIDAK lengkap (ada berkas hilang/rusak).</source>
        <translation>Last backup: {when}, NOT complete (files missing or damaged).</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="117"/>
        <source>Pencadangan dibatalkan; tidak ada berkas dibuat.</source>
        <translation>Backup cancelled; no file was made.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="123"/>
        <source>Mencadangkan basis data dan berkas arsip…</source>
        <translation>Backing up the database and the archive files…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="137"/>
        <source>Cadangan selesai: {files} berkas, {mb} MB.</source>
        <translation>Backup done: {files} files, {mb} MB.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="145"/>
        <source>Cadangan dibuat tetapi tidak lengkap: {n} berkas hilang atau rusak. Lihat Beranda untuk langkah berikutnya.</source>
        <translation>Backup made but incomplete: {n} files missing or damaged. See Home for what to do next.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/backup_now.py" line="163"/>
        <source>Peran Anda tidak dapat membuat cadangan.</source>
        <translation>Your role cannot make backups.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="176"/>
        <source>Buat cadangan harian saat aplikasi dibuka</source>
        <translation>Make a daily backup when the app opens</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="180"/>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="215"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="184"/>
        <source>Jumlah cadangan yang disimpan</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="185"/>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="186"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="194"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="195"/>
        <source>Simpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="201"/>
        <source>Folder tujuan cadangan harian (sebaiknya disk lain atau folder jaringan). Kosong: folder &apos;backups&apos; di folder data.</source>
        <translation>Folder for the daily backups (preferably another disk or a network folder). Empty: the &apos;backups&apos; folder in the data folder.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="224"/>
        <source>Pengaturan cadangan tersimpan.</source>
        <translation>Backup settings saved.</translation>
    </message>
</context>
<context>
    <name>BerandaPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="261"/>
        <source>Belum didisposisi</source>
        <translation>Not yet dispositioned</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="262"/>
        <source>Belum diabstrak</source>
        <translation>No abstract yet</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="263"/>
        <source>Menunggu unggah</source>
        <translation>Waiting for upload</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="264"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="270"/>
        <source>Klik untuk membuka daftar permohonan ini</source>
        <translation>Click to open the list of these requests</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="278"/>
        <source>Permohonan aktif dan pewaktunya</source>
        <translation>Active requests and their timers</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="292"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="302"/>
        <source>Buka Pengaturan → &amp;Cadangan</source>
        <translation>Open Settings → &amp;Backups</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="323"/>
        <source>Permohonan aktif (klik dua kali untuk membuka; huruf tebal: giliran Anda):</source>
        <translation>Active requests (double-click to open; bold: your turn):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="330"/>
        <source>Unggahan yang menunggu tindakan Anda (klik dua kali: apa yang harus dilakukan):</source>
        <translation>Uploads waiting for you (double-click: what to do):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="335"/>
        <source>Unggahan yang menunggu tindakan</source>
        <translation>Uploads waiting for someone</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="370"/>
        <source>Masuk sebagai {user} ({roles})</source>
        <translation>Signed in as {user} ({roles})</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="419"/>
        <source>⚠ {what} ({when}).&lt;br&gt;&lt;b&gt;Yang harus dilakukan:&lt;/b&gt; {todo}</source>
        <translation>⚠ {what} ({when}).&lt;br&gt;&lt;b&gt;What to do:&lt;/b&gt; {todo}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="441"/>
        <source>unggah paket ekspor di situs JDIH, lalu buktikan tautannya</source>
        <translation>upload the export package to the JDIH site, then prove its link</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="443"/>
        <source>gagal, tidak dicoba lagi: unggah sendiri lalu buktikan tautannya</source>
        <translation>failed and not retried: upload it yourself, then prove its link</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="488"/>
        <source>{n} permohonan aktif · diperbarui {time}</source>
        <translation>{n} active requests · updated {time}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="494"/>
        <source>Permohonan {agenda}, langkah {no}: {level}</source>
        <translation>Request {agenda}, step {no}: {level}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="505"/>
        <source>Pewaktu SOP</source>
        <translation>SOP timer</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="354"/>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="434"/>
        <source>Beranda gagal dimuat; tekan F5 untuk mencoba lagi.</source>
        <translation>Home could not be loaded; press F5 to try again.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="45"/>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="45"/>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="45"/>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="45"/>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="46"/>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="46"/>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="46"/>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="52"/>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="53"/>
        <source>Jam kerja {day}</source>
        <translation>Office hours on {day}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="56"/>
        <source>Simpan &amp;jam kerja</source>
        <translation>Save office &amp;hours</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="58"/>
        <source>Jam kerja (mis. 07:30-12:00, 13:00-16:00)</source>
        <translation>Office hours (e.g. 07:30-12:00, 13:00-16:00)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="67"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="71"/>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="83"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="71"/>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="85"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="71"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="73"/>
        <source>Hari libur dan cuti bersama</source>
        <translation>Holidays and collective leave</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="87"/>
        <source>Jenis hari</source>
        <translation>Kind of day</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="88"/>
        <source>Cuti bersama</source>
        <translation>Collective leave</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="89"/>
        <source>Kantor tutup</source>
        <translation>Office closed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="90"/>
        <source>Tetap masuk kerja</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="91"/>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="92"/>
        <source>&amp;Hapus entri kantor</source>
        <translation>&amp;Remove office entry</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="107"/>
        <source>Tahun:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="110"/>
        <source>Hari libur nasional, cuti bersama dan penutupan kantor</source>
        <translation>National holidays, collective leave and office closures</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="138"/>
        <source>Jam kerja tersimpan.</source>
        <translation>Office hours saved.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="145"/>
        <source>nasional</source>
        <translation>national</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="149"/>
        <source>kantor: cuti bersama</source>
        <translation>office: collective leave</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="150"/>
        <source>kantor: tutup</source>
        <translation>office: closed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="151"/>
        <source>kantor: tetap masuk</source>
        <translation>office: working day</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="170"/>
        <source>Hari {day} tersimpan.</source>
        <translation>{day} saved.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_calendar.py" line="182"/>
        <source>Entri kantor untuk {day} dihapus.</source>
        <translation>The office entry for {day} was removed.</translation>
    </message>
</context>
<context>
    <name>ContentCard</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="106"/>
        <source>target {target}</source>
        <translation>target {target}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="108"/>
        <source>tanpa target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="113"/>
        <source>Data…</source>
        <translation>Data…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="114"/>
        <source>Selesai ▸</source>
        <translation>Done ▸</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="124"/>
        <source>{elapsed} · sisa {remaining}</source>
        <translation>{elapsed} · {remaining} left</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="128"/>
        <source>(dijeda)</source>
        <translation>(paused)</translation>
    </message>
</context>
<context>
    <name>DesignDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="155"/>
        <source>Langkah 3 — Desain per platform</source>
        <translation>Step 3 — Designs per platform</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="159"/>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="163"/>
        <source>Berkas desain</source>
        <translation>Design file</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="160"/>
        <source>Gambar atau video (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm)</source>
        <translation>Images or videos (*.png *.jpg *.jpeg *.webp *.gif *.mp4 *.mov *.webm)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="162"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="175"/>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="177"/>
        <source>berkas hilang</source>
        <translation>file missing</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="180"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="186"/>
        <source>Mengubah desain mengembalikan konten ke reviu.</source>
        <translation>Changing a design sends the item back to review.</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="31"/>
        <source>Profil dan pemindai</source>
        <translation>Profile and scanner</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="33"/>
        <source>Pilih profil pindai sesuai jenis dokumen dan pemindai yang dipakai.</source>
        <translation>Choose the scan profile for the document type and the scanner to use.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="38"/>
        <source>Profil pindai</source>
        <translation>Scan profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="45"/>
        <source>Pemindai</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="47"/>
        <source>Cari ulang</source>
        <translation>Search again</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="49"/>
        <source>Impor berkas…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="50"/>
        <source>Gambar (JPEG, PNG, TIFF) atau PDF hasil pindai</source>
        <translation>Scanned images (JPEG, PNG, TIFF) or PDF</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="62"/>
        <source>Profil:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="63"/>
        <source>Pemindai:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="82"/>
        <source>Mencari pemindai…</source>
        <translation>Looking for scanners…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="104"/>
        <source>{label} siap dipakai.</source>
        <translation>{label} is ready.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="122"/>
        <source>Tidak ada pemindai ditemukan. Periksa kabel dan daya, lalu Cari ulang.</source>
        <translation>No scanner found. Check the cable and power, then Search again.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="142"/>
        <source>Impor berkas hasil pindai</source>
        <translation>Import a scanned file</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="144"/>
        <source>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Documents and images (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="151"/>
        <source>Impor berkas {name}</source>
        <translation>Import the file {name}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/device_page.py" line="162"/>
        <source>berkas {name}</source>
        <translation>the file {name}</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="55"/>
        <source>Lembar disposisi — {agenda}</source>
        <extracomment>The roles a disposition is sent to: the JDIH team of the legal subsection.</extracomment>
        <translation>Disposition sheet — {agenda}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="59"/>
        <source>Surat dari:</source>
        <translation>Letter from:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="60"/>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="61"/>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="62"/>
        <source>Diterima tanggal:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="63"/>
        <source>Nomor agenda:</source>
        <translation>Agenda number:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="64"/>
        <source>Hal:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="72"/>
        <source>Diteruskan kepada</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="75"/>
        <source>Centang satu orang atau lebih; yang pertama dicentang menindaklanjuti permohonan.</source>
        <translation>Tick one person or more; the first one ticked carries the request on.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="95"/>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="102"/>
        <source>Dengan hormat harap:</source>
        <translation>Kindly (instructions):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="111"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="112"/>
        <source>Catatan untuk yang menerima disposisi</source>
        <translation>A note for the person receiving the disposition</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="120"/>
        <source>&amp;Diteruskan kepada:</source>
        <translation>&amp;Forwarded to:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="121"/>
        <source>S&amp;ifat:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="125"/>
        <source>Simpan dan cetak</source>
        <translation>Save and print</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="133"/>
        <source>Surat:</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="138"/>
        <source>&amp;Catatan:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="165"/>
        <source>Centang minimal satu penerima disposisi.</source>
        <translation>Tick at least one recipient of the disposition.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/disposition_form.py" line="169"/>
        <source>Pilih minimal satu petunjuk “Dengan hormat harap”.</source>
        <translation>Choose at least one “Dengan hormat harap” instruction.</translation>
    </message>
</context>
<context>
    <name>DocumentChecks</name>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="39"/>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="81"/>
        <source>Tanda tangan elektronik: belum diperiksa.</source>
        <translation>Electronic signature: not checked yet.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="42"/>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="82"/>
        <source>Data pribadi: belum diperiksa.</source>
        <translation>Personal data: not checked yet.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="47"/>
        <source>Buat salinan &amp;disensor</source>
        <translation>Make a &amp;redacted copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="48"/>
        <source>Terbitkan salinan disensor</source>
        <translation>Publish the redacted copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="49"/>
        <source>Terbitkan apa adanya…</source>
        <translation>Publish as is…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="99"/>
        <source>Tanda tangan elektronik: memeriksa…</source>
        <translation>Electronic signature: checking…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="100"/>
        <source>Data pribadi: memeriksa…</source>
        <translation>Personal data: checking…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="109"/>
        <source>utuh dan tepercaya</source>
        <translation>intact and trusted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="110"/>
        <source>berkas diubah setelah ditandatangani</source>
        <translation>the file was changed after signing</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="111"/>
        <source>utuh, tetapi CA tidak tepercaya</source>
        <translation>intact, but the CA is not trusted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="112"/>
        <source>RUSAK</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="113"/>
        <source>tidak bertanda tangan</source>
        <translation>not signed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="117"/>
        <source>Tanda tangan elektronik: %1%2</source>
        <translation>Electronic signature: %1%2</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="125"/>
        <source>Data pribadi: tidak ditemukan.</source>
        <translation>Personal data: none found.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="128"/>
        <source>diputuskan: terbitkan salinan disensor</source>
        <translation>decided: publish the redacted copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="129"/>
        <source>diputuskan: terbitkan apa adanya</source>
        <translation>decided: publish as is</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="130"/>
        <source>BELUM diputuskan — tidak bisa diantrekan</source>
        <translation>NOT decided — cannot be queued</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="134"/>
        <source>Data pribadi: %1 (halaman %2); %3</source>
        <translation>Personal data: %1 (pages %2); %3</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="148"/>
        <source>Tanda tangan akan hilang</source>
        <translation>The signature will be lost</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="150"/>
        <source>Keputusan ini bertanda tangan elektronik. Salinan disensor TIDAK lagi bertanda tangan sah; aslinya tetap tersimpan. Lanjutkan?</source>
        <translation>This decree is electronically signed. The redacted copy is NO longer validly signed; the original stays archived. Continue?</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="157"/>
        <source>Menyensor dan memverifikasi…</source>
        <translation>Redacting and verifying…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="168"/>
        <source>Salinan disensor tersimpan (%1 area); tidak ada nilai yang terbaca lagi.</source>
        <translation>Redacted copy stored (%1 regions); no value is readable any more.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="177"/>
        <source>Terbitkan apa adanya</source>
        <translation>Publish as is</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="178"/>
        <source>Alasan menerbitkan data pribadi ini (dicatat di log audit):</source>
        <translation>Why publish this personal data (recorded in the audit log):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/document_checks.py" line="191"/>
        <source>Keputusan dicatat di log audit.</source>
        <translation>The decision is recorded in the audit log.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="132"/>
        <source>Langkah 2 — Rancangan materi</source>
        <translation>Step 2 — Material draft</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="135"/>
        <source>Rancangan materi</source>
        <translation>Material draft</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="136"/>
        <source>Data dukung</source>
        <translation>Supporting data</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="139"/>
        <source>Mengubah rancangan mengembalikan konten ke reviu.</source>
        <translation>Changing the draft sends the item back to review.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="72"/>
        <source>Draf pindai</source>
        <translation>Scan drafts</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="75"/>
        <source>Draf dan pindaian tertunda</source>
        <translation>Drafts and interrupted scans</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="77"/>
        <source>Tidak ada draf atau pindaian tertunda.</source>
        <translation>No drafts or interrupted scans.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="78"/>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="80"/>
        <source>&amp;Buang draf</source>
        <translation>&amp;Discard draft</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="96"/>
        <source>Pindaian terputus: {n} halaman dari {device} ({when})</source>
        <translation>Interrupted scan: {n} pages from {device} ({when})</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="104"/>
        <source>{title} — {n} halaman, berhenti di {step}; disimpan {when}</source>
        <translation>{title} — {n} pages, stopped at {step}; saved {when}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="105"/>
        <source>(tanpa judul)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="147"/>
        <source>Buang draf</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/launch.py" line="148"/>
        <source>Buang draf ini beserta halaman pindaiannya? Tidak dapat dibatalkan.</source>
        <translation>Discard this draft and its scanned pages? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/duplicates.py" line="42"/>
        <source>Keputusan ini sudah ada di arsip</source>
        <translation>This decree is already in the archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/duplicates.py" line="45"/>
        <source>Arsip sudah menyimpan keputusan dengan jenis, nomor dan tahun yang sama (atau berkas yang sama). Periksa sebelum menyimpan:</source>
        <translation>The archive already holds a decree of the same type, number and year (or the same file). Check before storing:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/duplicates.py" line="56"/>
        <source>&amp;Buka yang tersimpan</source>
        <translation>&amp;Open the stored one</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/duplicates.py" line="57"/>
        <source>&amp;Simpan sebagai versi baru</source>
        <translation>&amp;Store as a new version</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/duplicates.py" line="58"/>
        <source>&amp;Batal menyimpan</source>
        <translation>&amp;Do not store</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="258"/>
        <source>Langkah 6 — Angka keterlibatan</source>
        <translation>Step 6 — Engagement figures</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="261"/>
        <source>Unggahan</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="261"/>
        <source>Jangkauan</source>
        <translation>Reach</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="261"/>
        <source>Suka</source>
        <translation>Likes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="261"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="262"/>
        <source>Dibagikan</source>
        <translation>Shares</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="81"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="102"/>
        <source>Penyiapan awal — JDIH Desktop</source>
        <translation>First-run setup — JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="103"/>
        <source>Selamat datang di JDIH Desktop</source>
        <translation>Welcome to JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="107"/>
        <source>Folder data ini masih kosong. Isi profil kantor dan buat akun Administrator pertama; pengguna lain ditambahkan kemudian di Pengaturan.</source>
        <translation>This data folder is still empty. Fill in the office profile and create the first Administrator account; other users are added later in Settings.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="112"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="114"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="116"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="118"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="120"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="122"/>
        <source>Nama pengguna Administrator</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="124"/>
        <source>Nama lengkap Administrator</source>
        <translation>Administrator full name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="125"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="126"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="127"/>
        <source>Tambahkan data contoh (pengguna tiap peran dan permohonan)</source>
        <translation>Add demo data (a user for each role, and requests)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="128"/>
        <source>Tambahkan data contoh</source>
        <translation>Add demo data</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="129"/>
        <source>Pemindai: belum diperiksa (boleh dilewati).</source>
        <translation>Scanner: not checked yet (may be skipped).</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="132"/>
        <source>&amp;Periksa pemindai</source>
        <translation>&amp;Check scanners</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="133"/>
        <source>Periksa pemindai yang terpasang</source>
        <translation>Check the installed scanners</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="142"/>
        <source>Nama &amp;kantor:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="143"/>
        <source>Nama &amp;singkat:</source>
        <translation>&amp;Short name:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="144"/>
        <source>Kot&amp;a:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="145"/>
        <source>&amp;Provinsi:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="146"/>
        <source>Kode &amp;wilayah:</source>
        <translation>&amp;Region code:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="147"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="148"/>
        <source>Nama &amp;lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="149"/>
        <source>Kata san&amp;di:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="150"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>R&amp;epeat the password:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="154"/>
        <source>Simpan dan masuk</source>
        <translation>Save and sign in</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="173"/>
        <source>Pemindai: memeriksa…</source>
        <translation>Scanner: checking…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="189"/>
        <source>Pemindai ditemukan ({n}): {names}</source>
        <translation>Scanners found ({n}): {names}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="193"/>
        <source>Tidak ada pemindai terdeteksi; dapat diatur nanti di Pengaturan.</source>
        <translation>No scanner detected; it can be set up later in Settings.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="199"/>
        <source>Pemindai tidak dapat diperiksa: {error}</source>
        <translation>The scanners could not be checked: {error}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="204"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="233"/>
        <source>Data contoh</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>HandUploadDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="175"/>
        <source>Unggah manual — {title}</source>
        <translation>Manual upload — {title}</translation>
    </message>
</context>
<context>
    <name>HandUploadPanel</name>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="65"/>
        <source>Buka &amp;folder paket</source>
        <translation>Open the package &amp;folder</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="69"/>
        <source>https://… alamat halaman keputusan di situs JDIH</source>
        <translation>https://… address of the decree&apos;s page on the JDIH site</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="70"/>
        <source>Tautan halaman terbit</source>
        <translation>Link of the published page</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="71"/>
        <source>&amp;Buktikan tautan</source>
        <translation>&amp;Prove the link</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="97"/>
        <source>Keadaan: {state}. Paket siap di {folder}.
1. Buka folder paket.
2. Unggah berkas-berkasnya di situs JDIH (menu tambah peraturan).
3. Tempel alamat halaman keputusan yang terbit di bawah, lalu Buktikan: berkas di situs dicocokkan dengan arsip (SHA-256) dan langkah 4 selesai.</source>
        <translation>State: {state}. The package is ready in {folder}.
1. Open the package folder.
2. Upload its files on the JDIH site (the add-regulation form).
3. Paste the address of the published decree below, then Prove: the site&apos;s file is matched with the archive (SHA-256) and step 4 is done.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="105"/>
        <source>Keadaan: {state}. {error}
Unggah keputusan ini di situs JDIH, tempel alamat halaman yang terbit di bawah, lalu Buktikan: berkas di situs dicocokkan dengan arsip (SHA-256) dan langkah 4 selesai.</source>
        <translation>State: {state}. {error}
Upload this decree on the JDIH site, paste the address of the published page below, then Prove: the site&apos;s file is matched with the archive (SHA-256) and step 4 is done.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="125"/>
        <source>Tempel alamat lengkap yang diawali https://.</source>
        <translation>Paste the full address starting with https://.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="137"/>
        <source>Membuka tautan dan mencocokkan berkas…</source>
        <translation>Opening the link and matching the file…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/hand_upload.py" line="149"/>
        <source>Terbukti: {url}
SHA-256 {sha}</source>
        <translation>Proven: {url}
SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>InsertScanDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="57"/>
        <source>Pindai sisipan</source>
        <translation>Insert a scan</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="65"/>
        <source>Memindai halaman sisipan setelah halaman {n} dengan {device}…</source>
        <translation>Scanning pages to insert after page {n} with {device}…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="71"/>
        <source>Kemajuan pindai sisipan</source>
        <translation>Insert-scan progress</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="73"/>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="145"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="76"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/insert_scan.py" line="122"/>
        <source>Membatalkan… halaman yang sudah terpindai disimpan.</source>
        <translation>Cancelling… the pages scanned so far are kept.</translation>
    </message>
</context>
<context>
    <name>LaporanPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="68"/>
        <source>Bulan laporan</source>
        <translation>Report month</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="73"/>
        <source>Tahun laporan</source>
        <translation>Report year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="78"/>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="79"/>
        <source>Hitung ulang laporan bulan ini (F5)</source>
        <translation>Recompute this month&apos;s report (F5)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="80"/>
        <source>Ekspor &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="81"/>
        <source>Cetak / &amp;PDF…</source>
        <translation>Print / &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="82"/>
        <source>Pratinjau laporan resmi untuk dicetak atau disimpan</source>
        <translation>Preview the official report to print or save</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="83"/>
        <source>Daftar &amp;arsip…</source>
        <translation>&amp;Archive register…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="85"/>
        <source>Pratinjau daftar arsip keputusan tahun yang dipilih, untuk dicetak</source>
        <translation>Preview the register of archived decrees for the selected year, to print</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="87"/>
        <source>Evaluasi &amp;media sosial…</source>
        <translation>Social &amp;media evaluation…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="89"/>
        <source>Pratinjau laporan evaluasi media sosial (SOP b) bulan yang dipilih</source>
        <translation>Preview the social-media evaluation report (SOP b) for the selected month</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="99"/>
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="114"/>
        <source>SOP</source>
        <translation>SOP</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="115"/>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="130"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="116"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="117"/>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="118"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="119"/>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="120"/>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="134"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="121"/>
        <source>Dalam target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="123"/>
        <source>Ringkasan per langkah SOP</source>
        <translation>Summary per SOP step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="129"/>
        <source>Nomor agenda</source>
        <translation>Agenda number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="131"/>
        <source>Petugas</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="132"/>
        <source>Selesai</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="133"/>
        <source>Durasi</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="135"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="137"/>
        <source>Daftar langkah yang terlambat</source>
        <translation>Late steps</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="141"/>
        <source>Bagian selesai dalam target (garis putus-putus: 90 %)</source>
        <translation>Share finished within target (dashed line: 90 %)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="143"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="147"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="149"/>
        <source>Kepatuhan SOP bulanan: lama tiap langkah dibanding targetnya.</source>
        <translation>Monthly SOP compliance: how long each step took against its target.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="168"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="168"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="168"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="168"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="169"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="169"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="169"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="169"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="170"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="170"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="170"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="170"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="204"/>
        <source>Menghitung laporan…</source>
        <translation>Computing the report…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="250"/>
        <source>Tidak ada langkah yang selesai pada bulan ini.</source>
        <translation>No step ended in this month.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="255"/>
        <source>{done} langkah selesai pada bulan ini; {late} terlambat.</source>
        <translation>{done} steps ended in this month; {late} late.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="260"/>
        <source>{open} langkah masih terbuka melewati targetnya (dihitung di bulan ia terlambat).</source>
        <translation>{open} steps still open past their target (counted in the month they became late).</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="276"/>
        <source>(masih terbuka)</source>
        <translation>(still open)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="291"/>
        <source>Laporan gagal dibuat; lihat log aplikasi.</source>
        <translation>The report could not be made; see the application log.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="306"/>
        <source>Ekspor CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="306"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="314"/>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="336"/>
        <source>Daftar arsip keputusan {year}</source>
        <translation>Register of archived decrees {year}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="352"/>
        <source>Evaluasi media sosial {month}</source>
        <translation>Social-media evaluation {month}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="361"/>
        <source>Menyiapkan laporan untuk dicetak…</source>
        <translation>Preparing the report for printing…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/laporan.py" line="325"/>
        <source>Laporan kepatuhan SOP {month}</source>
        <translation>SOP compliance report {month}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="50"/>
        <source>Masuk — JDIH Desktop</source>
        <translation>Sign in — JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="53"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="54"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="60"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="61"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="66"/>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/login.py" line="73"/>
        <source>Lupa kata sandi? Administrator dapat menggantinya di Pengaturan → Pengguna.</source>
        <translation>Forgot your password? An Administrator can change it in Settings → Users.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="185"/>
        <source>JDIH Desktop — {office}</source>
        <translation>JDIH Desktop — {office}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="124"/>
        <source>Navigasi</source>
        <extracomment>Screens that work while not shown: Beranda raises the SOP timers&apos; tray notifications for whoever is signed in (a Kasubag starts on Permohonan), so it is built with the window. The window has closed: by &quot;Keluar akun&quot; (``signed_out``) or for good.</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="143"/>
        <source>Basis data di folder data ini</source>
        <translation>Database in this data folder</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="145"/>
        <source>Basis data bersama di server {host}</source>
        <translation>Shared database on server {host}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="189"/>
        <source>JDIH Desktop — profil kantor belum diisi</source>
        <translation>JDIH Desktop — office profile not filled in</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="190"/>
        <source>Profil kantor belum diisi</source>
        <translation>Office profile not filled in</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="196"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="198"/>
        <source>Ringkasan pekerjaan: permohonan yang belum didisposisi, belum diabstrak, menunggu unggah, dan yang terlambat, dengan pewaktu tiap langkah SOP.</source>
        <translation>Work overview: requests not yet dispositioned, without an abstract, waiting for upload, and late, with a timer for each SOP step.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="204"/>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="206"/>
        <source>Pendaftaran permohonan penerbitan salinan SK, disposisi Kasubag Hukum, dan linimasa langkah SOP tiap permohonan.</source>
        <translation>Registering requests to publish decree copies, the head of subsection&apos;s disposition, and each request&apos;s SOP timeline.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="212"/>
        <source>Arsip</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="214"/>
        <source>Arsip Surat Keputusan: pencarian teks lengkap, metadata JDIH, berkas PDF, lokasi arsip tercetak, dan status publikasi.</source>
        <translation>Decree archive: full-text search, JDIH metadata, PDF files, location of the printed copy, and publication status.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="220"/>
        <source>Media Sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="222"/>
        <source>Pengelolaan akun media sosial JDIH: rapat tim, draf materi, desain, reviu, unggah, dan evaluasi.</source>
        <translation>Managing the JDIH social-media accounts: team meeting, draft, design, review, upload and evaluation.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="228"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="229"/>
        <source>Laporan kepatuhan SOP bulanan, daftar arsip, dan laporan evaluasi.</source>
        <translation>Monthly SOP compliance report, archive register and evaluation report.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="233"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="235"/>
        <source>Profil kantor dan kop surat, profil pemindai, koneksi situs JDIH, jam kerja dan hari libur, pengguna dan peran, lokasi cadangan.</source>
        <translation>Office profile and letterhead, scanner profiles, JDIH site connection, office hours and holidays, users and roles, backup location.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="242"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="243"/>
        <source>&amp;Pindai dan unggah…</source>
        <translation>&amp;Scan and upload…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="246"/>
        <source>&amp;Draf pindai…</source>
        <translation>Scan &amp;drafts…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="256"/>
        <source>Keluar &amp;akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="258"/>
        <source>Kembali ke layar masuk agar orang lain dapat masuk; aplikasi tetap berjalan</source>
        <translation>Back to the sign-in screen so someone else can sign in; the app keeps running</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="267"/>
        <source>&amp;Buka</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="274"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="275"/>
        <source>&amp;Tentang JDIH Desktop</source>
        <translation>&amp;About JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="301"/>
        <source>Tunggu pekerjaan yang masih berjalan selesai, lalu keluar akun lagi.</source>
        <translation>Wait for the work still running to finish, then sign out again.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="333"/>
        <source>Ada {n} pindaian terputus yang halamannya masih tersimpan: buka Berkas → Draf pindai.</source>
        <translation>{n} interrupted scans still have their pages saved: open File → Scan drafts.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="341"/>
        <source>Tentang JDIH Desktop</source>
        <translation>About JDIH Desktop</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/main_window.py" line="343"/>
        <source>JDIH Desktop {version}
Penerbitan salinan Surat Keputusan di situs JDIH.</source>
        <translation>JDIH Desktop {version}
Publishing decree copies on the JDIH site.</translation>
    </message>
</context>
<context>
    <name>MediaSosialPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="148"/>
        <source>Media Sosial</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="150"/>
        <source>Konten baru…</source>
        <translation>New content…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="153"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="155"/>
        <source>Periksa berkas</source>
        <translation>Check files</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="165"/>
        <source>Papan</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="169"/>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="185"/>
        <source>1. Rapat tim</source>
        <translation>1. Team meeting</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="186"/>
        <source>2. Rancangan</source>
        <translation>2. Draft</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="187"/>
        <source>3. Desain</source>
        <translation>3. Design</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="188"/>
        <source>4. Reviu</source>
        <translation>4. Review</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="189"/>
        <source>5. Unggah</source>
        <translation>5. Publish</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="190"/>
        <source>6. Evaluasi</source>
        <translation>6. Evaluation</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial.py" line="393"/>
        <source>Semua berkas lampiran konten utuh.</source>
        <translation>Every content attachment is intact.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="110"/>
        <source>Langkah 1 — Notulen rapat tim</source>
        <translation>Step 1 — Team meeting record</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="118"/>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="124"/>
        <source>Pindaian notula</source>
        <translation>Minutes scan</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="118"/>
        <source>PDF atau gambar (*.pdf *.png *.jpg *.tif)</source>
        <translation>PDF or image (*.pdf *.png *.jpg *.tif)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="120"/>
        <source>Tanggal rapat</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="121"/>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="122"/>
        <source>Tema konten</source>
        <translation>Content theme</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="123"/>
        <source>Notula</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="126"/>
        <source>Tersimpan: {name}</source>
        <translation>Stored: {name}</translation>
    </message>
</context>
<context>
    <name>MetadataPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="44"/>
        <source>Metadata keputusan</source>
        <translation>Decree metadata</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="85"/>
        <source>Hubungan status yang diusulkan</source>
        <translation>Proposed status links</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="87"/>
        <source>Hubungan status:</source>
        <translation>Status links:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="236"/>
        <source>{kind} Nomor {nomor} — {target}</source>
        <translation>{kind} No. {nomor} — {target}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="46"/>
        <source>Isian dibaca dari dokumen. Periksa terutama yang bertanda kuning.</source>
        <translation>The fields were read from the document. Check especially those marked yellow.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="49"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="50"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="51"/>
        <source>Judul (tentang)</source>
        <translation>Title (tentang)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="52"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="53"/>
        <source>Tempat penetapan</source>
        <translation>Place of enactment</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="54"/>
        <source>Tanggal penetapan (TTTT-BB-HH)</source>
        <translation>Date of enactment (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="55"/>
        <source>Penandatangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="56"/>
        <source>T.E.U. badan</source>
        <translation>Corporate author (T.E.U.)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="57"/>
        <source>Subjek (dipisah -)</source>
        <translation>Subjects (separated by -)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="58"/>
        <source>Bidang hukum</source>
        <translation>Field of law</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="59"/>
        <source>Lokasi arsip tercetak</source>
        <translation>Location of the printed copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="91"/>
        <source>Teks dokumen</source>
        <translation>Document text</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="99"/>
        <source>Baca ulang dokumen</source>
        <translation>Read the document again</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="157"/>
        <source>Menyusun PDF, OCR dan membaca isi keputusan…</source>
        <translation>Assembling the PDF, running OCR and reading the decree…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="172"/>
        <source>{n} halaman dibaca.</source>
        <translation>{n} pages read.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="232"/>
        <source>Nomor {nomor} diubah dengan Nomor {by} — {target}</source>
        <translation>No. {nomor} amended by No. {by} — {target}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="235"/>
        <source>mencabut</source>
        <translation>revokes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="235"/>
        <source>mengubah</source>
        <translation>amends</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="243"/>
        <source>tidak terbaca</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="249"/>
        <source>{p}% · hal. {page} baris {line}</source>
        <translation>{p}% · p. {page} line {line}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/metadata_page.py" line="256"/>
        <source>Tunjukkan di teks</source>
        <translation>Show in the text</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="100"/>
        <source>Konten baru</source>
        <translation>New content item</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="104"/>
        <source>Judul konten</source>
        <translation>Content title</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="105"/>
        <source>Rencana tayang</source>
        <translation>Planned for</translation>
    </message>
</context>
<context>
    <name>OfficeNotice</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="221"/>
        <source>Profil kantor belum diisi: tanda terima, lembar disposisi, laporan dan daftar arsip belum dapat dicetak karena kop suratnya belum memuat nama kantor, dan keputusan tanpa T.E.U. badan belum dapat diterbitkan.</source>
        <extracomment>Where each counter leads: the Permohonan screen&apos;s view with the same requests.</extracomment>
        <translation>The office profile is not filled in: receipts, disposition sheets, reports and the archive register cannot be printed yet, because their letterhead has no office name, and decrees without a T.E.U. (issuing body) cannot be published yet.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="227"/>
        <source>Isi nama kantor di Pengaturan → Profil kantor.</source>
        <translation>Enter the office name in Settings → Office profile.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="229"/>
        <source>Minta Administrator mengisinya di Pengaturan → Profil kantor.</source>
        <translation>Ask an Administrator to fill it in at Settings → Office profile.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="233"/>
        <source>Buka &amp;Profil kantor</source>
        <translation>Open &amp;Office profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/beranda.py" line="238"/>
        <source>Profil kantor belum diisi</source>
        <translation>Office profile not filled in</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="40"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="41"/>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="42"/>
        <source>T.E.U. Badan</source>
        <translation>Corporate author (T.E.U.)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="43"/>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="44"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="45"/>
        <source>Kota (tempat penetapan)</source>
        <translation>City (place of enactment)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="46"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="47"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="48"/>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="49"/>
        <source>Situs web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="60"/>
        <source>mis. Komisi Pemilihan Umum Kabupaten …</source>
        <translation>e.g. Komisi Pemilihan Umum Kabupaten …</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="64"/>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="71"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="66"/>
        <source>WIB — Waktu Indonesia Barat (UTC+7)</source>
        <translation>WIB — Western Indonesia Time (UTC+7)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="67"/>
        <source>WITA — Waktu Indonesia Tengah (UTC+8)</source>
        <translation>WITA — Central Indonesia Time (UTC+8)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="68"/>
        <source>WIT — Waktu Indonesia Timur (UTC+9)</source>
        <translation>WIT — Eastern Indonesia Time (UTC+9)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="76"/>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="80"/>
        <source>Pilih &amp;logo…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="81"/>
        <source>Logo bawaan</source>
        <translation>Default logo</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="82"/>
        <source>&amp;Simpan profil</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="101"/>
        <source>Kop surat:</source>
        <translation>Letterhead:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="118"/>
        <source>(nama kantor belum diisi: kop surat belum dapat dicetak)</source>
        <translation>(no office name yet: the letterhead cannot be printed)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="125"/>
        <source>(logo bawaan)</source>
        <translation>(default logo)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="143"/>
        <source>Profil kantor tersimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="150"/>
        <source>Pilih logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="150"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="157"/>
        <source>Logo harus berupa berkas PNG atau JPEG.</source>
        <translation>The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_office.py" line="163"/>
        <source>Logo kop surat tersimpan.</source>
        <translation>Letterhead logo saved.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="282"/>
        <source>Selesaikan langkah {no} atas nama pelaksana</source>
        <translation>Finish step {no} on the assignee&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="285"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="69"/>
        <source>Halaman pindaian</source>
        <translation>Scanned page</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="77"/>
        <source>◀ &amp;Sebelumnya</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="78"/>
        <source>Se&amp;sudahnya ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="79"/>
        <source>Perkecil (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="80"/>
        <source>Perbesar (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="81"/>
        <source>Putar ⟲</source>
        <translation>Rotate ⟲</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="82"/>
        <source>Putar ⟳</source>
        <translation>Rotate ⟳</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="94"/>
        <source>Hanya memutar tampilan; halaman yang disimpan tidak berubah.</source>
        <translation>Turns the view only; the stored page does not change.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="103"/>
        <source>Hanya untuk dilihat: dokumen sudah dirakit, halaman tidak dapat diubah di sini. Putaran hanya untuk tampilan.</source>
        <translation>View only: the document is already assembled, pages cannot be changed here. Turning only turns the view.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="121"/>
        <source>Halaman {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="142"/>
        <source>Halaman tidak dapat dibaca.</source>
        <translation>The page cannot be read.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/page_viewer.py" line="151"/>
        <source>Halaman {n} dari {total} · {zoom} %</source>
        <translation>Page {n} of {total} · {zoom} %</translation>
    </message>
</context>
<context>
    <name>PagesPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="46"/>
        <source>Periksa halaman</source>
        <translation>Check the pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="49"/>
        <source>Seret untuk mengubah urutan. Halaman bertanda ! perlu dilihat (mungkin kosong atau arahnya tidak pasti); tidak ada yang dihapus tanpa Anda.</source>
        <translation>Drag to reorder. Pages marked ! need a look (perhaps blank, or their orientation is uncertain); nothing is deleted without you.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="67"/>
        <source>Halaman dokumen</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="69"/>
        <source>Putar ⟲</source>
        <translation>Rotate ⟲</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="72"/>
        <source>Putar ⟳</source>
        <translation>Rotate ⟳</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="75"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="78"/>
        <source>&amp;Urungkan hapus</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="80"/>
        <source>◀ Geser</source>
        <translation>◀ Move</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="81"/>
        <source>Geser halaman terpilih ke kiri (Ctrl+←)</source>
        <translation>Move the selected page left (Ctrl+←)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="84"/>
        <source>Geser ▶</source>
        <translation>Move ▶</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="85"/>
        <source>Geser halaman terpilih ke kanan (Ctrl+→)</source>
        <translation>Move the selected page right (Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="88"/>
        <source>&amp;Lihat besar…</source>
        <translation>&amp;View large…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="89"/>
        <source>Buka halaman terpilih: perbesar, putar, berikutnya</source>
        <translation>Open the selected page: zoom, rotate, next</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="91"/>
        <source>Pindai &amp;sisipan</source>
        <translation>&amp;Insert a scan</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="92"/>
        <source>Pindai halaman tambahan setelah yang dipilih</source>
        <translation>Scan more pages after the selected one</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="95"/>
        <source>Pemeriksaan halaman</source>
        <translation>Page check</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="160"/>
        <source>{n} halaman, {f} perlu dilihat</source>
        <translation>{n} pages, {f} need a look</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="170"/>
        <source>mungkin halaman kosong</source>
        <translation>perhaps a blank page</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="171"/>
        <source>arah halaman tidak pasti</source>
        <translation>orientation uncertain</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="174"/>
        <source>Halaman {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="284"/>
        <source>Memindai halaman sisipan…</source>
        <translation>Scanning the inserted pages…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="295"/>
        <source>{error} {n} halaman sisipan tetap disimpan.</source>
        <translation>{error} The {n} inserted pages scanned so far are kept.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="299"/>
        <source>Pindai sisipan dibatalkan; {n} halaman disimpan.</source>
        <translation>Insert-scan cancelled; {n} pages kept.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="303"/>
        <source>{n} halaman sisipan ditambahkan.</source>
        <translation>{n} pages inserted.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/pages_page.py" line="323"/>
        <source>Memeriksa halaman (tegak, miring, kosong)…</source>
        <translation>Checking the pages (upright, skew, blank)…</translation>
    </message>
</context>
<context>
    <name>PengaturanPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="35"/>
        <source>Bagian pengaturan</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="36"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="37"/>
        <source>Pengguna dan peran</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="38"/>
        <source>Jam kerja dan hari libur</source>
        <translation>Office hours and holidays</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="39"/>
        <source>Situs JDIH</source>
        <translation>JDIH site</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="40"/>
        <source>Profil pemindai</source>
        <translation>Scanner profiles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="41"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="44"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/pengaturan.py" line="42"/>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signatures</translation>
    </message>
</context>
<context>
    <name>PermohonanPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="100"/>
        <source>Saring permohonan</source>
        <extracomment>Filters by the request&apos;s current step (the decree SOP&apos;s step keys), as on Beranda.</extracomment>
        <translation>Filter requests</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="101"/>
        <source>Sedang berjalan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="102"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="103"/>
        <source>Belum diabstrak</source>
        <translation>No abstract yet</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="104"/>
        <source>Menunggu unggah</source>
        <translation>Waiting for upload</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="105"/>
        <source>Semua, termasuk selesai dan batal</source>
        <translation>All, including done and cancelled</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="107"/>
        <source>Permohonan &amp;baru…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="108"/>
        <source>Daftarkan permohonan baru</source>
        <translation>Register a new request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="109"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="112"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="113"/>
        <source>Buka permohonan terpilih</source>
        <translation>Open the selected request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="115"/>
        <source>Segarkan</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="116"/>
        <source>Segarkan daftar</source>
        <translation>Refresh the list</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="121"/>
        <source>Agenda</source>
        <translation>Agenda no.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="122"/>
        <source>Pengusul</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="123"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="124"/>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="125"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="126"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="127"/>
        <source>Berjalan / target</source>
        <translation>Elapsed / target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="130"/>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="164"/>
        <source>Daftar permohonan</source>
        <translation>Request list</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="133"/>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="165"/>
        <source>Kotak disposisi</source>
        <translation>Disposition inbox</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="135"/>
        <source>Buat &amp;disposisi…</source>
        <translation>Write &amp;disposition…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="136"/>
        <source>Buat disposisi untuk permohonan terpilih</source>
        <translation>Write a disposition for the selected request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="147"/>
        <source>Tampilkan:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="163"/>
        <source>Bagian permohonan</source>
        <translation>Request sections</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="167"/>
        <source>Permohonan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="229"/>
        <source>{n} permohonan belum didisposisi</source>
        <translation>{n} requests not yet dispositioned</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/permohonan.py" line="230"/>
        <source>Kotak disposisi ({n})</source>
        <translation>Disposition inbox ({n})</translation>
    </message>
</context>
<context>
    <name>PostCalendar</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_calendar.py" line="38"/>
        <source>Biru: rencana tayang · Hijau: sudah tayang</source>
        <translation>Blue: planned · Green: published</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_calendar.py" line="50"/>
        <source>Rencana: {title}</source>
        <translation>Planned: {title}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_calendar.py" line="55"/>
        <source>Tayang di {platform}: {title}</source>
        <translation>Published on {platform}: {title}</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="230"/>
        <source>Langkah 5 — Catat unggahan</source>
        <translation>Step 5 — Record a post</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="242"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="243"/>
        <source>Tautan unggahan</source>
        <translation>Post URL</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="244"/>
        <source>Waktu tayang</source>
        <translation>Published at</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="57"/>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="62"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="65"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="66"/>
        <source>Cetak dokumen</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="67"/>
        <source>&amp;Simpan PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="68"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="135"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="135"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="144"/>
        <source>Tidak dapat menyimpan</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/print_preview.py" line="145"/>
        <source>Berkas {path} tidak dapat disimpan: {detail}</source>
        <translation>The file {path} cannot be saved: {detail}</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="39"/>
        <source>Terbitkan di situs JDIH</source>
        <translation>Publish on the JDIH site</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="41"/>
        <source>Berkas diunggah, lalu diperiksa: halaman publik dibuka dan isinya dicocokkan.</source>
        <translation>The files are uploaded, then checked: the public page is opened and its contents compared.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="44"/>
        <source>Tujuan</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="45"/>
        <source>&amp;Terbitkan</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="53"/>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="143"/>
        <source>Bukti terbit</source>
        <translation>Proof of publication</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="55"/>
        <source>Tujuan:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="98"/>
        <source>Mengunggah dan memeriksa…</source>
        <translation>Uploading and checking…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="139"/>
        <source>Terbit dan terverifikasi.</source>
        <translation>Published and verified.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="146"/>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="153"/>
        <source>Belum terbit: menunggu tindakan Anda.</source>
        <translation>Not published yet: waiting for you.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/publish_page.py" line="159"/>
        <source>Belum terbit ({state}). Antrean akan mencoba lagi otomatis; wizard boleh ditutup. {error}</source>
        <translation>Not published yet ({state}). The outbox will try again by itself; you may close the wizard. {error}</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="71"/>
        <source>Linimasa langkah SOP</source>
        <translation>SOP step timeline</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="74"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="75"/>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="76"/>
        <source>Pelaksana</source>
        <translation>Performed by (role)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="77"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="78"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="79"/>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="257"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="80"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="81"/>
        <source>Durasi / target</source>
        <translation>Duration / target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="82"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="83"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="97"/>
        <source>&amp;Jeda…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="98"/>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="99"/>
        <source>&amp;Batalkan permohonan…</source>
        <translation>&amp;Cancel request…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="100"/>
        <source>Cetak &amp;tanda terima</source>
        <translation>Print &amp;receipt</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="101"/>
        <source>Cetak lembar &amp;disposisi</source>
        <translation>Print &amp;disposition sheet</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="103"/>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="314"/>
        <source>Jeda langkah</source>
        <translation>Pause the step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="104"/>
        <source>Lanjutkan langkah</source>
        <translation>Resume the step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="105"/>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="338"/>
        <source>Batalkan permohonan</source>
        <translation>Cancel the request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="106"/>
        <source>Cetak tanda terima</source>
        <translation>Print the receipt</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="107"/>
        <source>Cetak lembar disposisi</source>
        <translation>Print the disposition sheet</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="121"/>
        <source>&amp;Pindai dan unggah…</source>
        <translation>&amp;Scan and upload…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="122"/>
        <source>Pindai dan unggah salinan SK</source>
        <translation>Scan and upload the decree copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="125"/>
        <source>Pindai dari &amp;salinan terlampir…</source>
        <translation>From the attached &amp;copy…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="127"/>
        <source>Wizard memakai berkas salinan SK yang dilampirkan, tanpa memindai ulang.</source>
        <translation>The wizard uses the attached decree copy file, without scanning it again.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="152"/>
        <source>Lampiran:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="166"/>
        <source>Permohonan {agenda}</source>
        <translation>Request {agenda}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="170"/>
        <source>Nomor agenda:</source>
        <translation>Agenda number:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="171"/>
        <source>Pengusul:</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="172"/>
        <source>Hal:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="174"/>
        <source>Nota dinas:</source>
        <translation>Memo (nota dinas):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="180"/>
        <source>Sifat:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="181"/>
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="182"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="191"/>
        <source>Disposisi: kepada {to}; {instructions}. {catatan}</source>
        <translation>Disposition: to {to}; {instructions}. {catatan}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="212"/>
        <source>jeda {start}–{end}: {reason}</source>
        <translation>paused {start}–{end}: {reason}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="220"/>
        <source>diambil alih: {reason}</source>
        <translation>taken over: {reason}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="257"/>
        <source>&amp;Selesaikan langkah {no}</source>
        <translation>&amp;Complete step {no}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="259"/>
        <source>Selesaikan langkah sekarang</source>
        <translation>Complete the current step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="293"/>
        <source>Ambil alih langkah</source>
        <translation>Take over the step</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="294"/>
        <source>Langkah ini milik {role}. Alasan mengambil alih:</source>
        <translation>This step belongs to {role}. Reason for taking it over:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="314"/>
        <source>Alasan jeda:</source>
        <translation>Reason for the pause:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_detail.py" line="338"/>
        <source>Alasan pembatalan:</source>
        <translation>Reason for cancelling:</translation>
    </message>
</context>
<context>
    <name>RequestFormDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="77"/>
        <source>Permohonan baru</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="81"/>
        <source>Nama pengusul</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="83"/>
        <source>Unit kerja pengusul</source>
        <translation>Requester&apos;s unit</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="85"/>
        <source>Nomor nota dinas</source>
        <translation>Memo number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="91"/>
        <source>Tanggal nota dinas</source>
        <translation>Memo date</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="93"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="94"/>
        <source>mis. Salinan SK Nomor 19 Tahun 2026 tentang …</source>
        <translation>e.g. Salinan SK No. 19 of 2026 on …</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="96"/>
        <source>Sifat</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="107"/>
        <source>Waktu permohonan diterima</source>
        <translation>When the request was received</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="108"/>
        <source>Salinan SK</source>
        <translation>Decree copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="109"/>
        <source>Nota dinas</source>
        <translation>Memo (nota dinas)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="110"/>
        <source>Cetak tanda terima setelah disimpan</source>
        <translation>Print the receipt after saving</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="118"/>
        <source>&amp;Pengusul:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="119"/>
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="120"/>
        <source>Nomor &amp;nota dinas:</source>
        <translation>&amp;Memo number:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="121"/>
        <source>&amp;Tanggal nota dinas:</source>
        <translation>Memo &amp;date:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="122"/>
        <source>&amp;Hal:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="123"/>
        <source>S&amp;ifat:</source>
        <translation>Ur&amp;gency:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="124"/>
        <source>&amp;Diterima:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="125"/>
        <source>Berkas salinan SK:</source>
        <translation>Decree copy file:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="126"/>
        <source>Berkas nota dinas:</source>
        <translation>Memo file:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="130"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="194"/>
        <source>Langkah 4 — Reviu tim</source>
        <translation>Step 4 — Team review</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="197"/>
        <source>Desain</source>
        <translation>Designs</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="201"/>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="203"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/media_sosial_dialogs.py" line="205"/>
        <source>Minta perubahan</source>
        <translation>Request changes</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="46"/>
        <source>Tinjau dan simpan</source>
        <translation>Review and store</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="47"/>
        <source>Periksa ringkasan, lalu simpan ke arsip.</source>
        <translation>Check the summary, then store it in the archive.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="49"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="51"/>
        <source>Halaman dokumen (hanya lihat)</source>
        <translation>Document pages (view only)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="52"/>
        <source>Klik dua kali atau tekan Enter untuk melihat halaman</source>
        <translation>Double-click or press Enter to view the page</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="62"/>
        <source>&amp;Lihat halaman…</source>
        <translation>&amp;View page…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="64"/>
        <source>Buka halaman terpilih untuk dilihat (perbesar, putar tampilan, berikutnya)</source>
        <translation>Open the selected page to view it (zoom, turn the view, next)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="67"/>
        <source>&amp;Simpan ke arsip</source>
        <translation>&amp;Store in the archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="88"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="89"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="90"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="92"/>
        <source>Ditetapkan</source>
        <translation>Enacted</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="95"/>
        <source>Penandatangan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="96"/>
        <source>Subjek</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="97"/>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="98"/>
        <source>Lokasi arsip tercetak</source>
        <translation>Location of the printed copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="101"/>
        <source>Permohonan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="121"/>
        <source>Halaman {n}</source>
        <translation>Page {n}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="144"/>
        <source>Tersimpan di arsip sebagai keputusan {id}.</source>
        <translation>Stored in the archive as decree {id}.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="165"/>
        <source>Tidak disimpan: keputusan yang sama sudah ada di arsip.</source>
        <translation>Not stored: the same decree is already in the archive.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/review_page.py" line="174"/>
        <source>Menyimpan…</source>
        <translation>Storing…</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="34"/>
        <source>Pindai</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="36"/>
        <source>Masukkan salinan SK ke pemindai, lalu tekan Mulai. Halaman tersimpan aman.</source>
        <translation>Put the decree copy in the scanner, then press Start. Pages are saved safely as they come.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="38"/>
        <source>&amp;Mulai pindai</source>
        <translation>&amp;Start scanning</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="41"/>
        <source>&amp;Batalkan</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="48"/>
        <source>Kemajuan pindai</source>
        <translation>Scan progress</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="59"/>
        <source>Halaman terpindai</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="113"/>
        <source>Memindai dengan {device}…</source>
        <translation>Scanning with {device}…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="137"/>
        <source>Membatalkan… halaman yang sudah terpindai disimpan.</source>
        <translation>Cancelling… the pages scanned so far are kept.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="145"/>
        <source>Hal. {n}</source>
        <translation>P. {n}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="147"/>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="190"/>
        <source>{n} halaman</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="154"/>
        <source>{error} {n} halaman yang sudah terpindai tetap disimpan.</source>
        <translation>{error} The {n} pages scanned so far are kept.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="160"/>
        <source>Dibatalkan; {n} halaman disimpan.</source>
        <translation>Cancelled; {n} pages kept.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="163"/>
        <source>Selesai: {n} halaman.</source>
        <translation>Done: {n} pages.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="182"/>
        <source>Terbaca dari {n}/{total} halaman:</source>
        <translation>Read from {n}/{total} pages:</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="184"/>
        <source>Nomor {nomor}</source>
        <translation>Number {nomor}</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_page.py" line="186"/>
        <source>tentang {judul}</source>
        <translation>on {judul}</translation>
    </message>
</context>
<context>
    <name>ScanWizard</name>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_wizard.py" line="77"/>
        <source>Pindai dan unggah salinan SK</source>
        <extracomment>Page thumbnails by draft file, made in worker threads only (a 300 dpi page takes tens of milliseconds to decode: never on the GUI thread).</extracomment>
        <translation>Scan and upload a decree copy</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_wizard.py" line="80"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_wizard.py" line="81"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_wizard.py" line="82"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/wizard/scan_wizard.py" line="83"/>
        <source>Tutup (simpan draf)</source>
        <translation>Close (keep the draft)</translation>
    </message>
</context>
<context>
    <name>ScannerTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="46"/>
        <source>Profil pemindaian</source>
        <translation>Scan profiles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="51"/>
        <source>Nama profil</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="53"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="101"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="55"/>
        <source>Pengumpan dokumen (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="56"/>
        <source>ADF bolak-balik</source>
        <translation>Duplex ADF</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="57"/>
        <source>Kaca datar</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="61"/>
        <source>Mode warna</source>
        <translation>Colour mode</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="63"/>
        <source>Hitam-putih</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="64"/>
        <source>Abu-abu</source>
        <translation>Grey</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="65"/>
        <source>Warna</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="71"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="103"/>
        <source>Resolusi (dpi)</source>
        <translation>Resolution (dpi)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="73"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="104"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="77"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="105"/>
        <source>Jenis dokumen</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="79"/>
        <source>Pemindai tetap (opsional)</source>
        <translation>Fixed scanner (optional)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="81"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="118"/>
        <source>Profil bawaan</source>
        <translation>Default profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="83"/>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="119"/>
        <source>Pemindai bawaan</source>
        <translation>Default scanner</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="85"/>
        <source>Tam&amp;bah</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="86"/>
        <source>&amp;Terapkan perubahan</source>
        <translation>&amp;Apply changes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="87"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="88"/>
        <source>&amp;Simpan semua</source>
        <translation>&amp;Save all</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="100"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="102"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="106"/>
        <source>Pemindai tetap</source>
        <translation>Fixed scanner</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="166"/>
        <source>Profil baru</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_scanner.py" line="199"/>
        <source>Profil pemindaian tersimpan.</source>
        <translation>Scan profiles saved.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_base.py" line="41"/>
        <source>Pesan pengaturan</source>
        <translation>Settings message</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_base.py" line="63"/>
        <source>Hanya Administrator yang dapat mengubah ini; Anda dapat melihatnya saja.</source>
        <translation>Only an Administrator can change this; you can only look.</translation>
    </message>
</context>
<context>
    <name>ShareChart</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/sla_chart.py" line="47"/>
        <source>Grafik kepatuhan target per langkah</source>
        <translation>Chart of target compliance per step</translation>
    </message>
</context>
<context>
    <name>SignaturesTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="36"/>
        <source>&amp;Tambah sertifikat CA…</source>
        <translation>&amp;Add CA certificate…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="37"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="35"/>
        <source>Sertifikat CA tepercaya</source>
        <translation>Trusted CA certificates</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="46"/>
        <source>Tanda tangan elektronik disebut tepercaya hanya bila sertifikatnya berakar pada salah satu CA di bawah ini (mis. akar BSrE). Tidak ada yang diunduh otomatis.</source>
        <translation>An electronic signature is called trusted only when its certificate chains to one of the CAs below (e.g. the BSrE roots). Nothing is downloaded automatically.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="72"/>
        <source>Pilih sertifikat CA</source>
        <translation>Choose a CA certificate</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="74"/>
        <source>Sertifikat (*.pem *.crt *.cer *.der)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="82"/>
        <source>Sertifikat CA ditambahkan.</source>
        <translation>CA certificate added.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_signatures.py" line="93"/>
        <source>Sertifikat CA dihapus.</source>
        <translation>CA certificate removed.</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="41"/>
        <source>Paket ekspor (unggah manual)</source>
        <translation>Export package (manual upload)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="42"/>
        <source>ILDIS (formulir admin)</source>
        <translation>ILDIS (admin forms)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="43"/>
        <source>API HTTP</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="44"/>
        <source>Situs statis lewat WebDAV</source>
        <translation>Static site over WebDAV</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="47"/>
        <source>Folder tujuan ekspor</source>
        <translation>Export target folder</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="48"/>
        <source>Alamat situs JDIH</source>
        <translation>JDIH site address</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="49"/>
        <source>Alamat situs</source>
        <translation>Site address</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="50"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="51"/>
        <source>Nama pengguna verifikator</source>
        <translation>Verifier user name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="52"/>
        <source>Alamat backend (opsional)</source>
        <translation>Backend address (optional)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="53"/>
        <source>Batas unggah (bita)</source>
        <translation>Upload limit (bytes)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="54"/>
        <source>ID jenis ILDIS bawaan</source>
        <translation>Default ILDIS type id</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="55"/>
        <source>Alamat WebDAV</source>
        <translation>WebDAV address</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="56"/>
        <source>Autentikasi (basic/digest)</source>
        <translation>Authentication (basic/digest)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="59"/>
        <source>Jenis penerbit</source>
        <translation>Publisher kind</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="66"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="67"/>
        <source>&amp;Tes koneksi</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="68"/>
        <source>Hubungi situs dan masuk tanpa mengubah apa pun</source>
        <translation>Reach the site and log in without changing anything</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="78"/>
        <source>Koneksi</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="82"/>
        <source>Kata sandi (disimpan di keyring sistem, bukan di berkas)</source>
        <translation>Passwords (kept in the system keyring, not in a file)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="134"/>
        <source>tersimpan; kosongkan untuk tetap memakai</source>
        <translation>stored; leave empty to keep it</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="138"/>
        <source>Tidak ada kata sandi yang diperlukan.</source>
        <translation>No password is needed.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="170"/>
        <source>Pengaturan situs JDIH tersimpan.</source>
        <translation>JDIH site settings saved.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="184"/>
        <source>Menghubungi situs…</source>
        <translation>Contacting the site…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="189"/>
        <source>Koneksi berhasil.</source>
        <translation>Connection succeeded.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_site.py" line="195"/>
        <source>Koneksi gagal: {detail}</source>
        <translation>Connection failed: {detail}</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="46"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="92"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="47"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="65"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="93"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="48"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="67"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="94"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="49"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="96"/>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="53"/>
        <source>Daftar pengguna</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="63"/>
        <source>Nama pengguna baru</source>
        <translation>New user name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="70"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="95"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="79"/>
        <source>&amp;Tambah pengguna</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="80"/>
        <source>Simpan &amp;peran</source>
        <translation>Save &amp;roles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="81"/>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="149"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="82"/>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="97"/>
        <source>Pengguna baru, atau peran pengguna terpilih</source>
        <translation>New user, or the selected user&apos;s roles</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="124"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="124"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="149"/>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="165"/>
        <source>Pengguna {name} ditambahkan.</source>
        <translation>User {name} added.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="180"/>
        <source>Peran {name} tersimpan.</source>
        <translation>Roles of {name} saved.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="190"/>
        <source>{name} dinonaktifkan.</source>
        <translation>{name} deactivated.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="190"/>
        <source>{name} diaktifkan.</source>
        <translation>{name} activated.</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="205"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="206"/>
        <source>Kata sandi baru untuk {name} (minimal 8 karakter):</source>
        <translation>New password for {name} (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/pages/settings_users.py" line="217"/>
        <source>Kata sandi {name} diganti.</source>
        <translation>Password of {name} changed.</translation>
    </message>
</context>
<context>
    <name>_FilePicker</name>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="46"/>
        <source>(tidak ada berkas)</source>
        <translation>(no file)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="47"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="48"/>
        <source>Pilih berkas {name}</source>
        <translation>Choose the {name} file</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="58"/>
        <source>Pilih berkas</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/request_form.py" line="60"/>
        <source>Dokumen (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Semua berkas (*)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="50"/>
        <source>{days} hari {hours} jam</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="54"/>
        <source>{hours} jam {mins:02d} mnt</source>
        <translation>{hours} h {mins:02d} min</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="58"/>
        <source>{mins} mnt</source>
        <translation>{mins} min</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="60"/>
        <source>lewat {span}</source>
        <translation>{span} over</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="75"/>
        <source>Biasa</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="76"/>
        <source>Segera</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="77"/>
        <source>Sangat Segera</source>
        <translation>Very urgent</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="78"/>
        <source>Rahasia</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/common.py" line="87"/>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="15"/>
        <source>dalam antrean</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="16"/>
        <source>sedang diunggah</source>
        <translation>uploading</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="17"/>
        <source>terbit</source>
        <translation>published</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="18"/>
        <source>gagal</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="19"/>
        <source>menunggu unggah manual</source>
        <translation>waiting for a manual upload</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="20"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="26"/>
        <source>Salinan SK</source>
        <translation>Decree copy (salinan SK)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="27"/>
        <source>Nota dinas</source>
        <translation>Memo (nota dinas)</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="28"/>
        <source>Hasil pindai</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="29"/>
        <source>Lampiran lain</source>
        <translation>Other attachment</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="35"/>
        <source>berkas utama</source>
        <translation>main file</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="36"/>
        <location filename="../../jdih_desktop/ui/labels.py" line="116"/>
        <source>abstrak</source>
        <translation>abstract</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="37"/>
        <source>lampiran</source>
        <translation>attachment</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="43"/>
        <source>Abstrak disimpan</source>
        <translation>Abstract saved</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="44"/>
        <source>Disposisi dicatat</source>
        <translation>Disposition recorded</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="45"/>
        <source>Berkas dilampirkan</source>
        <translation>File attached</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="46"/>
        <source>Dokumen diarsipkan</source>
        <translation>Document archived</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="47"/>
        <source>Teks dokumen diperbarui</source>
        <translation>Document text updated</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="48"/>
        <source>Metadata diubah</source>
        <translation>Metadata changed</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="49"/>
        <source>Masuk antrean terbit</source>
        <translation>Queued for publication</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="50"/>
        <source>Terbit dan terverifikasi</source>
        <translation>Published and verified</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="51"/>
        <source>Tautan terbit dibuktikan</source>
        <translation>Published link proven</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="52"/>
        <source>Lampiran permohonan ditambahkan</source>
        <translation>Request attachment added</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="53"/>
        <source>Permohonan dibatalkan</source>
        <translation>Request cancelled</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="54"/>
        <source>Permohonan dikaitkan ke dokumen</source>
        <translation>Request linked to the document</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="57"/>
        <source>Permohonan didaftarkan</source>
        <translation>Request registered</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="58"/>
        <source>Langkah diselesaikan atas nama peran lain</source>
        <translation>Step completed for another role</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="61"/>
        <source>Langkah diselesaikan atas nama pelaksana</source>
        <translation>Step completed on the performer&apos;s behalf</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="70"/>
        <source>tujuan</source>
        <translation>target</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="71"/>
        <source>tautan</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="73"/>
        <source>peran berkas</source>
        <translation>file role</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="74"/>
        <source>nama berkas</source>
        <translation>file name</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="75"/>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="76"/>
        <source>isian</source>
        <translation>fields</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="77"/>
        <source>publikasi</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="78"/>
        <source>permohonan</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="96"/>
        <source>Tanggapan dan saran</source>
        <translation>Response and advice</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="97"/>
        <source>Proses lebih lanjut</source>
        <translation>Process further</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="98"/>
        <source>Koordinasi/konfirmasikan</source>
        <translation>Coordinate/confirm</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="101"/>
        <source>Untuk diketahui</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="102"/>
        <source>Siapkan bahan/abstrak</source>
        <translation>Prepare material/abstract</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="103"/>
        <source>Unggah ke laman JDIH</source>
        <translation>Upload to the JDIH site</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="104"/>
        <source>Simpan/arsipkan</source>
        <translation>File/archive</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="105"/>
        <source>Bicarakan dengan saya</source>
        <translation>Discuss with me</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="112"/>
        <source>pemilihan pemindai</source>
        <translation>choosing the scanner</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="113"/>
        <source>pemindaian</source>
        <translation>scanning</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="114"/>
        <source>pemeriksaan halaman</source>
        <translation>checking pages</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="115"/>
        <source>metadata</source>
        <translation>metadata</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="117"/>
        <source>tinjauan</source>
        <translation>review</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="118"/>
        <source>penerbitan</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="119"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="125"/>
        <source>mencabut</source>
        <translation>revokes</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="126"/>
        <source>dicabut oleh</source>
        <translation>revoked by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="127"/>
        <source>mengubah</source>
        <translation>amends</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="128"/>
        <source>diubah oleh</source>
        <translation>amended by</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="142"/>
        <source>Penyampaian permohonan penerbitan salinan surat keputusan</source>
        <translation>Submitting the request for a copy of a decree</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="146"/>
        <source>Disposisi permohonan penerbitan salinan surat keputusan kepada operator</source>
        <translation>Disposition of the request to the operator</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="150"/>
        <source>Pembuatan abstrak Surat Keputusan</source>
        <translation>Writing the decree&apos;s abstract</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="153"/>
        <source>Mengunggah salinan surat keputusan</source>
        <translation>Uploading the copy of the decree</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="156"/>
        <source>Melakukan rapat Pengelolaan Media sosial JDIH</source>
        <translation>JDIH social-media planning meeting</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="159"/>
        <source>Rancangan Bahan/Materi Konten</source>
        <translation>Drafting the content material</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="163"/>
        <source>Pembuatan desain materi konten untuk berbagai platform media sosial</source>
        <translation>Designing the content for each social-media platform</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="167"/>
        <source>Analisis desain konten oleh TIM</source>
        <translation>Review of the content design by the team</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="170"/>
        <source>Pengunggahan konten ke platform media sosial</source>
        <translation>Posting the content to the social-media platforms</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/labels.py" line="173"/>
        <source>Evaluasi pengelolaan Media Sosial JDIH</source>
        <translation>Evaluation of the JDIH social-media management</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../jdih_desktop/ui/printing_actions.py" line="33"/>
        <source>Tanda terima permohonan</source>
        <translation>Request receipt</translation>
    </message>
    <message>
        <location filename="../../jdih_desktop/ui/printing_actions.py" line="43"/>
        <source>Lembar disposisi</source>
        <translation>Disposition sheet</translation>
    </message>
</context>
</TS>
